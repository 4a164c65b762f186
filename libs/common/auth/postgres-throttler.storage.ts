import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Windows older than this are deleted, whatever their key: at least twice the longest window (an hour). */
const KEEP_WINDOWS = "interval '3 hours'";

/**
 * Throttler counts in PostgreSQL, so that every API process shares one budget per key. Fixed
 * windows of `ttl` on the database's clock: one upsert per attempt.
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts an attempt under `key`, and answers the attempts of this window and the one before it:
   * a limit checked this way is not reset by a window boundary falling mid-burst (two bursts on
   * either side of a boundary would otherwise pass twice the limit).
   */
  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit_counters AS c (key, window_start, count)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM clock_timestamp()) * 1000 / $2) * $2 / 1000.0), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1
       RETURNING c.count,
         c.count + coalesce((SELECT p.count FROM rate_limit_counters p
                             WHERE p.key = c.key AND p.window_start = c.window_start - $2 * interval '1 millisecond'), 0) AS hits,
         ceil(extract(epoch FROM c.window_start + $2 * interval '1 millisecond' - clock_timestamp()))::int AS "secondsLeft"`,
      [key, ttl],
    )) as { count: number; hits: number; secondsLeft: number }[];
    // The first attempt of a window clears out the windows that have long ended.
    if (row.count === 1) {
      await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < now() - ${KEEP_WINDOWS}`);
    }
    const secondsLeft = Math.max(row.secondsLeft, 1);
    return {
      totalHits: row.hits,
      timeToExpire: secondsLeft,
      isBlocked: row.hits > limit,
      timeToBlockExpire: row.hits > limit ? secondsLeft : 0,
    };
  }

  /**
   * The attempts counted under `key` in the current window of `ttl` and the one before it, without
   * counting one: a limit checked this way is not reset by a window boundary falling mid-burst.
   */
  async recentHits(key: string, ttl: number): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(sum(count), 0)::int AS hits FROM rate_limit_counters
       WHERE key = $1
         AND window_start >= to_timestamp((floor(extract(epoch FROM clock_timestamp()) * 1000 / $2) - 1) * $2 / 1000.0)`,
      [key, ttl],
    )) as { hits: number }[];
    return row.hits;
  }
}
