import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@undersigned/common';
import { createApiApp } from '../apps/api/src/create-app';

export interface BenchApi {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** One API process in this one (NODE_ENV=production, WORKER=off, no sign-in limit) on 127.0.0.1, for a bench. */
export async function startBenchApi(databaseUrl: string): Promise<BenchApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  const app = await createApiApp(
    loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      WORKER: 'off',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      AUTH_RATE_LIMIT: '0',
    }),
  );
  await app.listen(0, '127.0.0.1');
  return {
    app,
    url: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
