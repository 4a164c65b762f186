import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { QUEUE } from '@undersigned/common';

export const LETTER_DEADLINE_QUEUE = 'letters.close-at-deadline';
export const LETTER_DEADLINE_SWEEP_QUEUE = 'letters.close-overdue';

export const LETTER_QUEUES = [LETTER_DEADLINE_QUEUE, LETTER_DEADLINE_SWEEP_QUEUE];

export interface LetterDeadlineJobData {
  letterId: string;
}

/** pg-boss runs its SQL through the caller's transaction: the job exists iff the change commits. */
export function transactionalDb(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('transactionalDb needs a transaction');
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await runner.query(text, values, true)).records as unknown[],
    }),
  };
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
