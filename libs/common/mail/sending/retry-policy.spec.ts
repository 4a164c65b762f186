import type { DeliveryConfig } from '../../config/app-config';
import { RefusalKind, type Refusal } from './refusal';
import { deliveryRetryPolicy, nextAttemptAt as nextAttemptUnder, whenToRetry, type RetryPolicy } from './retry-policy';

const config: DeliveryConfig = { retryDelaySeconds: 30, retryHours: 48, ratePerMinute: 60, timeoutSeconds: 120 };
const policy = deliveryRetryPolicy(config);
const first = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number): Date => new Date(first.getTime() + seconds * 1000);
/** The policy of deliveries under `config`, after `attempts` attempts since `firstAttemptAt`. */
const nextAttemptAt = (config: DeliveryConfig, firstAttemptAt: Date, attempts: number, now: Date): Date | null =>
  nextAttemptUnder(deliveryRetryPolicy(config), { attempts, firstAttemptAt }, now);
const refused = (kind: RefusalKind): Refusal => ({ kind, note: '', code: '' });

describe('nextAttemptAt', () => {
  it('doubles the first delay after each failure, up to an hour', () => {
    const waits = [1, 2, 3, 4, 8, 9, 20].map(
      (attempts) => ((nextAttemptAt(config, first, attempts, at(0)) as Date).getTime() - first.getTime()) / 1000,
    );
    expect(waits).toEqual([30, 60, 120, 240, 3600, 3600, 3600]);
  });

  it('never schedules past DELIVERY_RETRY_HOURS after the first attempt, and gives up once it has passed', () => {
    const end = 48 * 3600;
    expect(nextAttemptAt(config, first, 30, at(end - 60))).toEqual(at(end));
    expect(nextAttemptAt(config, first, 31, at(end))).toBeNull();
    expect(nextAttemptAt(config, first, 2, at(end + 1))).toBeNull();
  });

  it('follows any policy: its first delay, its cap, its window', () => {
    const webhook: RetryPolicy = { firstDelaySeconds: 10, maxDelaySeconds: 300, retryForSeconds: 3600 };
    const waits = [1, 2, 5, 6, 12].map(
      (attempts) =>
        ((nextAttemptUnder(webhook, { attempts, firstAttemptAt: first }, at(0)) as Date).getTime() - first.getTime()) /
        1000,
    );
    expect(waits).toEqual([10, 20, 160, 300, 300]);
    expect(nextAttemptUnder(webhook, { attempts: 12, firstAttemptAt: first }, at(3500))).toEqual(at(3600));
    expect(nextAttemptUnder(webhook, { attempts: 13, firstAttemptAt: first }, at(3600))).toBeNull();
  });

  it('opens the window now when no first attempt is recorded', () => {
    expect(nextAttemptUnder(policy, { attempts: 1, firstAttemptAt: null }, at(100 * 3600))).toEqual(
      at(100 * 3600 + 30),
    );
  });
});

describe('whenToRetry', () => {
  it('retries a temporary refusal by the policy, and never a permanent one', () => {
    const state = { attempts: 2, firstAttemptAt: first };
    expect(whenToRetry(refused(RefusalKind.TEMPORARY), policy, state, at(0))).toEqual(at(60));
    expect(whenToRetry(refused(RefusalKind.PERMANENT), policy, state, at(0))).toBeNull();
    expect(whenToRetry(refused(RefusalKind.BAD_RECIPIENT), policy, state, at(0))).toBeNull();
    expect(whenToRetry(refused(RefusalKind.TEMPORARY), policy, state, at(48 * 3600))).toBeNull();
  });
});
