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
