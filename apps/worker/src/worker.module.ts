import { Module } from '@nestjs/common';
import { AccountsJobsModule } from '@undersigned/accounts';
import { MailJobsModule } from '@undersigned/common';
import { DeliveriesJobsModule } from '@undersigned/deliveries';
import { EndorsementsJobsModule } from '@undersigned/endorsements';
import { LettersJobsModule } from '@undersigned/letters';
import { SupportersJobsModule } from '@undersigned/supporters';
import { TargetingJobsModule } from '@undersigned/targeting';
import { WebhooksJobsModule } from '@undersigned/webhooks';
import { HeartbeatJob } from './heartbeat.job';

/** The background jobs. Imported by the worker process, and by the API unless WORKER=off. */
@Module({
  imports: [
    MailJobsModule,
    AccountsJobsModule,
    LettersJobsModule,
    EndorsementsJobsModule,
    SupportersJobsModule,
    DeliveriesJobsModule,
    TargetingJobsModule,
    WebhooksJobsModule,
  ],
  providers: [HeartbeatJob],
})
export class WorkerModule {}
