export * from './database-schema';
