import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@undersigned/common';
import { createApiApp } from '../../apps/api/src/create-app';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  text: string;
}

export interface TestApp {
  url: string;
  config: AppConfig;
  app: INestApplication;
  /** Direct SQL on the test database, for assertions about what was (not) written. */
  sql: Pool;
  database: TestDatabase;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** The API on a fresh database copied from the template, listening on 127.0.0.1. */
/**
 * Several apps may share one database (`shared`), as several processes would; only the app that
 * created the database drops it.
 */
export async function startTestApp(env: Record<string, string> = {}, shared?: TestDatabase): Promise<TestApp> {
  const database = shared ?? (await createTestDatabase());
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    HOST: '127.0.0.1',
    PORT: '0',
    AUTH_RATE_LIMIT: '0',
    // Tests read what they just wrote; the public response cache has its own test.
    PUBLIC_RESPONSE_CACHE_MS: '0',
    WORKER: 'off',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    ...env,
  });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const sql = new Pool({ connectionString: database.url, max: 2 });
  // The database is dropped WITH (FORCE) at the end: a connection still closing then hears
  // "terminating connection", which is expected, not a failure of the test.
  sql.on('error', () => undefined);
  return {
    url,
    config,
    app,
    sql,
    database,
    async gql(query, variables, token) {
      let call = request(url).post('/graphql').set('Content-Type', 'application/json');
      if (token) call = call.set('Authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      return { status: response.status, body: response.body, text: response.text };
    },
    async close() {
      await app.close();
      await sql.end();
      if (!shared) await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The error code of the first error, or undefined when there was none. */
export function errorCode(response: GqlResponse<unknown>): string | undefined {
  return response.body.errors?.[0]?.extensions?.code;
}
