import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by global-setup: the maintenance database URL and the migrated template's name. */
export const ADMIN_URL_ENV = 'UNDERSIGNED_TEST_ADMIN_URL';
export const TEMPLATE_ENV = 'UNDERSIGNED_TEST_TEMPLATE';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const adminUrl = process.env[ADMIN_URL_ENV];
  if (!adminUrl) throw new Error(`${ADMIN_URL_ENV} is not set: run the e2e tests through jest`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV] as string;
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: databaseUrl(process.env[ADMIN_URL_ENV] as string, name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** An empty database (no migrations), for tests of start-up itself. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `${process.env[TEMPLATE_ENV]}_empty_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: databaseUrl(process.env[ADMIN_URL_ENV] as string, name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
