export * from './event-bus.service';
export * from './events.module';
export * from './guarded-events';
export * from './webhook-events';
export * from './webhook-events.service';
