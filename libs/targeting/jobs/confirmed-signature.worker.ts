import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { QUEUE } from '@undersigned/common';
import { normaliseUkPostcode, RepresentativesService, WESTMINSTER } from '@undersigned/representatives';
import { MessageSchedulerService } from '../message-scheduler.service';
import { TargetingMode } from '../targeting-mode';
import { CONFIRMED_SIGNATURE_QUEUE, type ConfirmedSignatureJobData } from '../targeting.queue';

interface SignatureRow {
  id: string;
  letterId: string;
  status: string;
  postcode: string | null;
  areaCode: string | null;
  mode: TargetingMode | null;
  areaType: string | null;
  perTargetPerHour: number | null;
  /** Signed while the letter asked supporters to write to their representatives. */
  writes: boolean;
  /** The letter's version current when the signature was confirmed, by the versions' times. */
  confirmedVersion: number;
}

/**
 * After a confirmation: fills in the signature's area from its postcode (a failed lookup fails the
 * job, which pg-boss retries with backoff: signing never waits for it), then, when the letter
 * asks supporters to write to their own representative, queues their messages.
 */
@Injectable()
export class ConfirmedSignatureWorker implements OnApplicationBootstrap {
  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly representatives: RepresentativesService,
    private readonly scheduler: MessageSchedulerService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work<ConfirmedSignatureJobData>(
      CONFIRMED_SIGNATURE_QUEUE,
      { pollingIntervalSeconds: 1, batchSize: 1 },
      async ([job]) => this.handle(job.data.signatureId, job.data.letterVersion),
    );
  }

  /** `letterVersion`: the letter's version at the confirmation, as the job recorded it. */
  async handle(signatureId: string, letterVersion?: number): Promise<void> {
    const signature = await this.read(signatureId);
    if (!signature || signature.status !== 'CONFIRMED') return;
    const areaType = signature.areaType ?? WESTMINSTER;
    let areaCode = signature.areaCode;
    // Signing keeps any postcode-like text; only a UK-shaped one can be looked up (never retried in vain).
    if (!areaCode && signature.postcode && normaliseUkPostcode(signature.postcode)) {
      // Throws LookupUnavailableError on a timeout or 5xx: the job is retried later.
      const area = await this.representatives.areaForPostcode(signature.postcode, areaType);
      if (area) {
        // `dirty`: the counts by area are folded again with it.
        await this.dataSource.query(
          'UPDATE signatures SET area_code = $2, dirty = true WHERE id = $1 AND area_code IS NULL',
          [signatureId, area.code],
        );
        areaCode = area.code;
      }
    }
    if (!areaCode || signature.mode !== TargetingMode.OWN_REPRESENTATIVE || !signature.writes) return;
    await this.dataSource.transaction(async (manager) => {
      // Under the signature's lock, so that an erasure or withdrawal meanwhile is seen.
      const [current] = (await manager.query(`SELECT status FROM signatures WHERE id = $1 FOR SHARE`, [
        signatureId,
      ])) as { status: string }[];
      if (current?.status !== 'CONFIRMED') return;
      await this.scheduler.schedule(manager, {
        signatureId,
        letterId: signature.letterId,
        letterVersion: letterVersion ?? signature.confirmedVersion,
        areaType,
        areaCode: areaCode as string,
        perTargetPerHour: signature.perTargetPerHour as number,
      });
    });
  }

  private async read(signatureId: string): Promise<SignatureRow | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT s.id, s.letter_id AS "letterId", s.status, s.postcode, s.area_code AS "areaCode",
              t.mode, t.area_type AS "areaType", t.per_target_per_hour AS "perTargetPerHour",
              coalesce(t.enabled_at <= s.created_at, false) AS writes,
              coalesce((SELECT max(v.number) FROM letter_versions v
                        WHERE v.letter_id = s.letter_id AND v.created_at <= s.confirmed_at), l.current_version)
                AS "confirmedVersion"
       FROM signatures s JOIN letters l ON l.id = s.letter_id
       LEFT JOIN letter_targeting t ON t.letter_id = s.letter_id
       WHERE s.id = $1`,
      [signatureId],
    )) as SignatureRow[];
    return row;
  }
}
