import { Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QUEUE } from '../queue/queue.module';
import { MAIL_QUEUE, MailService, type MailJobData } from './mail.service';
import { isFinal } from './sending/refusal';
import { classifySmtpFailure } from './sending/smtp-refusal';

/** Messages sent at once by one worker loop (each its own SMTP connection). */
const MAIL_BATCH = 10;

/** Sends the queued transactional mail; a failed send is retried by pg-boss, with backoff (MAIL_QUEUE_RETRY). */
@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailWorker.name);

  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    private readonly mail: MailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work<MailJobData>(
      MAIL_QUEUE,
      { pollingIntervalSeconds: 1, batchSize: MAIL_BATCH },
      async (jobs) => {
        // Each job succeeds or fails alone: the failed ones are handed back for a retry, the rest complete.
        const results = await Promise.allSettled(jobs.map((job) => this.send(job.data)));
        const failed = jobs.filter((_job, i) => results[i].status === 'rejected').map((job) => job.id);
        for (const id of failed) await this.boss.fail(MAIL_QUEUE, id, { message: 'not sent; will retry' });
      },
    );
  }

  /** Sends one message; throws on a temporary failure (retried), swallows a permanent refusal. */
  async send({ message, purpose }: MailJobData): Promise<void> {
    try {
      await this.mail.send(message);
    } catch (error) {
      const refusal = classifySmtpFailure(error);
      // A permanent refusal will not change on retry. SMTP replies may quote addresses: log the code only.
      if (isFinal(refusal)) {
        this.logger.warn(`${purpose} mail refused for good (${refusal.code})`);
        return;
      }
      this.logger.warn(`${purpose} mail not sent yet (${refusal.code}); will retry`);
      throw error;
    }
  }
}

/** The mail job, for worker processes. */
@Module({ providers: [MailWorker] })
export class MailJobsModule {}
