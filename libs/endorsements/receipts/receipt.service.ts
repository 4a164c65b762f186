import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompactSign, compactVerify, decodeProtectedHeader, importJWK, type JWK, type KeyLike } from 'jose';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';
import { keepPublicKey, publicHalf, type PublicSigningJwk } from './signing-keys';

/** What a receipt attests: an organisation signed this exact text of this letter, then. */
export interface ReceiptClaims {
  endorsementId: string;
  letterId: string;
  versionNumber: number;
  contentHash: string;
  organisationId: string;
  organisationName: string;
  signerName: string;
  signerTitle: string;
  signedAt: string;
}

export interface ReceiptCheck {
  valid: boolean;
  claims: ReceiptClaims | null;
}

/** What an audit checkpoint attests: the letter's record had this many events, ending in this hash, then. */
export interface CheckpointClaims {
  letterId: string;
  length: number;
  headHash: string;
  at: string;
}

const RECEIPT_TYPE = 'undersigned-receipt+jws';
const CHECKPOINT_TYPE = 'undersigned-checkpoint+jws';

/** Keys read from the database are reused this long, so that a key another process stored is seen soon. */
const KEYS_CACHE_MS = 60_000;
/** A thumbprint is 43 characters; anything much longer is not one of ours. */
const MAX_KID_LENGTH = 100;

/**
 * Signs receipts and audit checkpoints (compact JWS, EdDSA over Ed25519) with the current key,
 * naming it by `kid`; verifies them against the key their `kid` names, among every key ever used
 * (kept in `signing_keys`, so a restore without DATA_DIR's secrets still verifies them).
 */
@Injectable()
export class ReceiptService implements OnModuleInit {
  private privateKey: KeyLike | Uint8Array;
  private currentKid: string;
  private readonly verifiers = new Map<string, KeyLike | Uint8Array>();
  private kept: { keys: KeptKey[]; at: number } | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    const jwk = JSON.parse(this.config.receiptSigningKey) as JWK;
    // Stored before the first signature: nothing is ever signed with a key the database lacks.
    this.currentKid = await keepPublicKey((sql, params) => this.dataSource.query(sql, params), jwk);
    this.privateKey = await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA');
    this.verifiers.set(this.currentKid, await importJWK({ ...publicHalf(jwk), alg: 'EdDSA' }, 'EdDSA'));
  }

  async sign(claims: ReceiptClaims): Promise<string> {
    return this.jws(claims, RECEIPT_TYPE);
  }

  /** A checkpoint of a letter's audit trail, signed with the receipts' key, for anyone to keep. */
  async signCheckpoint(claims: CheckpointClaims): Promise<string> {
    return this.jws(claims, CHECKPOINT_TYPE);
  }

  private async jws(claims: object, typ: string): Promise<string> {
    return new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
      .setProtectedHeader({ alg: 'EdDSA', kid: this.currentKid, typ })
      .sign(this.privateKey);
  }

  async verify(receipt: string): Promise<ReceiptCheck> {
    const invalid: ReceiptCheck = { valid: false, claims: null };
    let kid: unknown;
    try {
      kid = decodeProtectedHeader(receipt).kid;
    } catch {
      return invalid;
    }
    // A receipt names its key; one made before keys were named is tried with every kept key.
    const candidates: string[] =
      kid === undefined
        ? [this.currentKid, ...(await this.keptKeys()).map((k) => k.kid).filter((k) => k !== this.currentKid)]
        : typeof kid === 'string' && kid.length <= MAX_KID_LENGTH
          ? [kid]
          : [];
    for (const candidate of candidates) {
      const key = await this.verifier(candidate);
      if (!key) continue;
      try {
        const { payload, protectedHeader } = await compactVerify(receipt, key, { algorithms: ['EdDSA'] });
        if (protectedHeader.typ !== RECEIPT_TYPE) return invalid;
        return { valid: true, claims: JSON.parse(new TextDecoder().decode(payload)) as ReceiptClaims };
      } catch {
        // not this key
      }
    }
    return invalid;
  }

  /** Every key that ever signed here, the current one first: receipts of any age verify with it. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const keys = await this.keptKeys();
    const ordered = [
      ...keys.filter((k) => k.kid === this.currentKid),
      ...keys.filter((k) => k.kid !== this.currentKid),
    ];
    return { keys: ordered.map((k) => ({ ...k.jwk, kid: k.kid, alg: 'EdDSA', use: 'sig' })) };
  }

  private async verifier(kid: string): Promise<KeyLike | Uint8Array | undefined> {
    const known = this.verifiers.get(kid);
    if (known) return known;
    const [row] = (await this.dataSource.query('SELECT public_jwk FROM signing_keys WHERE kid = $1', [kid])) as {
      public_jwk: PublicSigningJwk;
    }[];
    if (!row) return undefined;
    const key = await importJWK({ ...publicHalf(row.public_jwk), alg: 'EdDSA' }, 'EdDSA');
    this.verifiers.set(kid, key);
    return key;
  }

  private async keptKeys(): Promise<KeptKey[]> {
    if (this.kept && Date.now() - this.kept.at < KEYS_CACHE_MS) return this.kept.keys;
    const rows = (await this.dataSource.query(
      'SELECT kid, public_jwk FROM signing_keys ORDER BY created_at DESC, kid',
    )) as { kid: string; public_jwk: PublicSigningJwk }[];
    const keys = rows.map((r) => ({ kid: r.kid, jwk: publicHalf(r.public_jwk) }));
    this.kept = { keys, at: Date.now() };
    return keys;
  }
}

interface KeptKey {
  kid: string;
  jwk: PublicSigningJwk;
}
