import { execFileSync } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres } from '../../libs/common/database/embedded-postgres';
import { ADMIN_URL_ENV, databaseUrl, TEMPLATE_ENV } from './test-database';

export interface TestRun {
  release: () => Promise<void>;
  adminUrl: string;
  template: string;
  dir?: string;
}

/**
 * One PostgreSQL per test run (embedded, or TEST_DATABASE_URL's server), migrated once into a
 * template database; each test file then copies the template.
 */
export default async function globalSetup(): Promise<void> {
  // The browser tests load the built web app: build it when missing or older than apps/web (under
  // the build lock that `npm start` uses too).
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-if-needed.js'), '--web'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let adminUrl = process.env.TEST_DATABASE_URL;
  let release = async (): Promise<void> => undefined;
  let dir: string | undefined;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'undersigned-test-'));
    chmodSync(dir, 0o755);
    const handle = await new EmbeddedPostgres(dir).acquire('postgres');
    adminUrl = handle.url;
    release = handle.release;
  }
  const template = `undersigned_test_${process.pid}_${Date.now().toString(36)}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${template}"`);
  await client.end();
  const templateUrl = databaseUrl(adminUrl, template);
  // In a child process: loading the entities here would register their decorators in metadata
  // storages that the tests' own copies of TypeORM and @nestjs/graphql share through globalThis.
  const root = join(__dirname, '..', '..');
  execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/migrate.ts', templateUrl],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  process.env[ADMIN_URL_ENV] = adminUrl;
  process.env[TEMPLATE_ENV] = template;
  (globalThis as { __undersignedTestRun?: TestRun }).__undersignedTestRun = { release, adminUrl, template, dir };
}
