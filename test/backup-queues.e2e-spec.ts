import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { UNVERIFIED_ACCOUNTS_CRON, UNVERIFIED_ACCOUNTS_QUEUE } from '@undersigned/accounts';
import { HEARTBEAT_QUEUE, MAIL_QUEUE } from '@undersigned/common';
import { SIGN_ON_REQUESTS_CRON, SIGN_ON_REQUESTS_QUEUE } from '@undersigned/endorsements';
import { QUEUES } from '@undersigned/database';
import { LETTER_DEADLINE_SWEEP_QUEUE } from '../libs/letters/jobs/letter-deadline.queue';
import { LETTER_PUBLISH_SWEEP_QUEUE } from '../libs/letters/jobs/letter-publication.queue';
import { SUPPORTER_RETENTION_QUEUE } from '@undersigned/supporters';
import { backupLines, type BackupLine } from '../libs/common/database/backup-format';
import { eventually } from './support/eventually';
import { signUp, uniqueEmail } from './support/factories';
import { npmScript } from './support/npm-script';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';
import { createEmptyDatabase, type TestDatabase } from './support/test-database';

/** pg-boss's own queue: a worker's cron scheduler sends its due jobs through it. */
const SEND_IT_QUEUE = '__pgboss__send-it';

/** Harmless data for each of the app's queues: ids of nothing, which their workers finish at once. */
function probeData(queue: string): object {
  return {
    deliveryId: randomUUID(),
    letterId: randomUUID(),
    signatureId: randomUUID(),
    name: queue === SEND_IT_QUEUE ? HEARTBEAT_QUEUE : undefined,
  };
}

