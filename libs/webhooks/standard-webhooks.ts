import { createHmac, createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

/** Standard Webhooks 1.0: a symmetric secret is `whsec_` + base64 of its key bytes. */
const SECRET_PREFIX = 'whsec_';
/** An Ed25519 public key is `whpk_` + base64 of its raw 32 bytes. */
const PUBLIC_KEY_PREFIX = 'whpk_';

/** A new whsec_ secret: 32 random bytes (the spec asks for 24 to 64). */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** A new Ed25519 key pair: the private key as PKCS#8 DER (base64), the public one as whpk_ + raw base64. */
export function newSigningKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: PUBLIC_KEY_PREFIX + raw.toString('base64'),
  };
}

/** A fresh webhook-id: `msg_` + 128 random bits. */
export function newMessageId(): string {
  return `msg_${randomBytes(16).toString('base64url')}`;
}

export interface SigningKeys {
  /** The current whsec_ secret, then (for 24 hours after a rotation) the previous one. */
  secrets: string[];
  /** The Ed25519 private key, PKCS#8 DER base64. */
  privateKey: string;
}

/**
 * The webhook-signature header: one `v1,<HMAC-SHA256>` per secret and one `v1a,<Ed25519>`, each
 * over `id.timestamp.body`, space-separated.
 */
export function webhookSignature(id: string, timestamp: number, body: string, keys: SigningKeys): string {
  const content = Buffer.from(`${id}.${timestamp}.${body}`, 'utf8');
  const v1 = keys.secrets.map((secret) => {
    const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
    return `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
  });
  const privateKey = createPrivateKey({ key: Buffer.from(keys.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return [...v1, `v1a,${sign(null, content, privateKey).toString('base64')}`].join(' ');
}
