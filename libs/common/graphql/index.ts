export * from './request-context';
export * from './public-read-cache.plugin';
export * from './response-status.plugin';
export * from './public-response-cache.plugin';
