import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashToken, newSecretToken, notFound } from '@undersigned/common';
import { Signature } from './signature.entity';

/**
 * Links kept per signature: its confirmation mails (a few: signing.service's cap) and one per
 * material revision since. Past this the oldest stop working, so a signature's rows stay bounded.
 */
export const MAX_TOKENS_PER_SIGNATURE = 10;

/** Longer than any token we mint: hashed never, answered NOT_FOUND. */
const MAX_TOKEN_LENGTH = 200;

export interface TokenFor {
  signatureId: string;
  /** The letter's current version as the link is mailed. */
  version: number;
}

/**
 * The tokens of the links mailed for signatures. Each mail gets a new token and none replaces
 * another, so every link mailed for a pending signature works until it is confirmed, and its
 * withdraw and erase links for good.
 */
@Injectable()
export class SignatureTokensService {
  /** New tokens for these signatures (one each, in order), stored hashed; the oldest past the bound go. */
  async issue(manager: EntityManager, wanted: readonly TokenFor[]): Promise<string[]> {
    if (!wanted.length) return [];
    const minted = wanted.map(() => newSecretToken());
    const ids = wanted.map((w) => w.signatureId);
    await manager.query(
      `INSERT INTO signature_tokens (token_hash, signature_id, version)
       SELECT * FROM unnest($1::char(64)[], $2::uuid[], $3::int[])`,
      [minted.map((m) => m.hash), ids, wanted.map((w) => w.version)],
    );
    // Set-based, one statement for a whole batch.
    await manager.query(
      `DELETE FROM signature_tokens t USING (
         SELECT token_hash, row_number() OVER (PARTITION BY signature_id ORDER BY created_at DESC, token_hash) AS rank
         FROM signature_tokens WHERE signature_id = ANY($1::uuid[])
       ) ranked WHERE t.token_hash = ranked.token_hash AND ranked.rank > $2`,
      [ids, MAX_TOKENS_PER_SIGNATURE],
    );
    return minted.map((m) => m.token);
  }

  /** The signature a mailed token names, and the version its link was mailed for; NOT_FOUND for any other token. */
  async find(manager: EntityManager, token: string): Promise<{ signature: Signature; version: number }> {
    if (token.length <= MAX_TOKEN_LENGTH) {
      const [row] = (await manager.query('SELECT signature_id, version FROM signature_tokens WHERE token_hash = $1', [
        hashToken(token),
      ])) as { signature_id: string; version: number }[];
      const signature = row ? await manager.findOneBy(Signature, { id: row.signature_id }) : null;
      if (signature) return { signature, version: row.version };
    }
    throw notFound('Signature');
  }
}
