import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  afterCommit,
  APP_CONFIG,
  EventBusService,
  hashToken,
  invalidState,
  WebhookEvent,
  WebhookEventsService,
  type AppConfig,
  type AttemptState,
} from '@undersigned/common';
import { Letter, LetterStatus, TimelineService } from '@undersigned/letters';
import { DeliveryEvent } from './delivery-event.entity';
import { DONE_STATUSES, DeliveryStatus, movesForward } from './delivery-status';
import { Delivery } from './delivery.entity';
import { toDeliveryObject, type DeliveryObject } from './dto/delivery.objects';
import { Recipient } from './recipient.entity';

export const DELIVERY_TOPIC = 'deliveryChanged';

/** Just ids: each subscribed process reads the delivery itself (a reply may not fit a NOTIFY). */
export interface DeliveryEventPayload {
  letterId: string;
  deliveryId: string;
}

export interface Transition {
  to: DeliveryStatus;
  note?: string | null;
  occurredAt?: Date;
  changes?: Partial<Omit<Delivery, 'sending'>> & { sending?: Partial<AttemptState> };
}

const TIMELINE_TITLES: Partial<Record<DeliveryStatus, (recipient: Recipient) => string>> = {
  [DeliveryStatus.SENT]: (r) => `Sent to ${r.name}`,
  [DeliveryStatus.DELIVERED]: (r) => `Delivered to ${r.name}`,
  [DeliveryStatus.ACKNOWLEDGED]: (r) => `${r.name} acknowledged receipt`,
  [DeliveryStatus.RESPONDED]: (r) => `${r.name} responded`,
};

/**
 * Every change of a delivery's status goes through here: forward only, recorded as an event and
 * on the timeline, published to subscribers once it commits, and the letter marked DELIVERED once
 * every delivery has been sent or recorded.
 */
@Injectable()
export class DeliveryTrackerService {
  private readonly logger = new Logger(DeliveryTrackerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly timeline: TimelineService,
    private readonly events: EventBusService,
    private readonly webhookEvents: WebhookEventsService,
  ) {}

  /** The acknowledgement token of a delivery: derived, so the worker can put it in the mail. */
  ackToken(deliveryId: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`ack:${deliveryId}`).digest('base64url');
  }

  ackTokenHash(deliveryId: string): string {
    return hashToken(this.ackToken(deliveryId));
  }

  /** Locks and returns the delivery, for a transition in the same transaction. */
  async lock(manager: EntityManager, deliveryId: string): Promise<Delivery | null> {
    return manager
      .getRepository(Delivery)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :deliveryId', { deliveryId })
      .getOne();
  }

  async move(manager: EntityManager, delivery: Delivery, transition: Transition): Promise<void> {
    if (!movesForward(delivery.status, transition.to)) {
      throw invalidState(`A ${delivery.status} delivery cannot become ${transition.to}`);
    }
    const occurredAt = transition.occurredAt ?? new Date();
    const { sending, ...changes } = transition.changes ?? {};
    Object.assign(delivery, changes, { status: transition.to });
    Object.assign(delivery.sending, sending);
    await manager.save(delivery);
    this.changed(manager, delivery.id);
    await manager.insert(DeliveryEvent, {
      deliveryId: delivery.id,
      status: transition.to,
      note: transition.note ?? null,
      occurredAt,
    });
    await this.webhookEvents.run(manager, {
      event: WebhookEvent.DELIVERY_CHANGED,
      letterId: delivery.letterId,
      subjectId: delivery.id,
    });
    const title = TIMELINE_TITLES[transition.to];
    if (title) {
      const recipient = await manager.findOneByOrFail(Recipient, { id: delivery.recipientId });
      await this.timeline.add(manager, delivery.letterId, {
        kind: `DELIVERY_${transition.to}`,
        title: title(recipient),
        occurredAt,
        onceKey: `delivery:${delivery.id}:${transition.to}`,
      });
    }
    if (DONE_STATUSES.includes(transition.to)) await this.markLetterDelivered(manager, delivery.letterId);
  }

  /**
   * The one move backwards: a FAILED delivery queued again by a coordinator, recorded as an event.
   * Its retry window starts afresh; its Message-ID stays.
   */
  async requeue(manager: EntityManager, delivery: Delivery, at: Date): Promise<void> {
    Object.assign(delivery, { status: DeliveryStatus.PENDING, nextAttemptAt: at });
    delivery.sending.firstAttemptAt = null;
    await manager.save(delivery);
    this.changed(manager, delivery.id);
    await manager.insert(DeliveryEvent, {
      deliveryId: delivery.id,
      status: DeliveryStatus.PENDING,
      note: 'Queued again',
      occurredAt: at,
    });
    await this.webhookEvents.run(manager, {
      event: WebhookEvent.DELIVERY_CHANGED,
      letterId: delivery.letterId,
      subjectId: delivery.id,
    });
  }

  /**
   * Called in the transaction that changes the delivery (a move or a requeue calls it itself):
   * publishes its state to subscribers once that commits, once however often it is called, never
   * if it rolls back.
   */
  changed(manager: EntityManager, deliveryId: string): void {
    afterCommit(
      manager,
      () =>
        this.publish(deliveryId).catch((error: Error) => this.logger.warn(`delivery not published: ${error.message}`)),
      `${DELIVERY_TOPIC}:${deliveryId}`,
    );
  }

  async objects(deliveries: Delivery[]): Promise<DeliveryObject[]> {
    if (!deliveries.length) return [];
    const ids = deliveries.map((d) => d.id);
    const [recipients, events] = await Promise.all([
      this.dataSource.getRepository(Recipient).find({ where: { id: In(deliveries.map((d) => d.recipientId)) } }),
      this.dataSource
        .getRepository(DeliveryEvent)
        .find({ where: { deliveryId: In(ids) }, order: { occurredAt: 'ASC' } }),
    ]);
    return deliveries.map((d) =>
      toDeliveryObject(
        d,
        recipients.find((r) => r.id === d.recipientId) as Recipient,
        events.filter((e) => e.deliveryId === d.id),
      ),
    );
  }

  async object(deliveryId: string): Promise<DeliveryObject> {
    const delivery = await this.dataSource.getRepository(Delivery).findOneByOrFail({ id: deliveryId });
    const [object] = await this.objects([delivery]);
    return object;
  }

  private async publish(deliveryId: string): Promise<void> {
    const delivery = await this.dataSource.getRepository(Delivery).findOneByOrFail({ id: deliveryId });
    await this.events.publish(DELIVERY_TOPIC, {
      letterId: delivery.letterId,
      deliveryId,
    } satisfies DeliveryEventPayload);
  }

  private async markLetterDelivered(manager: EntityManager, letterId: string): Promise<void> {
    const open = await manager
      .getRepository(Delivery)
      .createQueryBuilder('d')
      .where('d.letter_id = :letterId AND d.status NOT IN (:...done)', { letterId, done: DONE_STATUSES })
      .getCount();
    if (open > 0) return;
    await manager.update(Letter, { id: letterId, status: LetterStatus.CLOSED }, { status: LetterStatus.DELIVERED });
  }
}
