import type { DeliveryConfig } from '@undersigned/common';
import { nextAttemptAt } from './delivery.queue';

const config: DeliveryConfig = { retryDelaySeconds: 30, retryHours: 48, ratePerMinute: 60, timeoutSeconds: 120 };
const first = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number): Date => new Date(first.getTime() + seconds * 1000);

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
});
