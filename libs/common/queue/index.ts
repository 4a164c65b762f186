export * from './heartbeat-queue';
export * from './queue.module';
export * from './worker-heartbeat.entity';
