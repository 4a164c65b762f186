import { createHash, randomBytes } from 'node:crypto';

export interface SecretToken {
  /** What the holder receives (in a link or a response); never stored. */
  token: string;
  /** What the database keeps: a SHA-256 of the token, so a database leak yields no usable token. */
  hash: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newSecretToken(): SecretToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}
