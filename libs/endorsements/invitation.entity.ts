import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@undersigned/accounts';
import { Organisation } from '@undersigned/organisations';
import { Letter } from '@undersigned/letters';
import { InvitationStatus } from './endorsement-status';

/** An invitation to endorse a letter, sent to an organisation or to a person by email. */
@Entity('letter_invitations')
@Index('letter_invitations_letter_organisation_key', ['letterId', 'organisationId'], {
  unique: true,
  where: '"organisation_id" IS NOT NULL',
})
@Index('letter_invitations_letter_status_idx', ['letterId', 'status'])
// The daily limits count invitations mailed per letter and per inviting account.
@Index('letter_invitations_letter_sent_idx', ['letterId', 'sentAt'])
@Index('letter_invitations_inviter_sent_idx', ['invitedById', 'sentAt'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  /** Set when invited by organisation, or once an email invitee binds it to theirs. */
  @Index('letter_invitations_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** For email invitations: the organisation the invitee is expected to sign for. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Index('letter_invitations_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'enum', enum: InvitationStatus, enumName: 'invitation_status', default: InvitationStatus.PENDING })
  status: InvitationStatus;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: User;

  /** A pending invitation answers EXPIRED after this (INVITATION_TTL_DAYS after it was sent). */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** When it was last mailed: at the invitation, and again when a declined or expired one is renewed. */
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
