import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AttemptState } from '@undersigned/common';
import { Webhook } from './webhook.entity';

export enum WebhookDeliveryStatus {
  /** Waiting for its (next) attempt at next_attempt_at. */
  PENDING = 'PENDING',
  /** Claimed by a worker until next_attempt_at: a worker that died mid-send leaves it to be claimed again. */
  SENDING = 'SENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/**
 * One event for one hook: the outbox row written in the transaction that caused the event, then
 * the record of its attempts. The body is fixed when queued: every retry and a redelivery send the
 * same bytes under the same webhook-id.
 */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_webhook_created_idx', ['webhookId', 'createdAt'])
@Index('webhook_deliveries_due_idx', ['nextAttemptAt'], { where: `"status" IN ('PENDING', 'SENDING')` })
@Check('webhook_deliveries_status', `"status" IN ('PENDING', 'SENDING', 'SUCCEEDED', 'FAILED')`)
@Check('webhook_deliveries_due_when_open', `"status" NOT IN ('PENDING', 'SENDING') OR "next_attempt_at" IS NOT NULL`)
@Check('webhook_deliveries_body_size', `octet_length("body") <= 20480`)
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @ManyToOne(() => Webhook, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhook?: Webhook;

  /** A WebhookEvent. */
  @Column({ type: 'varchar', length: 40 })
  event: string;

  /** The webhook-id header (msg_…): the receiver's idempotency key, the same on every retry and redelivery. */
  @Column({ name: 'message_id', type: 'varchar', length: 64 })
  messageId: string;

  /** The exact JSON body sent and signed. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 20, default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus;

  @Column(() => AttemptState, { prefix: false })
  sending: AttemptState;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
