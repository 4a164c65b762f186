import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { QUEUE, transactionalDb } from '@undersigned/common';
import { LETTER_PUBLISH_QUEUE, LETTER_PUBLISH_SWEEP_QUEUE } from './letter-publication.queue';

// Kept exported from here for the contexts that import it from letters.
export { transactionalDb };

export const LETTER_DEADLINE_QUEUE = 'letters.close-at-deadline';
export const LETTER_DEADLINE_SWEEP_QUEUE = 'letters.close-overdue';

export const LETTER_QUEUES = [
  LETTER_DEADLINE_QUEUE,
  LETTER_DEADLINE_SWEEP_QUEUE,
  LETTER_PUBLISH_QUEUE,
  LETTER_PUBLISH_SWEEP_QUEUE,
];

export interface LetterDeadlineJobData {
  letterId: string;
}

/** Queues the close of a letter at its endorsement deadline. */
@Injectable()
export class LetterDeadlineQueue {
  constructor(@Inject(QUEUE) private readonly boss: PgBoss) {}

  async scheduleClose(manager: EntityManager, letterId: string, deadline: Date): Promise<void> {
    const data: LetterDeadlineJobData = { letterId };
    await this.boss.send(LETTER_DEADLINE_QUEUE, data, {
      startAfter: deadline,
      singletonKey: letterId,
      retryLimit: 10,
      retryBackoff: true,
      db: transactionalDb(manager),
    });
  }
}
