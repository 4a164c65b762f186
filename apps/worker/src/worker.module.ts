import { Module } from '@nestjs/common';
import { HeartbeatJob } from './heartbeat.job';

/** The background jobs. Imported by the worker process, and by the API unless WORKER=off. */
@Module({ providers: [HeartbeatJob] })
export class WorkerModule {}
