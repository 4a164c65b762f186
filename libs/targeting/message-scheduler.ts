import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';
import { DeliveryStatus } from '@undersigned/deliveries';

/** Up to this share of the spacing is added at random, so messages do not arrive like clockwork. */
export const JITTER = 0.25;

/** A message not sent because the target's address failed permanently before. */
export const ADDRESS_FAILED_NOTE = 'Not sent: this address failed permanently before';

export interface ConfirmedSupporter {
  signatureId: string;
  letterId: string;
  areaType: string;
  areaCode: string;
  perTargetPerHour: number;
}

/**
 * Queues a confirmed supporter's message to each current target of their area, at most one per
 * (signature, target) by the table's unique key. Each target's messages are spaced at least
 * 3600 / perTargetPerHour seconds apart (plus jitter), so no hour holds more than
 * perTargetPerHour of them; the target's row is locked while its next time is chosen.
 */
@Injectable()
export class MessageScheduler {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async schedule(manager: EntityManager, supporter: ConfirmedSupporter): Promise<number> {
    const targets = (await manager.query(
      `SELECT id, email_failed_at IS NOT NULL AS failed FROM targets
       WHERE area_type = $1 AND area_code = $2 AND email IS NOT NULL
         AND (valid_from IS NULL OR valid_from <= current_date) AND (valid_to IS NULL OR valid_to > current_date)
       ORDER BY id FOR NO KEY UPDATE`,
      [supporter.areaType, supporter.areaCode],
    )) as { id: string; failed: boolean }[];
    const spacingSeconds = 3600 / supporter.perTargetPerHour;
    let queued = 0;
    for (const target of targets) {
      const status = target.failed ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
      const inserted = (await manager.query(
        `INSERT INTO target_messages (letter_id, signature_id, target_id, status, scheduled_at, message_id, last_error)
         SELECT $1, $2, $3, $4::text::delivery_status,
           CASE WHEN $4::text = 'FAILED' THEN now() ELSE
             greatest(now(), (SELECT max(scheduled_at) FROM target_messages WHERE target_id = $3)
                             + make_interval(secs => $5)) + make_interval(secs => $5 * $6 * random()) END,
           $7, CASE WHEN $4::text = 'FAILED' THEN $8 END
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
