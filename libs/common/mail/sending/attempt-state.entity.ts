import { Column } from 'typeorm';

/**
 * Where a send stands, embedded in each thing sent (a delivery, a message to a representative,
 * later a webhook call) under the same column names, with `@Column(() => AttemptState, { prefix: false })`.
 */
export class AttemptState {
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** When the first attempt began: the retry policy's window counts from here. */
  @Column({ name: 'first_attempt_at', type: 'timestamptz', nullable: true })
  firstAttemptAt: Date | null;

  /** The last refusal's note (refusalNote): redacted, never an address. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

/** An attempt begins: counted, and the retry window opened by the first. */
export function beginAttempt(state: AttemptState, now: Date): void {
  state.attempts += 1;
  state.firstAttemptAt ??= now;
}
