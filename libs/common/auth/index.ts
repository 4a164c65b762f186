export * from './permission';
export * from './actor';
export * from './request-of';
export * from './jwt.strategy';
export * from './permission.guard';
export * from './tokens';
export * from './auth-throttle.guard';
