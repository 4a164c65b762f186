import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QUEUE } from '@undersigned/common';
import { UnverifiedAccountsService } from '../unverified-accounts.service';

export const UNVERIFIED_ACCOUNTS_QUEUE = 'accounts.delete-unverified';
/** Hourly, at a minute of its own. */
export const UNVERIFIED_ACCOUNTS_CRON = '23 * * * *';

/** Every hour, in a worker: deletes accounts left unverified past their time, and stale sign-in counts. */
@Injectable()
export class UnverifiedAccountsWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(UnverifiedAccountsWorker.name);

  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    private readonly accounts: UnverifiedAccountsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work(UNVERIFIED_ACCOUNTS_QUEUE, async () => {
      const deleted = await this.accounts.deleteExpired();
      if (deleted) this.logger.log(`deleted ${deleted} accounts left unverified`);
    });
    await this.boss.schedule(UNVERIFIED_ACCOUNTS_QUEUE, UNVERIFIED_ACCOUNTS_CRON);
  }
}
