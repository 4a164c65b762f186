import type { DeliveryConfig } from '../../config/app-config';
import { isFinal, type Refusal } from './refusal';
import type { AttemptState } from './attempt-state.entity';

/** How temporary failures are retried: a delay doubling from the first, capped, within a window. */
export interface RetryPolicy {
  /** The wait after the first temporary failure; it doubles after each one. */
  firstDelaySeconds: number;
  /** The longest wait between two attempts, however long the outage. */
  maxDelaySeconds: number;
  /** How long after the first attempt a temporary failure is still retried; then the send fails. */
  retryForSeconds: number;
  /**
   * The share of each delay drawn at random (0 to 1; none when absent): many sends failing at once
   * (a receiver's outage) then come back spread out rather than all together.
   */
  jitter?: number;
}

/** The longest wait between two attempts of a letter's delivery or a supporter's message. */
export const MAX_RETRY_DELAY_SECONDS = 3600;

/**
 * The policy of letters' deliveries and supporters' messages to representatives:
 * DELIVERY_RETRY_DELAY_SECONDS doubling, capped at an hour, for DELIVERY_RETRY_HOURS.
 */
export function deliveryRetryPolicy(config: DeliveryConfig): RetryPolicy {
  return {
    firstDelaySeconds: config.retryDelaySeconds,
    maxDelaySeconds: MAX_RETRY_DELAY_SECONDS,
    retryForSeconds: config.retryHours * 3600,
  };
}

/**
 * Transactional mail, retried by its queue (pg-boss) rather than from an attempt state: 12 retries
 * after the first attempt, with pg-boss's backoff from 30 s, span about a day.
 */
export const MAIL_QUEUE_RETRY = { retryLimit: 12, retryDelay: 30, retryBackoff: true } as const;

/**
 * When to try again after the `attempts`-th attempt failed temporarily: the first delay doubling,
 * capped at maxDelaySeconds, and never past retryForSeconds after the first attempt (now when
 * none is recorded); null once that window is over (the send then fails).
 */
export function nextAttemptAt(
  policy: RetryPolicy,
  state: Pick<AttemptState, 'attempts' | 'firstAttemptAt'>,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const end = (state.firstAttemptAt ?? now).getTime() + policy.retryForSeconds * 1000;
  if (now.getTime() >= end) return null;
  const capped = Math.min(policy.firstDelaySeconds * 2 ** Math.max(0, state.attempts - 1), policy.maxDelaySeconds);
  const jitter = Math.min(Math.max(policy.jitter ?? 0, 0), 1);
  const delaySeconds = capped * (1 - jitter * random());
  return new Date(Math.min(now.getTime() + delaySeconds * 1000, end));
}

/** When to try again after a failed attempt; null when the failure is final (a permanent refusal, or the window is over). */
export function whenToRetry(
  refusal: Refusal,
  policy: RetryPolicy,
  state: Pick<AttemptState, 'attempts' | 'firstAttemptAt'>,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  return isFinal(refusal) ? null : nextAttemptAt(policy, state, now, random);
}

/**
 * Webhooks (Standard Webhooks: "exponential backoff with jitter over days"): from 30 seconds,
 * doubling up to 6 hours, half of each delay at random, for 3 days after the first attempt.
 */
export const WEBHOOK_RETRY_POLICY: RetryPolicy = {
  firstDelaySeconds: 30,
  maxDelaySeconds: 6 * 3600,
  retryForSeconds: 3 * 24 * 3600,
  jitter: 0.5,
};
