import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DeliveryStatus } from '@undersigned/deliveries';
import { TargetMessage } from './target-message.entity';

/** A step in a message's life (queued, sending, sent, failed), as a recipient's delivery has. */
@Entity('target_message_events')
@Index('target_message_events_message_idx', ['messageId', 'occurredAt'])
export class TargetMessageEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => TargetMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: TargetMessage;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status' })
  status: DeliveryStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
