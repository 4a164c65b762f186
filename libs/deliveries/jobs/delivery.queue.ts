import type PgBoss from 'pg-boss';
import type { DeliveryConfig } from '@undersigned/common';

export const DELIVERY_QUEUE = 'deliveries.send';

export interface DeliveryJobData {
  deliveryId: string;
}

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
