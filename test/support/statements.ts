import { Client as PgClient } from 'pg';

// The guard's check that a token's session still stands: one per request at most, cached for two
// seconds, so whether a measured request makes it depends on the clock, not on the work measured.
const SESSION_CHECK = /FROM sessions WHERE id = \$1 AND revoked_at IS NULL/;

/**
 * The SQL statements this process sends while `work` runs that `keep` accepts (by default all but
 * the job queue's own polling and the session check). The API runs in the test's process and its TypeORM pool is made of
 * this `pg` module's clients, so a spy on their `query` sees them all.
 */
export async function countStatements(
  work: () => Promise<void>,
  keep: (text: string) => boolean = (text) => !text.includes('pgboss') && !SESSION_CHECK.test(text),
): Promise<number> {
  const spy = jest.spyOn(PgClient.prototype, 'query');
  try {
    spy.mockClear();
    await work();
    return spy.mock.calls.filter(([query]) =>
      keep(typeof query === 'string' ? query : ((query as { text?: string } | undefined)?.text ?? '')),
    ).length;
  } finally {
    spy.mockRestore();
  }
}
