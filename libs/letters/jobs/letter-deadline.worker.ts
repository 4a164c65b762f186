import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QUEUE } from '@undersigned/common';
import { LetterLifecycleService } from '../letter-lifecycle.service';
import {
  LETTER_DEADLINE_QUEUE,
  LETTER_DEADLINE_SWEEP_QUEUE,
  type LetterDeadlineJobData,
} from './letter-deadline.queue';

/** In worker processes: closes letters at their deadline, and sweeps every minute for any missed. */
@Injectable()
export class LetterDeadlineWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(LetterDeadlineWorker.name);

  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    private readonly lifecycle: LetterLifecycleService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work<LetterDeadlineJobData>(LETTER_DEADLINE_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) {
        if (await this.lifecycle.closeIfDue(job.data.letterId)) this.logger.log(`closed letter ${job.data.letterId}`);
      }
    });
    await this.boss.work(LETTER_DEADLINE_SWEEP_QUEUE, async () => {
      for (const letterId of await this.lifecycle.overdue()) await this.lifecycle.closeIfDue(letterId);
    });
    await this.boss.schedule(LETTER_DEADLINE_SWEEP_QUEUE, '* * * * *');
  }
}
