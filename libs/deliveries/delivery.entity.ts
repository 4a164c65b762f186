import {
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
import { Letter } from '@undersigned/letters';
import { Recipient } from './recipient.entity';
import { DeliveryChannel, DeliveryStatus } from './delivery-status';

/** One recipient's copy of a delivered letter; a recipient has at most one. */
@Entity('deliveries')
@Unique('deliveries_recipient_key', ['recipientId'])
@Index('deliveries_letter_idx', ['letterId'])
export class Delivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => Recipient, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Recipient;

  @Column({ type: 'enum', enum: DeliveryChannel, enumName: 'delivery_channel' })
  channel: DeliveryChannel;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status', default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  /** Attempts, the last error, when sent; temporary failures are retried for DELIVERY_RETRY_HOURS from the first. */
  @Column(() => AttemptState, { prefix: false })
  sending: AttemptState;

  /** When the queued attempt is due; null while sending and once SENT or FAILED. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** Fixed before the first attempt, so that a resent copy can be recognised as the same message. */
  @Column({ name: 'message_id', type: 'varchar', length: 200, nullable: true })
  messageId: string | null;

  @Index('deliveries_ack_token_hash_key', { unique: true })
  @Column({ name: 'ack_token_hash', type: 'char', length: 64 })
  ackTokenHash: string;

  @Column({ type: 'text', nullable: true })
  response: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
