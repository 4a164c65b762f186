import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  classifySmtpFailure,
  deliveryRetryPolicy,
  MailService,
  RefusalKind,
  RepeatingWorker,
  type Repetition,
  whenToRetry,
  type AppConfig,
  type MailMessage,
  type Refusal,
} from '@undersigned/common';
import { DeliveryStatus } from '@undersigned/deliveries';
import { spacedPostcode } from '@undersigned/representatives';
import { ADDRESS_FAILED_NOTE } from '../message-scheduler.service';
import { DEFAULT_PER_TARGET_PER_HOUR, MAX_PER_TARGET_PER_HOUR } from '../targeting-mode';

/** Messages sent by one round at most; the next round goes on. */
const ROUND_LIMIT = 100;

/** What may not be in the From display name: what could pass for an address or quoting, and invisible format (bidi) or control characters. */
const NOT_IN_DISPLAY_NAME = /[<>@"\p{Cf}\p{Cc}]/gu;

/**
 * The supporter's name as the From display name: no `<>@"`, nor bidi, format or control
 * characters, so that it cannot pass for another address or read differently from what it is.
 */
export function displayName(name: string): string {
  return name.replace(NOT_IN_DISPLAY_NAME, '').replace(/\s+/g, ' ').trim() || 'A supporter';
}

/** A claim that another worker won: try the next message. */
const LOST = Symbol('lost');

/**
 * SQL true when message `m` (with its letter's targeting `lt`) may be sent at the clock $1 (now
 * when null): no message of its letter went to that target within the letter's spacing
 * (3600 / perTargetPerHour s, the rate capped at $3; $4 when the letter has no targeting row), and
 * fewer than $3 messages of all letters went to it in the last hour. Messages being sent count as
 * sent now.
 */
const WITHIN_RATE = `NOT EXISTS (
    SELECT 1 FROM target_messages x WHERE x.target_id = m.target_id AND x.letter_id = m.letter_id
      AND (x.status = 'SENDING' OR x.sent_at > coalesce($1::timestamptz, now())
           - make_interval(secs => 3600.0 / least(coalesce(lt.per_target_per_hour, $4), $3))))
  AND (SELECT count(*) FROM target_messages x WHERE x.target_id = m.target_id
       AND (x.status = 'SENDING' OR x.sent_at > coalesce($1::timestamptz, now()) - interval '1 hour')) < $3`;

interface MessageRow {
  id: string;
  targetId: string;
  messageId: string;
  attempts: number;
  firstAttemptAt: Date;
  to: string | null;
  addressFailed: boolean;
  targetName: string;
  supporterName: string | null;
  supporterEmail: string | null;
  signatureStatus: string;
  postcode: string | null;
  areaName: string | null;
  title: string;
  body: string;
}

/**
 * Sends supporters' messages to their representatives when they fall due. A permanent refusal
 * (5xx) fails the message; when it refuses the recipient (RCPT TO, 5.1.x: see classifySmtpFailure)
 * it also marks the target's address failed: every later message to it is FAILED without being
 * sent, until an admin upserts the target again. A temporary failure is tried again later, like a recipient's delivery.
 * Runs every TARGET_DISPATCH_INTERVAL_MS in worker processes; messages are claimed with SKIP
 * LOCKED, so several workers share the work, and only while their target is within its rate.
 */
@Injectable()
export class TargetMessageWorker extends RepeatingWorker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {
    super();
  }

  protected repetition(): Repetition {
    return {
      everyMs: this.config.targetDispatchIntervalMs,
      work: () => this.dispatchDue(),
      failure: 'messages to targets not dispatched',
    };
  }

  /** Sends the messages due by `at` (the database's clock when not given); how many were tried. */
  async dispatchDue(at?: Date): Promise<number> {
    let tried = 0;
    // Bounded even when every claim loses its race to another worker.
    for (let round = 0; tried < ROUND_LIMIT && round < 2 * ROUND_LIMIT; round++) {
      const claimed = await this.claim(at ?? null);
      if (claimed === null) break;
      if (claimed === LOST) continue;
      tried += 1;
      await this.send(claimed);
    }
    return tried;
  }

  /**
   * The next due message whose target may be written to now (WITHIN_RATE), moved to SENDING; or
   * one a dead worker left SENDING for too long. The target is locked before the message, as the
   * scheduler and a failed address do, and the rate is checked again under that lock, so two
   * workers never both send to one target past its rate. LOST when another worker got there first.
   */
  private async claim(at: Date | null): Promise<string | typeof LOST | null> {
    return this.dataSource.transaction(async (manager) => {
      const due = `((m.status = 'PENDING' AND m.scheduled_at <= coalesce($1::timestamptz, now()) AND ${WITHIN_RATE})
                    OR (m.status = 'SENDING' AND m.claimed_at < now() - make_interval(secs => $2)))`;
      const params = [at, this.config.delivery.timeoutSeconds, MAX_PER_TARGET_PER_HOUR, DEFAULT_PER_TARGET_PER_HOUR];
      const [candidate] = (await manager.query(
        `SELECT m.id, m.target_id AS "targetId" FROM target_messages m
         LEFT JOIN letter_targeting lt ON lt.letter_id = m.letter_id
         WHERE ${due} ORDER BY m.scheduled_at LIMIT 1`,
        params,
      )) as { id: string; targetId: string }[];
      if (!candidate) return null;
      await manager.query('SELECT 1 FROM targets WHERE id = $1 FOR NO KEY UPDATE', [candidate.targetId]);
      // An UPDATE … RETURNING answers [rows, count].
      const [rows] = (await manager.query(
        `UPDATE target_messages SET status = 'SENDING', claimed_at = now()
         WHERE id = (SELECT m.id FROM target_messages m LEFT JOIN letter_targeting lt ON lt.letter_id = m.letter_id
                     WHERE m.id = $5 AND ${due} FOR UPDATE OF m SKIP LOCKED)
         RETURNING id`,
        [...params, candidate.id],
      )) as [{ id: string }[], number];
      const id = rows[0]?.id;
      if (!id) return LOST;
      await this.event(manager, id, DeliveryStatus.SENDING, null);
      return id;
    });
  }

  private async send(id: string): Promise<void> {
    const message = await this.read(id);
    if (!message.to || message.addressFailed) {
      await this.finish(id, DeliveryStatus.FAILED, ADDRESS_FAILED_NOTE);
      return;
    }
    // Withdrawn or invalidated (fraud) since: nothing goes out in the supporter's name.
    if (message.signatureStatus !== 'CONFIRMED') {
      await this.finish(
        id,
        DeliveryStatus.FAILED,
        `Not sent: the signature was ${message.signatureStatus.toLowerCase()}`,
      );
      return;
    }
    if (!message.supporterEmail || !message.supporterName) {
      await this.finish(id, DeliveryStatus.FAILED, "Not sent: the supporter's data was erased");
      return;
    }
    // An attempt counts from here: the only step that reaches the target's server.
    const [[attempt]] = (await this.dataSource.query(
      `UPDATE target_messages SET attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, now())
       WHERE id = $1 RETURNING attempts, first_attempt_at AS "firstAttemptAt"`,
      [id],
    )) as [{ attempts: number; firstAttemptAt: Date }[], number];
    Object.assign(message, attempt);
    try {
      await this.mail.send(this.compose(message));
      await this.finish(id, DeliveryStatus.SENT, null);
    } catch (error) {
      await this.failed(message, classifySmtpFailure(error));
    }
  }

  private compose(message: MessageRow): MailMessage {
    const name = message.supporterName as string;
    const where = [message.areaName, message.postcode ? spacedPostcode(message.postcode) : null]
      .filter(Boolean)
      .join(', ');
    const text = [
      message.body,
      '',
      name,
      where,
      '',
      '--',
      `${name} signed the public letter "${message.title}" and sends it to you as their representative.`,
      'Reply to this message to answer them directly.',
    ].join('\n');
    const address = /<([^>]+)>/.exec(this.config.mailFrom)?.[1] ?? this.config.mailFrom;
    return {
      from: { name: `${displayName(name)} (via Undersigned)`, address },
      replyTo: message.supporterEmail as string,
      to: message.to as string,
      subject: message.title,
      text,
      messageId: message.messageId,
    };
  }

  /** Like a recipient's delivery (deliveryRetryPolicy): retried until DELIVERY_RETRY_HOURS after the first attempt. */
  private async failed(message: MessageRow, refusal: Refusal): Promise<void> {
    const { note } = refusal;
    await this.dataSource.transaction(async (manager) => {
      const next = whenToRetry(refusal, deliveryRetryPolicy(this.config.delivery), message, new Date());
      if (!next) {
        await this.finishIn(manager, message.id, DeliveryStatus.FAILED, note);
        // Only a refusal of the target's address fails it; our relay refusing us or the text fails this message alone.
        if (refusal.kind === RefusalKind.BAD_RECIPIENT) await this.addressFailed(manager, message.targetId);
        return;
      }
      await manager.query(
        `UPDATE target_messages SET status = 'PENDING', scheduled_at = $2, last_error = $3, claimed_at = NULL
         WHERE id = $1 AND status = 'SENDING'`,
        [message.id, next, note],
      );
      await this.event(manager, message.id, DeliveryStatus.PENDING, `Retrying: ${note}`);
    });
  }

  /** The target's address failed for good: no message is sent to it again, until an admin changes it. */
  private async addressFailed(manager: EntityManager, targetId: string): Promise<void> {
    await manager.query('UPDATE targets SET email_failed_at = now() WHERE id = $1 AND email_failed_at IS NULL', [
      targetId,
    ]);
    const pending = (await manager.query(
      `UPDATE target_messages SET status = 'FAILED', last_error = $2, claimed_at = NULL
       WHERE target_id = $1 AND status = 'PENDING' RETURNING id`,
      [targetId, ADDRESS_FAILED_NOTE],
    )) as [{ id: string }[], number];
    for (const { id } of pending[0]) await this.event(manager, id, DeliveryStatus.FAILED, ADDRESS_FAILED_NOTE);
  }

  private async finish(id: string, status: DeliveryStatus, note: string | null): Promise<void> {
    await this.dataSource.transaction((manager) => this.finishIn(manager, id, status, note));
  }

  private async finishIn(
    manager: EntityManager,
    id: string,
    status: DeliveryStatus,
    note: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE target_messages SET status = $2::text::delivery_status, last_error = $3, claimed_at = NULL,
         sent_at = CASE WHEN $2::text = 'SENT' THEN now() END
       WHERE id = $1 AND status = 'SENDING'`,
      [id, status, status === DeliveryStatus.SENT ? null : note],
    );
    await this.event(manager, id, status, note);
  }

  private async event(manager: EntityManager, id: string, status: DeliveryStatus, note: string | null): Promise<void> {
    await manager.query('INSERT INTO target_message_events (message_id, status, note) VALUES ($1, $2, $3)', [
      id,
      status,
      note,
    ]);
  }

  private async read(id: string): Promise<MessageRow> {
    const [row] = (await this.dataSource.query(
      `SELECT m.id, m.target_id AS "targetId", m.message_id AS "messageId", m.attempts,
              m.first_attempt_at AS "firstAttemptAt", t.email AS "to", t.email_failed_at IS NOT NULL AS "addressFailed",
              t.name AS "targetName", s.name AS "supporterName", s.email AS "supporterEmail", s.postcode,
              s.status AS "signatureStatus",
              a.name AS "areaName", v.title, v.body
       FROM target_messages m
       JOIN targets t ON t.id = m.target_id
       JOIN signatures s ON s.id = m.signature_id
       LEFT JOIN areas a ON a.type = t.area_type AND a.code = t.area_code
       -- The version the supporter confirmed, not the letter's current one.
       JOIN letter_versions v ON v.letter_id = m.letter_id AND v.number = m.letter_version
       WHERE m.id = $1`,
      [id],
    )) as MessageRow[];
    return row;
  }
}
