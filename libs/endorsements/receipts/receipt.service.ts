import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { calculateJwkThumbprint, CompactSign, compactVerify, importJWK, type JWK, type KeyLike } from 'jose';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';

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

/** Signs receipts (compact JWS, EdDSA over Ed25519) and checks them against the public key. */
@Injectable()
export class ReceiptService implements OnModuleInit {
  private privateKey: KeyLike | Uint8Array;
  private publicKey: KeyLike | Uint8Array;
  private publicJwk: JWK;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const jwk = JSON.parse(this.config.receiptSigningKey) as JWK;
    const publicJwk: JWK = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
    const kid = await calculateJwkThumbprint(publicJwk);
    this.publicJwk = { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' };
    this.privateKey = await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA');
    this.publicKey = await importJWK({ ...publicJwk, alg: 'EdDSA' }, 'EdDSA');
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
      .setProtectedHeader({ alg: 'EdDSA', kid: this.publicJwk.kid, typ })
      .sign(this.privateKey);
  }

  async verify(receipt: string): Promise<ReceiptCheck> {
    try {
      const { payload, protectedHeader } = await compactVerify(receipt, this.publicKey, { algorithms: ['EdDSA'] });
      if (protectedHeader.typ !== RECEIPT_TYPE) return { valid: false, claims: null };
      return { valid: true, claims: JSON.parse(new TextDecoder().decode(payload)) as ReceiptClaims };
    } catch {
      return { valid: false, claims: null };
    }
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }
}
