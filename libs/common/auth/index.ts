export * from './permission';
export * from './actor';
export * from './api-key-registry';
export * from './auth-method';
export * from './session-registry';
export * from './account-registry';
export * from './request-of';
export * from './jwt.strategy';
export * from './permission.guard';
export * from './tokens';
export * from './auth-throttle.guard';
export * from './client-key';
export * from './postgres-throttler.storage';
export * from './rate-limit-counter.entity';

import { RateLimitCounter } from './rate-limit-counter.entity';

/** The tables of libs/common. */
export const COMMON_ENTITIES = [RateLimitCounter];
export * from './sign-rate-limit.service';
