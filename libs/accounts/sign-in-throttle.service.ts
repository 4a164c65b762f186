import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError, ErrorCode, type AppConfig } from '@undersigned/common';
import { deriveKey } from './account-secrets';

/** Wrong passwords for one address that cost nothing; each one after them doubles the wait. */
export const FREE_FAILURES = 3;
const FIRST_DELAY_SECONDS = 5;
const MAX_DELAY_SECONDS = 15 * 60;
/** A day without a failure starts the count afresh. */
const FORGET_AFTER = "interval '1 day'";

/**
 * Per-account sign-in throttling, beside the per-IP AUTH_RATE_LIMIT: after FREE_FAILURES wrong
 * passwords for an address, the next attempt waits 5 s, then 10, 20, … up to 15 minutes, counted in
 * PostgreSQL across processes. Attempts during a wait are refused unchecked (and not counted), so
 * a guesser gets one try per wait. Not a lock-out: a device the account has signed in from before
 * is not made to wait (see AccountsService.logIn), and the owner can always reset the password.
 */
@Injectable()
export class SignInThrottleService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = deriveKey(config.jwtSecret, 'sign-in throttle');
  }

  /** RATE_LIMITED while the address's wait after its last failure lasts. */
  async check(email: string): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM blocked_until - clock_timestamp()))::int AS seconds
       FROM sign_in_throttles WHERE key = $1 AND blocked_until > clock_timestamp()`,
      [this.keyOf(email)],
    )) as { seconds: number }[];
    if (row) {
      const seconds = Math.max(row.seconds, 1);
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `Too many wrong passwords for this account; try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
      );
    }
  }

  /** Counts a wrong password for the address (one atomic upsert, whatever the process). */
  async fail(email: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sign_in_throttles AS t (key, failures, blocked_until, last_failure_at)
       VALUES ($1, 1, NULL, clock_timestamp())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.last_failure_at < clock_timestamp() - ${FORGET_AFTER} THEN 1 ELSE t.failures + 1 END,
         last_failure_at = clock_timestamp()
       RETURNING failures`,
      [this.keyOf(email)],
    );
    await this.dataSource.query(
      `UPDATE sign_in_throttles SET blocked_until = CASE WHEN failures >= $2
         THEN clock_timestamp() + least($3 * power(2, least(failures - $2, 20)), $4) * interval '1 second' END
       WHERE key = $1`,
      [this.keyOf(email), FREE_FAILURES, FIRST_DELAY_SECONDS, MAX_DELAY_SECONDS],
    );
  }

  /** A right password (and code) forgets the failures. */
  async succeed(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_throttles WHERE key = $1', [this.keyOf(email)]);
  }

  /** Rows a day past their last failure are of no use: the hourly accounts job removes them. */
  async forgetOld(): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      `DELETE FROM sign_in_throttles WHERE last_failure_at < clock_timestamp() - ${FORGET_AFTER}
         AND (blocked_until IS NULL OR blocked_until < clock_timestamp())`,
    )) as [unknown, number];
    return affected;
  }

  private keyOf(email: string): string {
    return createHmac('sha256', this.key).update(email.trim().toLowerCase(), 'utf8').digest('hex');
  }
}
