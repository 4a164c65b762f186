export interface PollOptions {
  /** Give up after this long (the test then fails with `what`). */
  timeoutMs?: number;
  intervalMs?: number;
  /** Named in the error when the bound passes. */
  what?: string;
}

/**
 * Polls `check` until it returns a value other than `undefined`, `null` or `false`, and returns
 * that value: tests wait for what they expect instead of sleeping a fixed time.
 */
export async function eventually<T>(
  check: () => T | Promise<T>,
  { timeoutMs = 15_000, intervalMs = 50, what = 'condition' }: PollOptions = {},
): Promise<Exclude<T, undefined | null | false>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value as Exclude<T, undefined | null | false>;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}
