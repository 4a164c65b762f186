import { Module } from '@nestjs/common';
import { SignOnRequestsWorker } from './sign-on-requests.worker';

export { SIGN_ON_REQUESTS_CRON, SIGN_ON_REQUESTS_QUEUE, forgetExpiredSignOnRequests } from './sign-on-requests.worker';

/** The endorsements' background jobs, for worker processes. */
@Module({ providers: [SignOnRequestsWorker] })
export class EndorsementsJobsModule {}
