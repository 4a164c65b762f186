import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '@undersigned/accounts';
import { Organisation } from '@undersigned/organisations';
import { Letter } from '@undersigned/letters';

export enum AuditKind {
  INVITED = 'INVITED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  DECLINED = 'DECLINED',
  SIGNED = 'SIGNED',
  RECONFIRMED = 'RECONFIRMED',
  NEEDS_RECONFIRMATION = 'NEEDS_RECONFIRMATION',
  WITHDRAWN = 'WITHDRAWN',
  ANONYMITY_CHANGED = 'ANONYMITY_CHANGED',
  MINOR_EDITS_CONSENT_CHANGED = 'MINOR_EDITS_CONSENT_CHANGED',
  REJECTED = 'REJECTED',
  /** A signatory kept through a minor edit said, by its mailed link, that it changes what it signed. */
  MINOR_EDIT_OBJECTED = 'MINOR_EDIT_OBJECTED',
  /** A lead let an endorsement stand under a display name other than its organisation's name. */
  DISPLAY_NAME_APPROVED = 'DISPLAY_NAME_APPROVED',
  /** A lead let a signature that came by open sign-on stand (and the display name it asked for). */
  SIGN_ON_APPROVED = 'SIGN_ON_APPROVED',
}

/**
 * An append-only, hash-chained record of who joined, re-confirmed and withdrew. The database
 * refuses UPDATE and DELETE (trigger `audit_events_immutable`, created by migration).
 */
@Entity('audit_events')
@Unique('audit_events_letter_seq_key', ['letterId', 'seq'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
