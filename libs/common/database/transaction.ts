import type { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in one transaction, joining the caller's when one is given. */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  outer?: EntityManager,
): Promise<T> {
  if (outer?.queryRunner?.isTransactionActive) return work(outer);
  return dataSource.transaction(work);
}
