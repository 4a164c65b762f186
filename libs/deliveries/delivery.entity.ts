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
import { Recipient } from './recipient.entity';
import { Letter } from '@undersigned/letters';
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

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

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
