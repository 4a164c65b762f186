import { LetterStatus, LetterVisibility } from './letter-status';

/**
 * "Visible to the public now" (contract stage 11), the one rule every public surface asks: a PUBLIC
 * letter past its draft whose publishAt, if any, has come. Until then it is, for the public, exactly
 * a PRIVATE letter. Its leads, invitees and signatories see it by their own standing (LetterPolicy).
 */
export function isPublicNow(
  letter: { visibility: LetterVisibility; status: LetterStatus; publishAt: Date | null },
  now: number = Date.now(),
): boolean {
  return (
    letter.visibility === LetterVisibility.PUBLIC &&
    letter.status !== LetterStatus.DRAFT &&
    (letter.publishAt === null || letter.publishAt.getTime() <= now)
  );
}

/** The same rule in SQL, for the letters row aliased `alias`. */
export function publicNowSql(alias = 'l'): string {
  return `(${alias}.visibility = 'PUBLIC' AND ${alias}.status <> 'DRAFT' AND (${alias}.publish_at IS NULL OR ${alias}.publish_at <= now()))`;
}

/**
 * SQL condition: the letter `alias` is under embargo (a publishAt still to come). Signatories of
 * such a letter read it as they read a PRIVATE one's.
 */
export function embargoedSql(alias = 'l'): string {
  return `(${alias}.publish_at IS NOT NULL AND ${alias}.publish_at > now())`;
}

/**
 * Published on every API process when a letter under embargo becomes public (its hour came, or its
 * leads cleared the embargo): caches drop what they held about it.
 */
export const LETTER_PUBLISHED_TOPIC = 'letterPublished';

export interface LetterPublishedEvent {
  letterId: string;
}
