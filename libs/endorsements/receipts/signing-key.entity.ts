import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The public half of a key that signed receipts and audit checkpoints, kept for good: in the
 * database, so in every backup, a receipt verifies after the private key (DATA_DIR's secret) is
 * rotated away or lost. The private half is never stored here.
 */
@Entity('signing_keys')
@Check('signing_keys_public_only', `NOT ("public_jwk" ? 'd')`)
export class SigningKey {
  /** The JWS header's `kid`: the RFC 7638 thumbprint of the public key. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  kid: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: { kty: string; crv: string; x: string };

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when `npm run keys:rotate` made another key current; the key still verifies what it signed. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
