import { createHash, createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';

/**
 * A software WebAuthn authenticator for tests: a real ES256 (P-256) key pair per credential, real
 * attestation (`fmt: "none"`) and assertions signed over authenticatorData ‖ SHA-256(clientDataJSON),
 * a signature counter, user verification, and discoverable credentials (with their user handle).
 * It plays both the authenticator and the browser's part (client data with the challenge, origin and
 * type), so server tests can drive the ceremonies over GraphQL, and bridgeSoftAuthenticator
 * (test/support/soft-authenticator-bridge.ts) puts it behind navigator.credentials in Chromium.
 */
export interface SoftCredential {
  id: Buffer;
  rpId: string;
  userHandle: Buffer;
  privateKey: KeyObject;
  counter: number;
}

/** What a test may change about one ceremony, to make the answer one a server must refuse. */
export interface Tamper {
  /** The origin written in the client data (a phishing page's). */
  origin?: string;
  /** The relying party whose hash the authenticator data carries. */
  rpId?: string;
  /** The signature counter to sign with (a cloned key's, gone backwards). */
  counter?: number;
  /** Without the user-verified flag. */
  withoutUserVerification?: boolean;
  /** The credential id to claim at registration (a crafted authenticator's: another's id, its own key). */
  credentialId?: Buffer;
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

export class SoftAuthenticator {
  readonly credentials: SoftCredential[] = [];

  /** The browser's part of navigator.credentials.create, then the authenticator's. */
  async create(
    options: PublicKeyCredentialCreationOptionsJSON,
    origin: string,
    tamper: Tamper = {},
  ): Promise<RegistrationResponseJSON> {
    const rpId = options.rp.id ?? new URL(origin).hostname;
    requireRpIdFor(rpId, origin);
    if (!options.pubKeyCredParams.some((param) => param.alg === -7)) throw new Error('ES256 not offered');
    const excluded = new Set((options.excludeCredentials ?? []).map((credential) => credential.id));
    if (this.credentials.some((credential) => excluded.has(credential.id.toString('base64url')))) {
      throw new Error('InvalidStateError: a credential of this authenticator is excluded');
    }
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const credential: SoftCredential = {
      id: tamper.credentialId ?? randomBytes(32),
      rpId,
      userHandle: Buffer.from(options.user.id, 'base64url'),
      privateKey,
      counter: 0,
    };
    const jwk = publicKey.export({ format: 'jwk' });
    const coseKey = cbor(
      new Map<number, unknown>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x as string, 'base64url')],
        [-3, Buffer.from(jwk.y as string, 'base64url')],
      ]),
    );
    const attested = Buffer.concat([
      Buffer.alloc(16), // AAGUID: none
      u16(credential.id.length),
      credential.id,
      coseKey,
    ]);
    const authData = authenticatorData(tamper.rpId ?? rpId, flags(tamper) | FLAG_AT, tamper.counter ?? 0, attested);
    const clientDataJSON = clientData('webauthn.create', options.challenge, tamper.origin ?? origin);
    const attestationObject = cbor(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    this.credentials.push(credential);
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        attestationObject: attestationObject.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        transports: ['internal'],
        publicKeyAlgorithm: -7,
        publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64url'),
      },
    };
  }

  /** The browser's part of navigator.credentials.get, then the authenticator's: signs with the counter moved on. */
  async get(
    options: PublicKeyCredentialRequestOptionsJSON,
    origin: string,
    tamper: Tamper = {},
  ): Promise<AuthenticationResponseJSON> {
    const rpId = options.rpId ?? new URL(origin).hostname;
    requireRpIdFor(rpId, origin);
    const allowed = (options.allowCredentials ?? []).map((credential) => credential.id);
    const credential = this.credentials.find(
      (candidate) =>
        candidate.rpId === rpId && (!allowed.length || allowed.includes(candidate.id.toString('base64url'))),
    );
    if (!credential) throw new Error('NotAllowedError: no credential of this authenticator may answer');
    credential.counter += 1;
    const authData = authenticatorData(tamper.rpId ?? rpId, flags(tamper), tamper.counter ?? credential.counter);
    const clientDataJSON = clientData('webauthn.get', options.challenge, tamper.origin ?? origin);
    const signature = createSign('SHA256')
      .update(Buffer.concat([authData, sha256(clientDataJSON)]))
      .sign(credential.privateKey); // DER, as WebAuthn's ES256 signatures are
    const id = credential.id.toString('base64url');
    return {
      id,
      rawId: id,
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: clientDataJSON.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: signature.toString('base64url'),
        // A discoverable credential says whose it is.
        userHandle: allowed.length ? undefined : credential.userHandle.toString('base64url'),
      },
    };
  }
}

/** A browser refuses an RP ID that is not the origin's host or a registrable suffix of it. */
function requireRpIdFor(rpId: string, origin: string): void {
  const host = new URL(origin).hostname;
  if (/^[\d.]+$/.test(rpId) || rpId.includes(':')) throw new Error(`SecurityError: invalid domain ${rpId}`);
  if (host !== rpId && !host.endsWith(`.${rpId}`)) throw new Error(`SecurityError: ${rpId} is not ${host}'s`);
}

function flags(tamper: Tamper): number {
  return FLAG_UP | (tamper.withoutUserVerification ? 0 : FLAG_UV);
}

function authenticatorData(rpId: string, flagBits: number, counter: number, attested?: Buffer): Buffer {
  const count = Buffer.alloc(4);
  count.writeUInt32BE(counter);
  return Buffer.concat([
    sha256(Buffer.from(rpId, 'utf8')),
    Buffer.from([flagBits]),
    count,
    attested ?? Buffer.alloc(0),
  ]);
}

function clientData(type: string, challenge: string, origin: string): Buffer {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), 'utf8');
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}

/** The little CBOR (RFC 8949) WebAuthn needs: integers, byte and text strings, maps. */
function cbor(value: unknown): Buffer {
  const head = (major: number, length: number): Buffer => {
    if (length < 24) return Buffer.from([(major << 5) | length]);
    if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
    if (length < 0x10000) return Buffer.concat([Buffer.from([(major << 5) | 25]), u16(length)]);
    const long = Buffer.alloc(5);
    long[0] = (major << 5) | 26;
    long.writeUInt32BE(length, 1);
    return long;
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, text.length), text]);
  }
  if (value instanceof Map) {
    const entries = [...value.entries()].flatMap(([key, item]) => [cbor(key), cbor(item)]);
    return Buffer.concat([head(5, value.size), ...entries]);
  }
  throw new Error(`cannot encode ${typeof value} as CBOR`);
}
