/**
 * `npm run schema:print`: writes schema.graphql, the sorted schema the code generates.
 * `npm run schema:print -- --check`: fails when the committed schema.graphql differs (CI drift check).
 */
import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig, runMigrations } from '@undersigned/common';
import { createApiApp } from '../apps/api/src/create-app';
import { databaseSchema } from '../migrations/data-source';
import { withDatabase } from './with-database';

const FILE = join(__dirname, '..', 'schema.graphql');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const printed = await withDatabase(async (url) => {
    await runMigrations(url, databaseSchema(url));
    const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-schema-'));
    const app = await createApiApp(
      loadConfig({ DATA_DIR: dataDir, DATABASE_URL: url, WORKER: 'off', LOG_LEVEL: 'silent', NODE_ENV: 'test' }),
    );
    try {
      await app.init();
      return `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
  if (!check) {
    writeFileSync(FILE, printed);
    console.log('wrote schema.graphql');
    return;
  }
  if (!existsSync(FILE) || readFileSync(FILE, 'utf8') !== printed) {
    console.error('schema.graphql is out of date: run `npm run schema:print` and commit it');
    process.exitCode = 1;
  } else {
    console.log('schema.graphql matches the code');
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
