import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  classifyHttpFailure,
  classifyHttpStatus,
  RefusalKind,
  RepeatingWorker,
  WEBHOOK_RETRY_POLICY,
  whenToRetry,
  type AppConfig,
  type Refusal,
  type Repetition,
} from '@undersigned/common';
import { RefusedAddressError } from '../network-guard';
import { webhookSignature } from '../standard-webhooks';
import { WebhookDelivery, WebhookDeliveryStatus } from '../webhook-delivery.entity';
import { postWebhook } from '../webhook-http';
import { Webhook } from '../webhook.entity';
import { WebhooksService } from '../webhooks.service';

/** Calls one worker has in flight at once (each its own connection). */
const BATCH = 10;
/** Calls of one organisation's hooks in flight at once (per worker look). */
const PER_ORGANISATION = 2;
/** How long a claimed call is the claiming worker's: past it (the worker died mid-send) another sends it again. */
const CLAIM_SECONDS = 60;
/**
 * How long a finished (sent or failed) call is kept, for the hook's deliveries list and
 * redeliveries: its body names signatories and consenting supporters, so it is not kept for ever.
 */
export const WEBHOOK_DELIVERY_RETENTION_DAYS = 30;
/** Finished calls deleted by one statement. */
const PURGE_BATCH = 1000;

interface Claimed {
  id: string;
  attempts: number;
}

/**
 * Sends the webhook outbox: due rows claimed with FOR UPDATE SKIP LOCKED (so workers share them),
 * each sent with its fixed body under its webhook-id, signed at each attempt, the answer classified
 * by the sending module (2xx sent; 410 disables the hook; anything else retried with backoff and
 * jitter for 3 days).
 */
