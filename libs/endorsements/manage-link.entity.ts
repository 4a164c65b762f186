import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Endorsement } from './endorsement.entity';

/**
 * A manage link mailed to a guest signer (signByInvitation): it reads, re-confirms, switches
 * named/unnamed and withdraws its own endorsement, changes until the letter is delivered. One per
 * mail that carried one (the receipt, each re-confirmation notice): every link a mail carries keeps
 * working until it is used, and withdrawing by any of them uses them all.
 */
@Entity('endorsement_manage_links')
export class EndorsementManageLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('endorsement_manage_links_endorsement_idx')
  @Column({ name: 'endorsement_id', type: 'uuid' })
  endorsementId: string;

  @ManyToOne(() => Endorsement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endorsement_id' })
  endorsement?: Endorsement;

  /** SHA-256 of the token in the link (libs/common/auth/tokens.ts); the token itself is never stored. */
  @Index('endorsement_manage_links_token_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  /** Set when the endorsement was withdrawn by this link or another of its links: a used link answers NOT_FOUND. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
