import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QUEUE, ScheduledWorker } from '@undersigned/common';
import { UnverifiedAccountsService } from '../unverified-accounts.service';

export const UNVERIFIED_ACCOUNTS_QUEUE = 'accounts.delete-unverified';
/** Hourly, at a minute of its own. */
export const UNVERIFIED_ACCOUNTS_CRON = '23 * * * *';

/** Every hour, in a worker: deletes accounts left unverified past their time, and stale sign-in counts. */
@Injectable()
export class UnverifiedAccountsWorker extends ScheduledWorker {
  constructor(
    @Inject(QUEUE) boss: PgBoss,
    private readonly accounts: UnverifiedAccountsService,
  ) {
    super(boss, UNVERIFIED_ACCOUNTS_QUEUE, UNVERIFIED_ACCOUNTS_CRON);
  }

  protected async run(): Promise<void> {
    const deleted = await this.accounts.deleteExpired();
    if (deleted) this.logger.log(`deleted ${deleted} accounts left unverified`);
  }
}
