export * from './request-context';
export * from './public-read-cache.plugin';
export * from './response-status.plugin';
export * from './public-response-cache.plugin';
export * from './query-cost';
export * from './query-cost.plugin';
export * from './text-budget';
