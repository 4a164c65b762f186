import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Signature } from './signature.entity';

/**
 * The token of one mailed link set (confirm, withdraw, erase) of a signature, hashed. A signature
 * has several: each confirmation mail and each "the letter has changed" mail carries its own, and
 * every one keeps working (the newest MAX_TOKENS_PER_SIGNATURE are kept; signature-tokens.service.ts).
 */
@Entity('signature_tokens')
@Index('signature_tokens_signature_idx', ['signatureId', 'createdAt'])
export class SignatureToken {
  /** SHA-256 (hex) of the token. */
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'signature_id', type: 'uuid' })
  signatureId: string;

  @ManyToOne(() => Signature, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'signature_id' })
  signature?: Signature;

  /** The letter's version when the link was mailed: it confirms nothing past a later material revision. */
  @Column({ type: 'int' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
