import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QUEUE, ScheduledWorker } from '@undersigned/common';
import { LetterPublicationService } from '../letter-publication.service';
import {
  LETTER_PUBLISH_QUEUE,
  LETTER_PUBLISH_SWEEP_QUEUE,
  type LetterPublishJobData,
} from './letter-publication.queue';

/** In worker processes: publishes letters at their publishAt, and sweeps every minute for any missed. */
@Injectable()
export class LetterPublicationWorker extends ScheduledWorker {
  constructor(
    @Inject(QUEUE) boss: PgBoss,
    private readonly publication: LetterPublicationService,
  ) {
    super(boss, LETTER_PUBLISH_SWEEP_QUEUE, '* * * * *');
  }

  override async onApplicationBootstrap(): Promise<void> {
    await this.boss.work<LetterPublishJobData>(LETTER_PUBLISH_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) {
        if (await this.publication.publishIfDue(job.data.letterId))
          this.logger.log(`published letter ${job.data.letterId}`);
      }
    });
    await super.onApplicationBootstrap();
  }

  /** The sweep: publishes every letter whose hour has come and that is not yet published. */
  protected async run(): Promise<void> {
    for (const letterId of await this.publication.due()) await this.publication.publishIfDue(letterId);
  }
}