@Injectable()
export class WebhookDeliveryWorker extends RepeatingWorker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webhooks: WebhooksService,
  ) {
    super();
  }

  protected repetition(): Repetition {
    return {
      everyMs: this.config.webhooks.dispatchIntervalMs,
      work: () => this.dispatch(),
      failure: 'webhook dispatch failed',
    };
  }

  /**
   * Sends what is due now: up to BATCH calls in flight, new ones claimed as soon as one ends or at
   * the next interval (a slow receiver holds only its own slot, not a whole batch); the number sent
   * or refused.
   */
  async dispatch(): Promise<number> {
    await this.purge();
    let done = 0;
    const inFlight = new Set<Promise<void>>();
    for (;;) {
      const claimed = inFlight.size < BATCH ? await this.claim(BATCH - inFlight.size) : [];
      for (const call of claimed) {
        const sending: Promise<void> = this.send(call)
          .catch(() => undefined)
          .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
      }
      done += claimed.length;
      if (!inFlight.size) return done;
      // Until a slot frees or the next look falls due (new calls, another organisation's).
      let timer: NodeJS.Timeout | undefined;
      const nextLook = new Promise<void>((wake) => {
        timer = setTimeout(wake, this.config.webhooks.dispatchIntervalMs);
      });
      await Promise.race([...inFlight, nextLook]);
      clearTimeout(timer);
    }
  }

  /** Deletes finished calls past WEBHOOK_DELIVERY_RETENTION_DAYS, a bounded batch at each look. */
  async purge(): Promise<number> {
    const [, deleted] = (await this.dataSource.query(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT id FROM webhook_deliveries
         WHERE status IN ('SUCCEEDED', 'FAILED') AND created_at < now() - make_interval(days => $1)
         LIMIT $2)`,
      [WEBHOOK_DELIVERY_RETENTION_DAYS, PURGE_BATCH],
    )) as [unknown, number];
    return deleted;
  }

  /**
   * Claims due calls, at most PER_ORGANISATION in flight for any one organisation (counting the
   * unlapsed claims of every worker), so one organisation's silent receivers cannot take every slot.
   */
  private async claim(limit: number): Promise<Claimed[]> {
    const [rows] = (await this.dataSource.query(
      `WITH busy AS (
         SELECT h.organisation_id, count(*)::int AS n FROM webhook_deliveries d JOIN webhooks h ON h.id = d.webhook_id
         WHERE d.status = 'SENDING' AND d.next_attempt_at > now() GROUP BY h.organisation_id
       ), candidates AS (
         SELECT d.id, d.next_attempt_at,
                row_number() OVER (PARTITION BY h.organisation_id ORDER BY d.next_attempt_at) + COALESCE(b.n, 0) AS slot
         FROM webhook_deliveries d JOIN webhooks h ON h.id = d.webhook_id
           LEFT JOIN busy b ON b.organisation_id = h.organisation_id
         WHERE d.status IN ('PENDING', 'SENDING') AND d.next_attempt_at <= now() AND COALESCE(b.n, 0) < $3
       ), due AS (
         SELECT d.id FROM webhook_deliveries d JOIN candidates c ON c.id = d.id
         WHERE c.slot <= $3 AND d.status IN ('PENDING', 'SENDING') AND d.next_attempt_at <= now()
         ORDER BY c.next_attempt_at LIMIT $1 FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE webhook_deliveries d
       SET status = 'SENDING', attempts = d.attempts + 1, first_attempt_at = COALESCE(d.first_attempt_at, now()),
           next_attempt_at = now() + make_interval(secs => $2)
       FROM due
       WHERE d.id = due.id
       RETURNING d.id, d.attempts`,
      [limit, CLAIM_SECONDS, PER_ORGANISATION],
    )) as [Claimed[], number];
    return rows;
  }

  private async send(claimed: Claimed): Promise<void> {
    const delivery = await this.dataSource.getRepository(WebhookDelivery).findOneBy({ id: claimed.id });
    const hook = delivery && (await this.dataSource.getRepository(Webhook).findOneBy({ id: delivery.webhookId }));
    if (!delivery || !hook) return;
    if (!hook.enabled) {
      await this.record(claimed, {
        refusal: { kind: RefusalKind.PERMANENT, note: 'The webhook is disabled', code: 'DISABLED' },
      });
      return;
    }
    const now = new Date();
    const timestamp = Math.floor(now.getTime() / 1000);
    try {
      const answer = await postWebhook({
        url: new URL(hook.url),
        body: delivery.body,
        allowPrivateNetworks: this.config.webhooks.allowPrivateNetworks,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Undersigned-Webhooks/1.0',
          'webhook-id': delivery.messageId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': webhookSignature(
            delivery.messageId,
            timestamp,
            delivery.body,
            this.webhooks.signingKeys(hook, now),
          ),
        },
      });
      await this.record(claimed, { status: answer.status, refusal: classifyHttpStatus(answer.status, answer.body) });
    } catch (error) {
      await this.record(claimed, { refusal: classifyHttpFailure(error, error instanceof RefusedAddressError) });
    }
  }

  /**
   * The attempt's outcome, if the call is still this attempt's (no other worker re-claimed it
   * meanwhile): sent, retried later, or failed; a 410 also disables the hook.
   */
  private async record(claimed: Claimed, outcome: { status?: number; refusal: Refusal | null }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOne(WebhookDelivery, {
        where: { id: claimed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !delivery ||
        delivery.status !== WebhookDeliveryStatus.SENDING ||
        delivery.sending.attempts !== claimed.attempts
      ) {
        return;
      }
      const { refusal } = outcome;
      delivery.lastStatusCode = outcome.status ?? null;
      if (!refusal) {
        Object.assign(delivery, { status: WebhookDeliveryStatus.SUCCEEDED, nextAttemptAt: null });
        Object.assign(delivery.sending, { sentAt: new Date(), lastError: null });
      } else {
        delivery.sending.lastError = refusal.note;
        const next = whenToRetry(refusal, WEBHOOK_RETRY_POLICY, delivery.sending, new Date());
        Object.assign(delivery, {
          status: next ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.FAILED,
          nextAttemptAt: next,
        });
        if (refusal.kind === RefusalKind.BAD_RECIPIENT) {
          await manager.update(
            Webhook,
            { id: delivery.webhookId },
            { enabled: false, disabledReason: `The receiver answered ${refusal.code}: ${refusal.note}`.slice(0, 1000) },
          );
        }
      }
      await manager.save(delivery);
    });
  }
}
