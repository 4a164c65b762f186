import { createHash } from 'node:crypto';

export interface EditionFacts {
  contentHash: string;
  /** Display names in the delivered order. */
  signatories: string[];
  unnamedCount: number;
  supporterCount: number;
  /** The APPROVED translations frozen with the edition; none (or absent) leaves the JSON as it always was. */
  translations?: readonly { language: string; contentHash: string }[];
}

/**
 * The canonical JSON the edition hash is taken of: the delivered text's hash, the named signatories
 * in order and the counts, and, when the edition has any, its translations' hashes sorted by
 * language tag (code-unit order); keys sorted, no spaces.
 */
export function canonicalEditionJson(facts: EditionFacts): string {
  const translations = [...(facts.translations ?? [])]
    .sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : 0))
    .map((t) => ({ contentHash: t.contentHash, language: t.language }));
  return JSON.stringify({
    contentHash: facts.contentHash,
    signatories: facts.signatories,
    supporterCount: facts.supporterCount,
    ...(translations.length ? { translations } : {}),
    unnamedCount: facts.unnamedCount,
  });
}

/**
 * The edition hash: lowercase hex SHA-256 of canonicalEditionJson, so that anyone holding the PDF
 * can recompute it from the verification page.
 */
export function editionHash(facts: EditionFacts): string {
  return createHash('sha256').update(canonicalEditionJson(facts)).digest('hex');
}
