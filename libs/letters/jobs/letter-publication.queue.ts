import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { QUEUE, transactionalDb } from '@undersigned/common';

/** One job per publishAt set: at its hour it publishes the letter if that is still its hour. */
export const LETTER_PUBLISH_QUEUE = 'letters.publish-at';
/** Every minute: letters whose hour has come but are not yet published (a job lost, or not yet run). */
export const LETTER_PUBLISH_SWEEP_QUEUE = 'letters.publish-due';

export interface LetterPublishJobData {
  letterId: string;
}

/** Queues the publication of a letter at its publishAt, in the transaction that sets it. */
@Injectable()
export class LetterPublicationQueue {
  constructor(@Inject(QUEUE) private readonly boss: PgBoss) {}

  /**
   * A job for this time. An earlier job for an older time stays queued and, when it runs, finds
   * the letter's hour not yet come and does nothing (LetterPublicationService.publishIfDue).
   */
  async schedulePublish(manager: EntityManager, letterId: string, publishAt: Date): Promise<void> {
    const data: LetterPublishJobData = { letterId };
    await this.boss.send(LETTER_PUBLISH_QUEUE, data, {
      startAfter: publishAt,
      retryLimit: 10,
      retryBackoff: true,
      db: transactionalDb(manager),
    });
  }
}
