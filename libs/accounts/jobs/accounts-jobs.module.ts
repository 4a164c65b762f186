import { Module } from '@nestjs/common';
import { SignInThrottleService } from '../sign-in-throttle.service';
import { UnverifiedAccountsService } from '../unverified-accounts.service';
import { UnverifiedAccountsWorker } from './unverified-accounts.worker';

export { UNVERIFIED_ACCOUNTS_CRON, UNVERIFIED_ACCOUNTS_QUEUE } from './unverified-accounts.worker';

/**
 * The accounts' background jobs, for worker processes. It provides the services it needs rather than
 * importing AccountsModule, whose resolvers need the API's throttler (absent from a worker alone).
 */
@Module({ providers: [SignInThrottleService, UnverifiedAccountsService, UnverifiedAccountsWorker] })
export class AccountsJobsModule {}
