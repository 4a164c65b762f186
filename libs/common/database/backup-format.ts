import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { ClientBase } from 'pg';

/** Names the file's layout; a reader refuses a format it does not know. */
export const BACKUP_FORMAT = 'undersigned-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** The TypeORM migrations table: re-created by running the migrations, not copied. */
export const MIGRATIONS_TABLE = 'typeorm_migrations';
export const QUEUE_SCHEMA = 'pgboss';
/**
 * pg-boss's tables that hold data, in the order they are written and restored: its queues first,
 * since pg-boss 10 keeps each queue's jobs in a partition of `job` made when the queue is created
 * (its own queues too, such as the scheduler's). Its `version` table is re-created by migrating.
 */
export const QUEUE_TABLE = 'queue';
export const QUEUE_JOB_TABLE = 'job';
export const QUEUE_DATA_TABLES = [QUEUE_TABLE, QUEUE_JOB_TABLE, 'archive', 'schedule', 'subscription'];

/**
 * The file is gzip'd JSON lines: this header, then per table a `table` line, its rows as arrays of
 * PostgreSQL text values (null for NULL) and an `end` line with the row count, then one line per
 * sequence, and a last `complete` line (a file cut short is refused).
 */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The migrations applied to the database, oldest first. */
  migrations: string[];
  /** The snapshot the backup's transaction saw (pg_current_snapshot()). */
  snapshot: string;
  server: string;
}

export type BackupLine =
  | { table: { schema: string; name: string; columns: string[] } }
  | { end: { rows: number } }
  | { sequence: { schema: string; name: string; lastValue: string; isCalled: boolean } }
  | { complete: { tables: number; rows: number } };

/** Fixes how values are written as text, so that they read back identically anywhere. */
export async function setTextFormats(client: ClientBase): Promise<void> {
  await client.query(
    `SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres';
     SET extra_float_digits = 3; SET bytea_output = 'hex'`,
  );
}

export function quoteName(client: ClientBase, schema: string, name: string): string {
  return `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
}

/** The file's lines, decompressed and read as they are needed (never all in memory). */
export async function* backupLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip).setEncoding('utf8');
  let rest = '';
  for await (const chunk of gunzip as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() as string;
    for (const part of parts) if (part) yield part;
  }
  if (rest) yield rest;
}

export function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    throw new Error('not an Undersigned backup (no header)');
  }
  if (header.format !== BACKUP_FORMAT) throw new Error('not an Undersigned backup');
  if (header.version !== BACKUP_FORMAT_VERSION) {
    throw new Error(`backup format ${header.version} is not supported (this version reads ${BACKUP_FORMAT_VERSION})`);
  }
  if (!Array.isArray(header.migrations)) throw new Error('the backup header lists no migrations');
  return header as BackupHeader;
}
