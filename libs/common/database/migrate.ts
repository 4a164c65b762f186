import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource, type DataSourceOptions } from 'typeorm';

/** Arbitrary but fixed: the advisory lock every Undersigned process takes to migrate. */
const MIGRATION_LOCK_KEY = 7_315_202_611;

/** What a database must hold: the TypeORM entities and migrations, and the job queues. */
export interface DatabaseSchema {
  options: DataSourceOptions;
  queues: readonly string[];
}

/** The migrations table holds a migration this code does not have. */
export class DatabaseTooNewError extends Error {
  constructor(unknown: string[]) {
    super(
      `this database was migrated by a newer version of Undersigned (unknown migrations: ${unknown.join(', ')}); ` +
        'run that version, or restore a backup made for this one',
    );
  }
}

/** Old code on a newer schema would misread it, and migrating "up" cannot help: refuse to start. */
async function refuseNewerDatabase(dataSource: DataSource): Promise<void> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const [{ exists }] = (await dataSource.query('SELECT to_regclass($1) IS NOT NULL AS exists', [table])) as {
    exists: boolean;
  }[];
  if (!exists) return;
  const known = new Set(dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name));
  const rows = (await dataSource.query(`SELECT name FROM ${dataSource.driver.escape(table)} ORDER BY id`)) as {
    name: string;
  }[];
  const unknown = rows.map((row) => row.name).filter((name) => !known.has(name));
  if (unknown.length) throw new DatabaseTooNewError(unknown);
}

/**
 * Brings the database up to date: TypeORM migrations, then pg-boss's tables and queues. Runs
 * under a session advisory lock, so processes starting at the same moment migrate one at a time
 * (creating pg-boss queues concurrently can deadlock).
 */
export async function runMigrations(url: string, { options, queues }: DatabaseSchema): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource({ ...options, migrationsRun: false, synchronize: false, logging: false });
    await dataSource.initialize();
    try {
      await refuseNewerDatabase(dataSource);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      const boss = new PgBoss({ connectionString: url, max: 2, supervise: false, schedule: false, migrate: true });
      await boss.start();
      for (const queue of queues) {
        if (!(await boss.getQueue(queue))) await boss.createQueue(queue);
      }
      await boss.stop({ graceful: false, wait: true });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
