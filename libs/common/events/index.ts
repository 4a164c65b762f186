export * from './event-bus';
export * from './events.module';
export * from './guarded-events';
