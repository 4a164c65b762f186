import { Client } from 'pg';
import {
  backupLines,
  MIGRATIONS_TABLE,
  parseHeader,
  QUEUE_JOB_TABLE,
  QUEUE_SCHEMA,
  QUEUE_TABLE,
  quoteName,
  setTextFormats,
  type BackupLine,
} from './backup-format';
import { runMigrations, type DatabaseSchema } from './migrate';

/** Rows per INSERT, bounded by PostgreSQL's 65535 parameters and by size (editions hold PDFs). */
const MAX_PARAMETERS = 60_000;
const MAX_ROWS = 500;
const MAX_BATCH_CHARS = 8 * 1024 * 1024;

export interface RestoreSummary {
  tables: number;
  rows: number;
  migrations: string[];
}

/** A restore that must not go ahead; the message says why. */
export class RestoreRefused extends Error {}

/** The name TypeORM records for a migration: its `name` property, else its class's name. */
function migrationName(migration: unknown): string {
  const type = migration as new () => { name?: string };
  return new type().name ?? type.name;
}

/** The application tables that hold rows, or the database's tables when it is not ours. */
async function nonEmptyTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        AND NOT (n.nspname = 'public' AND c.relname = $1)
        AND NOT (n.nspname = 'pgboss' AND c.relname IN ('version', 'queue'))`,
    [MIGRATIONS_TABLE],
  );
  const full: string[] = [];
  for (const table of rows) {
    const name = quoteName(client, table.schema, table.name);
    const found = await client.query(`SELECT 1 FROM ${name} LIMIT 1`);
    if (found.rowCount) full.push(`${table.schema}.${table.name}`);
  }
  return full;
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const found = await client.query(`SELECT to_regclass($1) AS t`, [`public.${MIGRATIONS_TABLE}`]);
  if (!found.rows[0].t) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
  return rows.map((r) => r.name);
}

/**
 * Refuses a database that holds data, or migrations the backup does not have. A database that
 * is only migrated (a server started once on it, or a restore that failed) is accepted.
 */
async function checkTarget(url: string, wanted: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const full = await nonEmptyTables(client);
    if (full.length) {
      throw new RestoreRefused(
        `the database is not empty (${full.slice(0, 5).join(', ')}${full.length > 5 ? ', ...' : ''} hold rows): ` +
          'restore into a new, empty database (or a fresh DATA_DIR)',
      );
    }
    const applied = await appliedMigrations(client);
    if (applied.some((name, i) => wanted[i] !== name)) {
      throw new RestoreRefused(
        'the database has migrations the backup does not (it was set up by a newer version): use an empty database',
      );
    }
  } finally {
    await client.end();
  }
}

interface Loading {
  table: string;
  /** pg-boss's queues are made by its own function (with their partitions), not inserted. */
  kind: 'rows' | 'queues' | 'jobs';
  columns: string[];
  rows: (string | null)[][];
  chars: number;
  count: number;
}

/**
 * Loads a backup written by `writeBackup` into an empty database: migrates it to the backup's
 * version, loads every table in one transaction (foreign keys dropped and re-created, triggers
 * such as the audit log's immutability off meanwhile), sets the sequences, then applies the
 * migrations the backup predates.
 */
export async function restoreBackup(url: string, file: string, schema: DatabaseSchema): Promise<RestoreSummary> {
  const lines = backupLines(file);
  try {
    return await restoreFrom(lines, url, schema);
  } finally {
    await lines.return(undefined); // closes the file when the restore stops early
  }
}

async function restoreFrom(
  lines: AsyncGenerator<string>,
  url: string,
  schema: DatabaseSchema,
): Promise<RestoreSummary> {
  const first = await lines.next();
  const header = parseHeader(first.done ? undefined : first.value);
  const known = ((schema.options.migrations ?? []) as unknown[]).map(migrationName);
  const unknown = header.migrations.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new RestoreRefused(
      `the backup was made by a newer version of Undersigned (migration ${unknown[0]} is unknown here): upgrade first`,
    );
  }
  if (header.migrations.some((name, i) => known[i] !== name)) {
    throw new RestoreRefused("the backup's migrations do not match this version's order");
  }
  await checkTarget(url, header.migrations);
  const upTo = ((schema.options.migrations ?? []) as unknown[]).slice(0, header.migrations.length);
  await runMigrations(url, { ...schema, options: { ...schema.options, migrations: upTo as never } });

  const client = new Client({ connectionString: url, application_name: 'undersigned-restore' });
  await client.connect();
  let tables = 0;
  let total = 0;
  try {
    await client.query('BEGIN');
    await setTextFormats(client);
    const restoreConstraints = await dropForeignKeys(client);
    let loading: Loading | undefined;
    let complete = false;

    const flush = async (): Promise<void> => {
      if (!loading?.rows.length) return;
      const width = loading.columns.length;
      const values = loading.rows
        .map((_, r) => `(${loading!.columns.map((__, c) => `$${r * width + c + 1}`).join(', ')})`)
        .join(', ');
      if (loading.kind === 'queues') {
        await restoreQueues(client, loading.columns, loading.rows);
        loading.rows = [];
        loading.chars = 0;
        return;
      }
      if (loading.kind === 'jobs') await ensureQueues(client, loading.columns, loading.rows);
      const columns = loading.columns.map((c) => client.escapeIdentifier(c)).join(', ');
      await client.query(
        `INSERT INTO ${loading.table} (${columns}) OVERRIDING SYSTEM VALUE VALUES ${values}`,
        loading.rows.flat(),
      );
      loading.rows = [];
      loading.chars = 0;
    };

    for await (const text of lines) {
      const line = JSON.parse(text) as BackupLine | (string | null)[];
      if (Array.isArray(line)) {
        if (!loading) throw new Error('malformed backup: a row outside a table');
        loading.rows.push(line);
        loading.count += 1;
        loading.chars += text.length;
        // Queues (a handful) are made all at once at the table's end: one may be another's dead letter.
        if (
          loading.kind !== 'queues' &&
          (loading.rows.length >= MAX_ROWS ||
            (loading.rows.length + 1) * loading.columns.length > MAX_PARAMETERS ||
            loading.chars > MAX_BATCH_CHARS)
        ) {
          await flush();
        }
      } else if ('table' in line) {
        const { schema: tableSchema, name, columns } = line.table;
        const table = quoteName(client, tableSchema, name);
        const exists = await client.query(`SELECT to_regclass($1) AS t`, [table]);
        if (!exists.rows[0].t) throw new Error(`malformed backup: no table ${tableSchema}.${name} at its version`);
        const kind =
          tableSchema !== QUEUE_SCHEMA
            ? 'rows'
            : name === QUEUE_TABLE
              ? 'queues'
              : name === QUEUE_JOB_TABLE
                ? 'jobs'
                : 'rows';
        loading = { table, kind, columns, rows: [], chars: 0, count: 0 };
      } else if ('end' in line) {
        await flush();
        if (!loading || loading.count !== line.end.rows) throw new Error('malformed backup: a table is cut short');
        tables += 1;
        total += loading.count;
        loading = undefined;
      } else if ('sequence' in line) {
        const { schema: seqSchema, name, lastValue, isCalled } = line.sequence;
        await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
          quoteName(client, seqSchema, name),
          lastValue,
          isCalled,
        ]);
      } else if ('complete' in line) {
        if (line.complete.rows !== total || line.complete.tables !== tables) {
          throw new Error('malformed backup: the totals do not match');
        }
        complete = true;
      }
    }
    if (!complete) throw new Error('the backup file is incomplete (cut short): nothing was restored');
    await restoreConstraints();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  // A backup from an older version: bring its data up to this version's schema.
  await runMigrations(url, schema);
  return { tables, rows: total, migrations: header.migrations };
}

/**
 * Re-creates pg-boss's queues as they were: each through pg-boss's own `create_queue`, which also
 * makes the queue's partition of the job table, then with the settings and dates of the backup
 * (all created first: a queue's dead-letter queue may come after it).
 */
async function restoreQueues(client: Client, columns: string[], rows: (string | null)[][]): Promise<void> {
  const nameAt = columns.indexOf('name');
  if (nameAt < 0) throw new Error('malformed backup: queues without names');
  const create = `SELECT ${client.escapeIdentifier(QUEUE_SCHEMA)}.create_queue($1, $2::json)`;
  for (const row of rows) await client.query(create, [row[nameAt], JSON.stringify({ policy: 'standard' })]);
  const settings = columns.filter((c) => c !== 'name' && c !== 'partition_name');
  if (!settings.length) return;
  const assignments = settings.map((c, i) => `${client.escapeIdentifier(c)} = $${i + 2}`).join(', ');
  const update = `UPDATE ${quoteName(client, QUEUE_SCHEMA, QUEUE_TABLE)} SET ${assignments} WHERE name = $1`;
  for (const row of rows) {
    await client.query(update, [row[nameAt], ...settings.map((c) => row[columns.indexOf(c)])]);
  }
}

/**
 * A job needs its queue's partition. A backup made before queues were kept (format 1 without the
 * queue table) still restores: any queue its jobs name is created with pg-boss's defaults.
 */
async function ensureQueues(client: Client, columns: string[], rows: (string | null)[][]): Promise<void> {
  const nameAt = columns.indexOf('name');
  const names = [...new Set(rows.map((row) => row[nameAt]).filter((name): name is string => name !== null))];
  if (!names.length) return;
  await client.query(
    `SELECT ${client.escapeIdentifier(QUEUE_SCHEMA)}.create_queue(n, $2::json) FROM unnest($1::text[]) AS n
      WHERE NOT EXISTS (SELECT 1 FROM ${quoteName(client, QUEUE_SCHEMA, QUEUE_TABLE)} q WHERE q.name = n)`,
    [names, JSON.stringify({ policy: 'standard' })],
  );
}

/**
 * Drops the application's foreign keys and disables its own triggers (the audit log refuses
 * changes) for the load; the returned function puts both back, checking every key.
 */
async function dropForeignKeys(client: Client): Promise<() => Promise<void>> {
  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conparentid = 0`,
  );
  const { rows: withTriggers } = await client.query<{ tbl: string }>(
    `SELECT DISTINCT tgrelid::regclass::text AS tbl FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace`,
  );
  for (const key of keys) {
    await client.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${client.escapeIdentifier(key.name)}`);
  }
  for (const { tbl } of withTriggers) await client.query(`ALTER TABLE ${tbl} DISABLE TRIGGER USER`);
  return async () => {
    for (const key of keys) {
      await client.query(`ALTER TABLE ${key.tbl} ADD CONSTRAINT ${client.escapeIdentifier(key.name)} ${key.def}`);
    }
    for (const { tbl } of withTriggers) await client.query(`ALTER TABLE ${tbl} ENABLE TRIGGER USER`);
  };
}
