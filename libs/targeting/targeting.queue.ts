import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, QUEUE, transactionalDb, type AppConfig } from '@undersigned/common';

/** A signature was confirmed: find its area (the lookup may fail: retried), then queue its messages. */
export const CONFIRMED_SIGNATURE_QUEUE = 'targeting.signature-confirmed';

export const TARGETING_QUEUES = [CONFIRMED_SIGNATURE_QUEUE];

export interface ConfirmedSignatureJobData {
  signatureId: string;
  /** The letter's version current at the confirmation (absent in jobs queued before it was recorded). */
  letterVersion?: number;
}

/** Retries with backoff from POSTCODE_LOOKUP_RETRY_SECONDS: a service down for a day still gets the area filled in. */
const LOOKUP_RETRIES = 12;

@Injectable()
export class TargetingQueue {
  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * In the confirmation's transaction: the job exists if and only if the confirmation committed.
   * It records the letter's version the supporter confirmed, which their messages will carry.
   */
  async confirmed(manager: EntityManager, signatureId: string, letterId: string): Promise<void> {
    const [letter] = (await manager.query('SELECT current_version AS "version" FROM letters WHERE id = $1', [
      letterId,
    ])) as { version: number }[];
    const data: ConfirmedSignatureJobData = { signatureId, letterVersion: letter.version };
    await this.boss.send(CONFIRMED_SIGNATURE_QUEUE, data, {
      singletonKey: signatureId,
      retryLimit: LOOKUP_RETRIES,
      retryDelay: this.config.postcodeLookupRetrySeconds,
      retryBackoff: true,
      db: transactionalDb(manager),
    });
  }
}
