import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { TestRun } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as { __undersignedTestRun?: TestRun }).__undersignedTestRun;
  if (!run) return;
  const client = new Client({ connectionString: run.adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${run.template}%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await run.release();
  if (run.dir) rmSync(run.dir, { recursive: true, force: true });
}
