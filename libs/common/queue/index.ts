export * from './heartbeat-queue';
export * from './queue.module';
export * from './transactional-db';
export * from './worker-heartbeat.entity';
export * from './repeating-task';
export * from './scheduled-worker';
export * from './repeating-worker';
