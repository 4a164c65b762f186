import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../libs/common/database/embedded-postgres';

/** Runs `work` against DATABASE_URL, or a throw-away embedded PostgreSQL when it is unset. */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-script-'));
  const server = new EmbeddedPostgres(dir);
  const handle = await server.acquire('scratch');
  try {
    return await work(handle.url);
  } finally {
    await handle.release();
    rmSync(dir, { recursive: true, force: true });
  }
}
