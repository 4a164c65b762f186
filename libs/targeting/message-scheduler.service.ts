import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';
import { DeliveryStatus } from '@undersigned/deliveries';
import { MAX_PER_TARGET_PER_HOUR } from './targeting-mode';

/** Up to this share of the spacing is added at random, so messages do not arrive like clockwork. */
export const JITTER = 0.25;

/** A message not sent because the target's address failed permanently before. */
export const ADDRESS_FAILED_NOTE = 'Not sent: this address failed permanently before';

/** Seconds between two messages of one letter to one target, at `perTargetPerHour` (capped at the platform's maximum). */
export function spacingSecondsFor(perTargetPerHour: number): number {
  return 3600 / Math.min(Math.max(perTargetPerHour, 1), MAX_PER_TARGET_PER_HOUR);
}

export interface ConfirmedSupporter {
  signatureId: string;
  letterId: string;
  /** The letter's version current when the signature was confirmed: the text sent. */
  letterVersion: number;
  areaType: string;
  areaCode: string;
  perTargetPerHour: number;
}

/**
 * Queues a confirmed supporter's message to each current target of their area, at most one per
 * (signature, target) by the table's unique key. A letter's messages to a target are spaced at
 * least 3600 / perTargetPerHour seconds apart (plus jitter) after that letter's own messages
 * still to send: another campaign's queue, or messages withdrawn or sent long ago, never push
 * them back. The target's row is locked while its next time is chosen. The dispatcher enforces
 * the rate again when it sends (TargetMessageWorker.claim), so a backlog after an outage is not
 * sent back to back.
 */
@Injectable()
export class MessageSchedulerService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async schedule(manager: EntityManager, supporter: ConfirmedSupporter): Promise<number> {
    const targets = (await manager.query(
      `SELECT id, email_failed_at IS NOT NULL AS failed FROM targets
       WHERE area_type = $1 AND area_code = $2 AND email IS NOT NULL
         AND (valid_from IS NULL OR valid_from <= current_date) AND (valid_to IS NULL OR valid_to > current_date)
       ORDER BY id FOR NO KEY UPDATE`,
      [supporter.areaType, supporter.areaCode],
    )) as { id: string; failed: boolean }[];
    const spacingSeconds = spacingSecondsFor(supporter.perTargetPerHour);
    let queued = 0;
    for (const target of targets) {
      const status = target.failed ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
      const inserted = (await manager.query(
        `INSERT INTO target_messages (letter_id, signature_id, target_id, status, scheduled_at, message_id, last_error,
           letter_version)
         SELECT $1, $2, $3, $4::text::delivery_status,
           CASE WHEN $4::text = 'FAILED' THEN now() ELSE
             greatest(now(), (SELECT max(scheduled_at) FROM target_messages
                              WHERE letter_id = $1 AND target_id = $3 AND status IN ('PENDING', 'SENDING'))
                             + make_interval(secs => $5)) + make_interval(secs => $5 * $6 * random()) END,
           $7, CASE WHEN $4::text = 'FAILED' THEN $8 END, $9
         ON CONFLICT (signature_id, target_id) DO NOTHING
         RETURNING id`,
        [
          supporter.letterId,
          supporter.signatureId,
          target.id,
          status,
          spacingSeconds,
          JITTER,
          `<${randomUUID()}@${new URL(this.config.publicUrl).hostname}>`,
          ADDRESS_FAILED_NOTE,
          supporter.letterVersion,
        ],
      )) as { id: string }[];
      if (!inserted.length) continue;
      await manager.query(`INSERT INTO target_message_events (message_id, status, note) VALUES ($1, $2, $3)`, [
        inserted[0].id,
        status,
        target.failed ? ADDRESS_FAILED_NOTE : 'Queued',
      ]);
      if (!target.failed) queued += 1;
    }
    return queued;
  }
}
