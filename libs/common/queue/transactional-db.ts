import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** pg-boss runs its SQL through the caller's transaction: the job exists iff the change commits. */
export function transactionalDb(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('transactionalDb needs a transaction');
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await runner.query(text, values, true)).records as unknown[],
    }),
  };
}
