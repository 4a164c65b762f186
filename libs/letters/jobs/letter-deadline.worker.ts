import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QUEUE, ScheduledWorker } from '@undersigned/common';
import { LetterLifecycleService } from '../letter-lifecycle.service';
import {
  LETTER_DEADLINE_QUEUE,
  LETTER_DEADLINE_SWEEP_QUEUE,
  type LetterDeadlineJobData,
} from './letter-deadline.queue';

/** In worker processes: closes letters at their deadline, and sweeps every minute for any missed. */
@Injectable()
export class LetterDeadlineWorker extends ScheduledWorker {
  constructor(
    @Inject(QUEUE) boss: PgBoss,
    private readonly lifecycle: LetterLifecycleService,
  ) {
    super(boss, LETTER_DEADLINE_SWEEP_QUEUE, '* * * * *');
  }

  override async onApplicationBootstrap(): Promise<void> {
    await this.boss.work<LetterDeadlineJobData>(LETTER_DEADLINE_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) {
        if (await this.lifecycle.closeIfDue(job.data.letterId)) this.logger.log(`closed letter ${job.data.letterId}`);
      }
    });
    await super.onApplicationBootstrap();
  }

  /** The sweep: closes every letter past its deadline that is still open. */
  protected async run(): Promise<void> {
    for (const letterId of await this.lifecycle.overdue()) await this.lifecycle.closeIfDue(letterId);
  }
}
