import { Client as PgClient } from 'pg';

/**
 * The SQL statements this process sends while `work` runs that `keep` accepts (by default all but
 * the job queue's own polling). The API runs in the test's process and its TypeORM pool is made of
 * this `pg` module's clients, so a spy on their `query` sees them all.
 */
export async function countStatements(
  work: () => Promise<void>,
  keep: (text: string) => boolean = (text) => !text.includes('pgboss'),
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
