import { Module } from '@nestjs/common';
import { LettersJobsModule } from '@undersigned/letters';
import { HeartbeatJob } from './heartbeat.job';

/** The background jobs. Imported by the worker process, and by the API unless WORKER=off. */
@Module({ imports: [LettersJobsModule], providers: [HeartbeatJob] })
export class WorkerModule {}
