export * from './queue.module';
export * from './transactional-db';
