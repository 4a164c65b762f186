import type PgBoss from 'pg-boss';
import type { DeliveryConfig } from '@undersigned/common';

export const DELIVERY_QUEUE = 'deliveries.send';

export interface DeliveryJobData {
  deliveryId: string;
}

/** The longest wait between two attempts, however long the outage. */
export const MAX_RETRY_DELAY_SECONDS = 3600;
/** Retries of one job by pg-boss: only when its worker died or crashed, not for SMTP refusals. */
const CRASH_RETRIES = 10;

/** Each attempt is its own job: a temporary failure queues the next one at its due time. */
export function deliveryJobOptions(config: DeliveryConfig, deliveryId: string, startAfter: Date): PgBoss.SendOptions {
  return {
    startAfter,
    retryLimit: CRASH_RETRIES,
    retryDelay: config.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: config.timeoutSeconds,
    singletonKey: deliveryId,
  };
}

/**
 * When to try again after the `attempts`-th attempt failed temporarily: the first delay doubling,
 * capped at an hour, and never past DELIVERY_RETRY_HOURS after the first attempt; null once that
 * window is over (the delivery is then FAILED).
 */
export function nextAttemptAt(config: DeliveryConfig, firstAttemptAt: Date, attempts: number, now: Date): Date | null {
  const end = firstAttemptAt.getTime() + config.retryHours * 3_600_000;
  if (now.getTime() >= end) return null;
  const delaySeconds = Math.min(config.retryDelaySeconds * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_SECONDS);
  return new Date(Math.min(now.getTime() + delaySeconds * 1000, end));
}
