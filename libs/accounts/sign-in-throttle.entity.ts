import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per address (registered or not, so its existence does not show), keyed by an
 * HMAC of the address: a raw address typed by a stranger is never stored.
 */
@Entity('sign_in_throttles')
@Check('sign_in_throttles_failures', '"failures" >= 0')
export class SignInThrottle {
  @PrimaryColumn({ type: 'char', length: 64 })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  /** Until then, a sign-in for this address from a device the account never used is refused. */
  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  @Index('sign_in_throttles_last_failure_at_idx')
  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt: Date;
}
