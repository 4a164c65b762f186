import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  beginAttempt,
  classifySmtpFailure,
  deliveryRetryPolicy,
  MailService,
  QUEUE,
  type AppConfig,
  type MailMessage,
  type Refusal,
  whenToRetry,
} from '@undersigned/common';
import { Letter, transactionalDb } from '@undersigned/letters';
import { DeliveryStatus } from '../delivery-status';
import { DeliveryTrackerService } from '../delivery-tracker.service';
import { Delivery } from '../delivery.entity';
import { Edition } from '../edition.entity';
import { Recipient } from '../recipient.entity';
import { EditionAttachmentsService } from '../edition-attachments.service';
import { DELIVERY_QUEUE, deliveryJobOptions, type DeliveryJobData } from './delivery.queue';

/** Tolerance between this process's clock and the database's, which starts the jobs. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Sends one delivery per job. A delivery already SENT (or further) is never sent again; one left
 * SENDING by a worker that died mid-send is sent again with the same Message-ID, so receiving
 * systems can drop the copy.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliveryWorker.name);

  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tracker: DeliveryTrackerService,
    private readonly mail: MailService,
    private readonly files: EditionAttachmentsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work<DeliveryJobData>(DELIVERY_QUEUE, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) =>
      this.send(job.data.deliveryId),
    );
  }

  async send(deliveryId: string): Promise<void> {
    const claimed = await this.dataSource.transaction(async (manager) => {
      const delivery = await this.tracker.lock(manager, deliveryId);
      if (!delivery || ![DeliveryStatus.PENDING, DeliveryStatus.SENDING].includes(delivery.status)) return null;
      // A later attempt is queued already (this job ran again after its worker died): leave it to that one.
      if (delivery.nextAttemptAt && delivery.nextAttemptAt.getTime() > Date.now() + CLOCK_SKEW_MS) return null;
      beginAttempt(delivery.sending, new Date());
      delivery.nextAttemptAt = null;
      if (delivery.status === DeliveryStatus.PENDING) {
        await this.tracker.move(manager, delivery, { to: DeliveryStatus.SENDING });
      } else {
        await manager.save(delivery);
      }
      this.tracker.changed(manager, deliveryId);
      return delivery;
    });
    if (!claimed) return;
    try {
      const { messageId } = await this.mail.send(await this.message(claimed.id));
      await this.finish(deliveryId, {
        to: DeliveryStatus.SENT,
        changes: { messageId, sending: { sentAt: new Date(), lastError: null } },
      });
    } catch (error) {
      await this.failed(deliveryId, classifySmtpFailure(error));
    }
  }

  /**
   * A permanent refusal is final; a temporary one queues the next attempt (same transaction), until
   * DELIVERY_RETRY_HOURS after the first attempt have passed (deliveryRetryPolicy).
   */
  private async failed(deliveryId: string, refusal: Refusal): Promise<void> {
    const { note } = refusal;
    const retryAt = await this.dataSource.transaction(async (manager) => {
      this.tracker.changed(manager, deliveryId);
      const delivery = await this.tracker.lock(manager, deliveryId);
      if (!delivery || delivery.status !== DeliveryStatus.SENDING) return null;
      const next = whenToRetry(refusal, deliveryRetryPolicy(this.config.delivery), delivery.sending, new Date());
      if (!next) {
        await this.tracker.move(manager, delivery, {
          to: DeliveryStatus.FAILED,
          note,
          changes: { nextAttemptAt: null, sending: { lastError: note } },
        });
        return null;
      }
      await manager.update(Delivery, { id: deliveryId }, { sending: { lastError: note }, nextAttemptAt: next });
      await this.boss.send(DELIVERY_QUEUE, { deliveryId } satisfies DeliveryJobData, {
        ...deliveryJobOptions(this.config.delivery, deliveryId, next),
        db: transactionalDb(manager),
      });
      return next;
    });
    if (retryAt) this.logger.warn(`delivery ${deliveryId} failed, next attempt at ${retryAt.toISOString()}: ${note}`);
  }

  private async finish(deliveryId: string, transition: Parameters<DeliveryTrackerService['move']>[2]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      this.tracker.changed(manager, deliveryId);
      const delivery = await this.tracker.lock(manager, deliveryId);
      // A status recorded meanwhile (an acknowledgement, a manual event) is never moved back.
      if (delivery && delivery.status === DeliveryStatus.SENDING)
        await this.tracker.move(manager, delivery, transition);
    });
  }

  private async message(deliveryId: string): Promise<MailMessage> {
    const manager = this.dataSource.manager;
    const delivery = await manager.findOneByOrFail(Delivery, { id: deliveryId });
    const [recipient, edition, letter] = await Promise.all([
      manager.findOneByOrFail(Recipient, { id: delivery.recipientId }),
      manager.findOneByOrFail(Edition, { letterId: delivery.letterId }),
      manager.findOneByOrFail(Letter, { id: delivery.letterId }),
    ]);
    const ack = `${this.config.publicUrl}/ack?token=${encodeURIComponent(this.tracker.ackToken(delivery.id))}`;
    // The original, the supporters' annex and the translations, within MAIL_ATTACHMENTS_MAX_BYTES.
    const files = await this.files.attachments(letter, edition);
    const ackText = `\n\nPlease confirm that your office received this letter: ${ack}\n`;
    return {
      to: recipient.email as string,
      subject: letter.title,
      text: `${edition.text}${files.text}${ackText}`,
      html: `${edition.html.replace('</body></html>', '')}${files.html}<p>Please <a href="${ack}">confirm that your office received this letter</a>.</p></body></html>`,
      attachments: files.attachments,
      messageId: delivery.messageId ?? undefined,
    };
  }
}
