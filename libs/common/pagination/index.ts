export * from './connection';
export * from './cursor';
