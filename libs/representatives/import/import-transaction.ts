import type { Client } from 'pg';

/**
 * Runs an import in one transaction, one import of a kind at a time (an advisory lock keyed by
 * `kind`): on any error everything is rolled back and the previous data keeps serving.
 */
export async function inImportTransaction<T>(client: Client, kind: string, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`undersigned.import.${kind}`]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
