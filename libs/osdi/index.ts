export * from './osdi.module';
export * from './hal';
