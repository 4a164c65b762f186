import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AttemptState } from '@undersigned/common';
import { DeliveryStatus } from '@undersigned/deliveries';
import { Letter, LetterVersion } from '@undersigned/letters';
import { Target } from '@undersigned/representatives';
import { Signature } from '@undersigned/supporters';

/**
 * One supporter's message to their representative about a letter: a delivery tracked like a
 * recipient's (statuses, attempts, events). At most one per signature and target, and a
 * signature is one per letter and canonical email, so a supporter writes to a target once.
 */
@Entity('target_messages')
@Unique('target_messages_signature_target_key', ['signatureId', 'targetId'])
@Index('target_messages_target_scheduled_idx', ['targetId', 'scheduledAt'])
@Index('target_messages_due_idx', ['scheduledAt'], { where: `"status" IN ('PENDING', 'SENDING')` })
@Index('target_messages_letter_idx', ['letterId', 'targetId'])
// What was sent to a target lately, and what is being sent to it: its rate, checked when sending.
@Index('target_messages_target_sent_idx', ['targetId', 'sending.sentAt'], { where: '"sent_at" IS NOT NULL' })
@Index('target_messages_target_sending_idx', ['targetId'], { where: `"status" = 'SENDING'` })
@Check('target_messages_attempts', '"attempts" >= 0')
export class TargetMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  /**
   * The version of the letter current when the supporter confirmed: the words they signed, and the
   * words sent, however the letter is revised before the message goes out.
   */
  @Column({ name: 'letter_version', type: 'int' })
  letterVersion: number;

  @ManyToOne(() => LetterVersion, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'letter_id', referencedColumnName: 'letterId' },
    { name: 'letter_version', referencedColumnName: 'number' },
  ])
  version?: LetterVersion;

  @Column({ name: 'signature_id', type: 'uuid' })
  signatureId: string;

  @ManyToOne(() => Signature, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signature_id' })
  signature?: Signature;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @ManyToOne(() => Target, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id' })
  target?: Target;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status', default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  /** When it is due: spaced per target so that no office gets more than perTargetPerHour in any hour. */
  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  /** Attempts, the first one's time, the last error, when sent: as a recipient's delivery keeps them. */
  @Column(() => AttemptState, { prefix: false })
  sending: AttemptState;

  /** When the current attempt was claimed; a send claimed long ago by a worker that died is tried again. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  /** Fixed before the first attempt, so that a resent copy can be recognised as the same message. */
  @Column({ name: 'message_id', type: 'varchar', length: 200 })
  messageId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
