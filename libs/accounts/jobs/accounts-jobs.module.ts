import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts.module';
import { UnverifiedAccountsWorker } from './unverified-accounts.worker';

export { UNVERIFIED_ACCOUNTS_QUEUE } from './unverified-accounts.worker';

/** The accounts' background jobs, for worker processes. */
@Module({ imports: [AccountsModule], providers: [UnverifiedAccountsWorker] })
export class AccountsJobsModule {}
