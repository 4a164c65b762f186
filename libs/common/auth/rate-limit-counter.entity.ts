import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Attempts per key (e.g. `auth:<client IP>`) per fixed time window, shared by every API process. */
@Entity('rate_limit_counters')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Index('rate_limit_counters_window_start_idx')
  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  count: number;
}
