import { generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';

/** The public half of an Ed25519 key, as kept in `signing_keys` and served in the JWKS. */
export interface PublicSigningJwk {
  kty: string;
  crv: string;
  x: string;
}

/** A statement and its parameters, as both TypeORM's `query` and pg's client take them. */
export type RunQuery = (sql: string, params: unknown[]) => Promise<unknown>;

export function publicHalf(jwk: JWK): PublicSigningJwk {
  return { kty: jwk.kty as string, crv: jwk.crv as string, x: jwk.x as string };
}

/** The key id every receipt and checkpoint names in its header: the RFC 7638 thumbprint. */
export function keyId(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(publicHalf(jwk));
}

/** A new Ed25519 private key as JWK JSON, the format of RECEIPT_SIGNING_KEY and DATA_DIR's key file. */
export function newSigningKey(): string {
  return JSON.stringify(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }));
}

/** Keeps a key's public half for good (every process that signs with a key stores it first). */
export async function keepPublicKey(query: RunQuery, jwk: JWK): Promise<string> {
  const kid = await keyId(jwk);
  await query(`INSERT INTO signing_keys (kid, public_jwk) VALUES ($1, $2::jsonb) ON CONFLICT (kid) DO NOTHING`, [
    kid,
    JSON.stringify(publicHalf(jwk)),
  ]);
  return kid;
}
