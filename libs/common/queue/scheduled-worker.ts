import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type PgBoss from 'pg-boss';

/**
 * A job pg-boss runs on a cron schedule, in worker processes: each time the schedule comes round,
 * one worker takes the job and calls `run`. A subclass names the queue and the schedule, and does
 * the work; the set-up (work the queue, store the schedule) is written here once.
 */
export abstract class ScheduledWorker implements OnApplicationBootstrap {
  protected readonly logger = new Logger(this.constructor.name);

  protected constructor(
    protected readonly boss: PgBoss,
    private readonly queue: string,
    private readonly cron: string,
  ) {}

  /** One scheduled run. */
  protected abstract run(): Promise<void>;

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work(this.queue, () => this.run());
    await this.boss.schedule(this.queue, this.cron);
  }
}
