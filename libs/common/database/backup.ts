import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, renameSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import { Client } from 'pg';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MIGRATIONS_TABLE,
  QUEUE_DATA_TABLES,
  QUEUE_SCHEMA,
  quoteName,
  setTextFormats,
  type BackupHeader,
  type BackupLine,
} from './backup-format';

const FETCH_ROWS = 100;

export interface BackupSummary {
  tables: number;
  rows: number;
  migrations: string[];
}

interface TableRef {
  schema: string;
  name: string;
}

/** The tables a backup holds: the application's, and pg-boss's queues and jobs (pending deliveries, mail). */
async function tablesOf(client: Client): Promise<TableRef[]> {
  const { rows } = await client.query<TableRef>(
    `SELECT n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND ((n.nspname = 'public' AND c.relname <> $1) OR (n.nspname = $2 AND c.relname = ANY($3)))
      ORDER BY n.nspname DESC, array_position($3::text[], c.relname::text), c.relname`,
    [MIGRATIONS_TABLE, QUEUE_SCHEMA, QUEUE_DATA_TABLES],
  );
  return rows;
}

/** Stored columns in order; generated ones are computed again on insert. */
async function columnsOf(client: Client, table: TableRef): Promise<string[]> {
  const { rows } = await client.query<{ attname: string }>(
    `SELECT attname FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [quoteName(client, table.schema, table.name)],
  );
  return rows.map((r) => r.attname);
}

async function write(out: Gzip, line: BackupHeader | BackupLine | (string | null)[]): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}

/**
 * Writes a consistent snapshot of the database to `file` (gzip'd JSON lines) while the server
 * runs: everything is read in one REPEATABLE READ transaction, so an endorsement is in the file
 * with its audit entries or not at all. The file appears only once complete.
 */
export async function writeBackup(url: string, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  // Opened first, so that a path that cannot be written fails at once and clearly.
  const fd = openSync(partial, 'w', 0o600);
  const client = new Client({ connectionString: url, application_name: 'undersigned-backup' });
  await client.connect().catch((error: Error) => {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  });
  const out = createGzip();
  const written = pipeline(out, createWriteStream(partial, { fd }));
  written.catch(() => undefined); // awaited below; a write error also surfaces there
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await setTextFormats(client);
    const found = await client.query(`SELECT to_regclass($1) AS t`, [`public.${MIGRATIONS_TABLE}`]);
    if (!found.rows[0].t) throw new Error('this database has no Undersigned migrations: nothing to back up');
    const migrations = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
    const meta = await client.query<{ snapshot: string; server: string }>(
      `SELECT pg_current_snapshot()::text AS snapshot, current_setting('server_version') AS server`,
    );
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: migrations.rows.map((r) => r.name),
      snapshot: meta.rows[0].snapshot,
      server: meta.rows[0].server,
    };
    await write(out, header);

    const tables = await tablesOf(client);
    let total = 0;
    for (const table of tables) {
      const columns = await columnsOf(client, table);
      await write(out, { table: { ...table, columns } });
      // As text: every type (enums, jsonb, bytea, arrays, timestamps) reads back through its input function.
      const select = columns.map((c) => `${client.escapeIdentifier(c)}::text`).join(', ');
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ${quoteName(client, table.schema, table.name)}`,
      );
      let rows = 0;
      for (;;) {
        const batch = await client.query<(string | null)[]>({
          text: `FETCH ${FETCH_ROWS} FROM backup_rows`,
          rowMode: 'array',
        });
        for (const row of batch.rows) await write(out, row);
        rows += batch.rows.length;
        if (batch.rows.length < FETCH_ROWS) break;
      }
      await client.query('CLOSE backup_rows');
      await write(out, { end: { rows } });
      total += rows;
    }

    const sequences = await client.query<TableRef>(
      `SELECT n.nspname AS schema, c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'S' AND n.nspname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')
                            AND d.refobjid = $1::regclass)
        ORDER BY c.relname`,
      [`public.${MIGRATIONS_TABLE}`],
    );
    for (const sequence of sequences.rows) {
      const value = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${quoteName(client, sequence.schema, sequence.name)}`,
      );
      const { last_value: lastValue, is_called: isCalled } = value.rows[0];
      await write(out, { sequence: { ...sequence, lastValue, isCalled } });
    }
    await write(out, { complete: { tables: tables.length, rows: total } });
    await client.query('COMMIT');
    out.end();
    await written;
    renameSync(partial, file);
    return { tables: tables.length, rows: total, migrations: header.migrations };
  } catch (error) {
    out.destroy();
    await written.catch(() => undefined);
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
