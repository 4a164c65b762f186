import type { SignatoryObject } from '@undersigned/endorsements';
import type { LetterVersion } from '@undersigned/letters';
import { RecipientRole } from './delivery-status';
import type { EditionTranslation } from './edition-translation.entity';
import type { EditionSignatory } from './edition.entity';
import type { Recipient } from './recipient.entity';
import type { LetterContent, TranslationNotice } from './render/letter-renderer';

/** The named signatories as the edition keeps them: what they signed and who they were then. */
export function frozenSignatories(signatories: SignatoryObject[]): EditionSignatory[] {
  return signatories.map((s) => ({
    displayName: s.displayName,
    country: s.country,
    lead: s.lead,
    contentHash: s.contentHash,
    ...(s.signedVersion === null ? {} : { signedVersion: s.signedVersion }),
    organisationSlug: s.organisationSlug,
    verified: s.verified,
    verifiedDomain: s.verifiedDomain,
    signedAt: s.signedAt.toISOString(),
    organisation: { ...s.organisation },
  }));
}

export function editionContent(
  version: LetterVersion,
  recipients: Recipient[],
  signatories: LetterContent['signatories'],
  anonymousCount: number,
  date: Date,
  verification: LetterContent['verification'] = null,
): LetterContent {
  return {
    verification,
    title: version.title,
    body: version.body,
    date,
    addressees: recipients.map((r) => ({
      name: r.name,
      title: r.title,
      organisation: r.organisation,
      cc: r.role === RecipientRole.CC,
    })),
    signatories,
    anonymousCount,
  };
}

/**
 * A translation's PDF content: the original's (date, addressees, signatories, footer) with the
 * translation's title and body, and a notice naming the original by language and content hash.
 */
export function translatedContent(
  original: LetterContent,
  translation: Pick<EditionTranslation, 'language' | 'title' | 'body' | 'contentHash' | 'translator'>,
  originalLanguage: string,
  originalContentHash: string,
): LetterContent {
  const translationNotice: TranslationNotice = {
    language: translation.language,
    originalLanguage,
    originalContentHash,
    contentHash: translation.contentHash,
    translator: translation.translator,
  };
  return { ...original, title: translation.title, body: translation.body, translation: translationNotice };
}
