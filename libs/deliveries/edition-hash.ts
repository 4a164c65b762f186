import { createHash } from 'node:crypto';

export interface EditionFacts {
  contentHash: string;
  /** Display names in the delivered order. */
  signatories: string[];
  unnamedCount: number;
  supporterCount: number;
}

/**
 * The edition hash: lowercase hex SHA-256 of the canonical JSON of the delivered text's hash, the
 * named signatories in order and the counts (keys sorted, no spaces), so that anyone holding the
 * PDF can recompute it from the verification page.
 */
export function editionHash(facts: EditionFacts): string {
  const canonical = JSON.stringify({
    contentHash: facts.contentHash,
    signatories: facts.signatories,
    supporterCount: facts.supporterCount,
    unnamedCount: facts.unnamedCount,
  });
  return createHash('sha256').update(canonical).digest('hex');
}
