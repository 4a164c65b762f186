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
/** The failures of an existing row once one more is counted (a day without one starts afresh). */
const NEXT_FAILURES = `(CASE WHEN t.last_failure_at < clock_timestamp() - ${FORGET_AFTER} THEN 1 ELSE t.failures + 1 END)`;

/**
 * Per-account sign-in throttling, beside the per-IP AUTH_RATE_LIMIT: after FREE_FAILURES wrong
 * passwords for an address, the next attempt waits 5 s, then 10, 20, … up to 15 minutes, counted in
 * PostgreSQL across processes. Attempts during a wait are refused unchecked (and not counted), so
 * a guesser gets one try per wait: an attempt is claimed (counted) before its password is checked,
 * so parallel guesses get no more. Not a lock-out: a device the account has signed in from before
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
    if (row) throw this.rateLimited(row.seconds);
  }

  /**
   * Takes one attempt for the address before its password is checked, in one atomic upsert: it is
   * counted as a failure at once (and the wait it earns set), so guesses sent in parallel cannot all
   * pass a check made before any of them failed. RATE_LIMITED, uncounted, while a wait lasts. A
   * right password gives the attempt back (`release`) or forgets them all (`succeed`).
   */
  async claim(email: string): Promise<void> {
    const claimed = (await this.dataSource.query(
      `INSERT INTO sign_in_throttles AS t (key, failures, blocked_until, last_failure_at)
       VALUES ($1, 1, CASE WHEN 1 >= $2::int THEN clock_timestamp() + $3::float8 * interval '1 second' END, clock_timestamp())
       ON CONFLICT (key) DO UPDATE SET
         failures = ${NEXT_FAILURES},
         blocked_until = CASE WHEN ${NEXT_FAILURES} >= $2::int THEN clock_timestamp()
           + least($3::float8 * power(2, least(${NEXT_FAILURES} - $2::int, 20)), $4::float8) * interval '1 second' END,
         last_failure_at = clock_timestamp()
       WHERE t.blocked_until IS NULL OR t.blocked_until <= clock_timestamp()
       RETURNING failures`,
      [this.keyOf(email), FREE_FAILURES, FIRST_DELAY_SECONDS, MAX_DELAY_SECONDS],
    )) as unknown[];
    if (claimed.length > 0) return;
    await this.check(email);
    throw this.rateLimited(1); // the wait ended between the two statements: try again
  }

  /** Gives back an attempt `claim` took, whose password was right (two-factor then asked for a code). */
  async release(email: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_throttles SET failures = greatest(failures - 1, 0),
         blocked_until = CASE WHEN failures - 1 >= $2::int THEN blocked_until END
       WHERE key = $1`,
      [this.keyOf(email), FREE_FAILURES],
    );
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

  private rateLimited(remaining: number): DomainError {
    const seconds = Math.max(remaining, 1);
    return new DomainError(
      ErrorCode.RATE_LIMITED,
      `Too many wrong passwords for this account; try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
    );
  }

  private keyOf(email: string): string {
    return createHmac('sha256', this.key).update(email.trim().toLowerCase(), 'utf8').digest('hex');
  }
}