describe('a backup taken while jobs of every queue wait restores, and the jobs run', () => {
  const smtp = new SmtpSink();
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-backup-queues-'));
  const file = join(dir, 'queued.jsonl.gz');
  let source: TestApp;
  let restoredDb: TestDatabase | undefined;
  let restored: TestApp | undefined;

  beforeAll(async () => {
    await smtp.start();
    source = await startTestApp({ WORKER: 'off', SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await restored?.close();
    await restoredDb?.drop();
    await source.close();
    await smtp.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores every queue (the app’s and pg-boss’s own), its pending jobs and the schedules into an empty database', async () => {
    // What a worker does at start: pg-boss's scheduler creates its own queue, and the app's crons are stored.
    const boss = new PgBoss({
      connectionString: source.database.url,
      migrate: false,
      supervise: false,
      schedule: true,
      max: 2,
    });
    await boss.start();
    await boss.schedule(HEARTBEAT_QUEUE, '* * * * *', {}, { singletonKey: HEARTBEAT_QUEUE });
    await boss.schedule(LETTER_DEADLINE_SWEEP_QUEUE, '* * * * *');
    await boss.schedule(LETTER_PUBLISH_SWEEP_QUEUE, '* * * * *');
    await boss.schedule(SUPPORTER_RETENTION_QUEUE, '17 * * * *');
    await boss.schedule(UNVERIFIED_ACCOUNTS_QUEUE, UNVERIFIED_ACCOUNTS_CRON);
    await boss.schedule(SIGN_ON_REQUESTS_QUEUE, SIGN_ON_REQUESTS_CRON);
    await boss.stop({ graceful: false, wait: true });

    const queues = (await source.sql.query<{ name: string }>('SELECT name FROM pgboss.queue ORDER BY name')).rows.map(
      (r) => r.name,
    );
    expect(queues).toEqual([...QUEUES, SEND_IT_QUEUE].sort());

    // A real mail waiting (no worker runs here), and a job pending in every other queue.
    const email = uniqueEmail('queued-mail');
    await signUp(source, 'Queued Mail', email, { verified: false });
    const sender = new PgBoss({ connectionString: source.database.url, migrate: false, supervise: false, max: 2 });
    await sender.start();
    const ids: string[] = [];
    for (const queue of queues.filter((q) => q !== MAIL_QUEUE)) {
      ids.push((await sender.send(queue, probeData(queue))) as string);
    }
    await sender.stop({ graceful: false, wait: true });
    const pending = await source.sql.query<{ name: string; state: string }>(
      'SELECT name, state::text FROM pgboss.job ORDER BY name',
    );
    expect([...new Set(pending.rows.map((r) => r.name))]).toEqual(queues);
    expect(pending.rows.filter((r) => r.state !== 'created')).toEqual([]);
    const schedules = await source.sql.query('SELECT name, cron FROM pgboss.schedule ORDER BY name');

    const backup = await npmScript('backup', [file], { databaseUrl: source.database.url });
    expect(backup).toMatchObject({ code: 0 });
    restoredDb = await createEmptyDatabase();
    const restore = await npmScript('restore', [file], { databaseUrl: restoredDb.url });
    expect(restore.output).not.toMatch(/failed/);
    expect(restore).toMatchObject({ code: 0 });

    restored = await startTestApp({ WORKER: 'on', SMTP_URL: smtp.url }, restoredDb);
    const server = restored;
    const back = await server.sql.query<{ name: string }>('SELECT name FROM pgboss.queue ORDER BY name');
    expect(back.rows.map((r) => r.name)).toEqual(queues);
    expect((await server.sql.query('SELECT name, cron FROM pgboss.schedule ORDER BY name')).rows).toEqual(
      schedules.rows,
    );

    // The jobs are there, and the restored worker runs every one of them.
    const mail = await smtp.waitFor(email, (m) => /Confirm your email/.test(m.parsed.subject ?? ''), 30_000);
    expect(mail).toBeTruthy();
    await eventually(
      async () => {
        const { rows } = await server.sql.query<{ name: string; state: string }>(
          `SELECT name, state::text FROM pgboss.job WHERE id = ANY($1::uuid[])
           UNION ALL SELECT name, state::text FROM pgboss.archive WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        return rows.length === ids.length && rows.every((r) => r.state === 'completed');
      },
      { timeoutMs: 30_000, what: 'every restored job completed' },
    );
  });

  it('restores a backup made before queues were kept (no queue table): the queues its jobs name are created', async () => {
    // The file of the previous test without pgboss.queue, as backups were written before.
    const lines: string[] = [];
    let skipping = false;
    let tables = 0;
    for await (const text of backupLines(file)) {
      const line = JSON.parse(text) as BackupLine | unknown[];
      if (!Array.isArray(line) && 'table' in line) {
        skipping = line.table.schema === 'pgboss' && line.table.name === 'queue';
        if (!skipping) tables += 1;
      }
      if (!Array.isArray(line) && 'complete' in line) {
        const queueRows = (await source.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM pgboss.queue')).rows[0]
          .n;
        lines.push(JSON.stringify({ complete: { tables, rows: line.complete.rows - queueRows } }));
        continue;
      }
      if (!skipping) lines.push(text);
      if (!Array.isArray(line) && 'end' in line) skipping = false;
    }
    const old = join(dir, 'old.jsonl.gz');
    writeFileSync(old, gzipSync(lines.join('\n')));
    const empty = await createEmptyDatabase();
    try {
      const restore = await npmScript('restore', [old], { databaseUrl: empty.url });
      expect(restore).toMatchObject({ code: 0 });
      const client = new Client({ connectionString: empty.url });
      await client.connect();
      try {
        const jobs = await client.query<{ name: string }>('SELECT DISTINCT name FROM pgboss.job ORDER BY name');
        const queues = await client.query<{ name: string }>('SELECT name FROM pgboss.queue ORDER BY name');
        expect(jobs.rows.map((r) => r.name)).toContain('__pgboss__send-it');
        expect(queues.rows.map((r) => r.name)).toEqual(expect.arrayContaining(jobs.rows.map((r) => r.name)));
      } finally {
        await client.end();
      }
    } finally {
      await empty.drop();
    }
  });
});
