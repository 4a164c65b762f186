import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { invalidState, type Actor } from '@undersigned/common';
import { LetterAccess, LetterPolicy, toLetterObject, type LetterObject } from '@undersigned/letters';
import { TARGET_ROW_COLUMNS, toTargetObject, type TargetRow } from '@undersigned/representatives';
import type { TargetingInput } from './dto/targeting.input';
import type { TargetDeliveriesObject, TargetingObject } from './dto/targeting.objects';
import { DEFAULT_PER_TARGET_PER_HOUR, TargetingMode } from './targeting-mode';

/** Targets shown per letter at most: a Parliament's worth. */
const MAX_TARGETS_SHOWN = 1_000;

interface DeliveriesRow extends TargetRow {
  constituents: number;
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  attempts: number;
  lastSentAt: Date | null;
  addressFailedAt: Date | null;
  lastError: string | null;
}

/** Whom a letter's supporters write to, and how their messages to representatives stand. */
@Injectable()
export class TargetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
  ) {}

  /**
   * Leads' OWNER or COORDINATOR. OWN_REPRESENTATIVE needs supporters who give a postcode; those
   * who sign from then on write to their representative once they confirm (earlier ones, even if
   * they confirm later, agreed to nothing of the kind).
   */
  async set(actor: Actor, input: TargetingInput): Promise<LetterObject> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, input.letterId);
      if (input.mode === TargetingMode.OWN_REPRESENTATIVE) {
        const [petition] = (await manager.query(
          'SELECT accept_supporters AND ask_postcode AS ready FROM petition_settings WHERE letter_id = $1',
          [letter.id],
        )) as { ready: boolean }[];
        if (!petition?.ready) {
          throw invalidState('Accept supporters and ask for their postcode first (setPetitionSettings)');
        }
      }
      await manager.query(
        `INSERT INTO letter_targeting (letter_id, mode, area_type, per_target_per_hour, enabled_at)
         VALUES ($1, $2::text::targeting_mode, $3, $4, CASE WHEN $2::text = 'OWN_REPRESENTATIVE' THEN now() END)
         ON CONFLICT (letter_id) DO UPDATE SET mode = EXCLUDED.mode, area_type = EXCLUDED.area_type,
           per_target_per_hour = EXCLUDED.per_target_per_hour, updated_at = now(),
           enabled_at = CASE WHEN EXCLUDED.mode <> 'OWN_REPRESENTATIVE' THEN NULL
                             ELSE coalesce(letter_targeting.enabled_at, now()) END`,
        [letter.id, input.mode, input.areaType, input.perTargetPerHour ?? DEFAULT_PER_TARGET_PER_HOUR],
      );
      return toLetterObject(letter, LetterAccess.LEAD);
    });
  }

  async forLetters(letterIds: readonly string[]): Promise<(TargetingObject | null)[]> {
    const rows = (await this.dataSource.query(
      `SELECT letter_id AS "letterId", mode, area_type AS "areaType", per_target_per_hour AS "perTargetPerHour"
       FROM letter_targeting WHERE letter_id = ANY($1)`,
      [letterIds],
    )) as (TargetingObject & { letterId: string })[];
    const byLetter = new Map(rows.map(({ letterId, ...targeting }) => [letterId, targeting]));
    return letterIds.map((id) => byLetter.get(id) ?? null);
  }

  /** Per target, the letter's messages by status; for leads (the caller checks), with addresses. */
  async deliveries(letterId: string): Promise<TargetDeliveriesObject[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${TARGET_ROW_COLUMNS}, m.constituents, m.pending, m.sending, m.sent, m.failed, m.attempts,
              m."lastSentAt", t.email_failed_at AS "addressFailedAt",
              (SELECT last_error FROM target_messages x WHERE x.letter_id = $1 AND x.target_id = t.id
                 AND x.last_error IS NOT NULL ORDER BY x.scheduled_at DESC LIMIT 1) AS "lastError"
       FROM (SELECT target_id,
               count(*)::int AS constituents,
               count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
               count(*) FILTER (WHERE status = 'SENDING')::int AS sending,
               count(*) FILTER (WHERE status = 'SENT')::int AS sent,
               count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
               coalesce(sum(attempts), 0)::int AS attempts,
               max(sent_at) AS "lastSentAt"
             FROM target_messages WHERE letter_id = $1 GROUP BY target_id) m
       JOIN targets t ON t.id = m.target_id
       LEFT JOIN areas a ON a.type = t.area_type AND a.code = t.area_code
       ORDER BY m.constituents DESC, t.name, t.id
       LIMIT ${MAX_TARGETS_SHOWN}`,
      [letterId],
    )) as DeliveriesRow[];
    return rows.map((row) => ({
      target: toTargetObject(row, { withEmail: true }),
      constituents: row.constituents,
      pending: row.pending,
      sending: row.sending,
      sent: row.sent,
      failed: row.failed,
      attempts: row.attempts,
      lastSentAt: row.lastSentAt,
      addressFailedAt: row.addressFailedAt,
      lastError: row.lastError,
    }));
  }
}
