import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashedClientKey } from './client-key';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';

const HOUR_MS = 3_600_000;

/** What a public signing form counts its attempts under: each form has its own budget per client. */
export type SignRateScope = 'sign' | 'sign-on';

/** An IPv4 address as itself, not as the IPv6 form a dual-stack socket reports (`::ffff:1.2.3.4`). */
export function plainIp(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1] : ip;
}

/**
 * SIGN_RATE_LIMIT per client IP per hour for the public signing forms that mail a confirmation
 * link (signPetition, requestToSign), counted in PostgreSQL across processes. Over it, a form
 * answers as it always does and keeps and mails nothing: an abuser learns nothing.
 */
@Injectable()
export class SignRateLimitService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counters: PostgresThrottlerStorage,
  ) {}

  /** Counts one attempt from `ip`, kept or not, and answers whether it is over the limit. */
  async overLimit(scope: SignRateScope, ip: string): Promise<boolean> {
    const limit = this.config.supporters.signRateLimit;
    if (limit === 0) return false;
    // The key is a hash: the rate-limit table keeps no client's address.
    // Counted over this hour's window and the one before: a window's edge is not a fresh budget.
    return (await this.counters.increment(hashedClientKey(scope, plainIp(ip)), HOUR_MS, limit)).isBlocked;
  }
}
