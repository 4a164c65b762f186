import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { backupLines, type BackupLine } from '../libs/common/database/backup-format';
import { ensureBuilt, graphql as postToProcess, startProcess, stopProcess, waitHealthy } from './support/processes';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';
import { createEmptyDatabase, type TestDatabase } from './support/test-database';
import {
  addRecipient,
  createLetter,
  createOrganisation,
  deliverLetter,
  ENDORSE_LETTER,
  endorseInput,
  openDraft,
  signUp,
  verifyDirectly,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';
import type { BackupVerifyReceiptQuery } from './gql/graphql';

const LETTER_AUDIT = graphql(`
  query BackupLetterAudit($id: ID!) {
    letter(id: $id) {
      endorsements(first: 100) {
        totalCount
        edges {
          node {
            id
            organisation {
              id
            }
          }
        }
      }
    }
    auditTrail(letterId: $id) {
      verified
      events {
        kind
        organisationId
      }
    }
  }
`);
const VERIFY_RECEIPT = graphql(`
  query BackupVerifyReceipt($r: String!) {
    verifyReceipt(receipt: $r) {
      valid
      current
    }
  }
`);

const ROOT = join(__dirname, '..');

/** Runs `npm run backup|restore -- FILE` as an operator would, on DATABASE_URL or DATA_DIR's embedded database. */
function npmRun(
  script: 'backup' | 'restore',
  file: string,
  target: { databaseUrl: string } | { dataDir: string },
): Promise<{ code: number; output: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'undersigned-backup-cli-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('UNDERSIGNED_TEST') && key !== 'DATABASE_URL') env[key] = value;
  }
  Object.assign(
    env,
    { NODE_ENV: 'production' },
    'databaseUrl' in target ? { DATABASE_URL: target.databaseUrl, DATA_DIR: scratch } : { DATA_DIR: target.dataDir },
  );
  return new Promise((done) =>
    execFile('npm', ['run', '--silent', script, '--', file], { cwd: ROOT, env }, (error, stdout, stderr) => {
      rmSync(scratch, { recursive: true, force: true });
      done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    }),
  );
}

/** The ids of the endorsements a backup holds. */
async function endorsementIds(file: string): Promise<string[]> {
  const ids: string[] = [];
  let inside = false;
  for await (const text of backupLines(file)) {
    const line = JSON.parse(text) as BackupLine | string[];
    if (Array.isArray(line)) {
      if (inside) ids.push(line[0]);
    } else if ('table' in line) {
      inside = line.table.schema === 'public' && line.table.name === 'endorsements' && line.table.columns[0] === 'id';
    }
  }
  return ids.sort();
}

/** The backup's first line: its header. */
async function header(file: string): Promise<{ snapshot: string; migrations: string[] }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  for await (const line of lines) {
    lines.close();
    return JSON.parse(line) as { snapshot: string; migrations: string[] };
  }
  throw new Error('empty backup');
}

describe('backup and restore', () => {
  const smtp = new SmtpSink();
  const receiptKey = JSON.stringify(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }));
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-backup-'));
  const file = join(dir, 'snapshot.jsonl.gz');
  let source: TestApp;
  let restoredDb: TestDatabase | undefined;
  let restored: TestApp | undefined;

  beforeAll(async () => {
    await smtp.start();
    source = await startTestApp({ RECEIPT_SIGNING_KEY: receiptKey, WORKER: 'off' });
  });
  afterAll(async () => {
    await restored?.close();
    await restoredDb?.drop();
    await source.close();
    await smtp.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function signer(name: string): Promise<{ user: TestUser; org: { id: string } }> {
    const user = await signUp(source, `${name} signer`);
    await verifyDirectly(source, user);
    return { user, org: await createOrganisation(source, user, { name, country: 'GB' }) };
  }

  it('snapshots while 20 organisations sign; the restored server has exactly what the snapshot saw, and it verifies', async () => {
    const lead = await signer('Backup Lead');
    const letters: { id: string; hash: string }[] = [];
    for (let i = 0; i < 60; i++) {
      const letter = await createLetter(source, lead.user, lead.org.id, { visibility: 'PUBLIC' });
      await openDraft(source, lead.user, letter.id);
      letters.push({ id: letter.id, hash: letter.currentVersion.contentHash });
    }
    const signers = [];
    for (let i = 0; i < 20; i++) signers.push(await signer(`Coalition member ${i}`));

    // A letter queued for delivery (no worker runs here): the restored server must still send it.
    const queued = letters.pop() as { id: string; hash: string };
    const first = await source.gql(
      ENDORSE_LETTER,
      endorseInput(queued.id, signers[0].org.id, queued.hash),
      signers[0].user.accessToken,
    );
    expect(first.body.errors).toBeUndefined();
    await addRecipient(source, lead.user, queued.id, {
      name: 'Minister',
      role: 'TO',
      channel: 'EMAIL',
      email: 'minister@gov.example',
    });
    const delivered = await deliverLetter(source, lead.user, queued.id);
    const messageId = delivered[0].messageId as string;
    expect(messageId).toBeTruthy();

    // Each organisation signs letter after letter until the backup has finished.
    let stop = false;
    const committed: string[] = [];
    const signing = signers.map(async (who) => {
      for (const letter of letters) {
        if (stop) return;
        const response = await source.gql(
          ENDORSE_LETTER,
          endorseInput(letter.id, who.org.id, letter.hash),
          who.user.accessToken,
        );
        if (!response.body.data?.endorseLetter) throw new Error(response.text);
        committed.push(response.body.data.endorseLetter.id);
      }
    });
    while (committed.length < 20) await new Promise((done) => setTimeout(done, 20));
    const backup = await npmRun('backup', file, { databaseUrl: source.database.url });
    const committedBeforeEnd = committed.length;
    stop = true;
    await Promise.all(signing);
    expect(backup).toMatchObject({ code: 0 });

    // The set the snapshot's transaction saw, computed from the source's row versions.
    const { snapshot } = await header(file);
    const seen = await source.sql.query<{ id: string }>(
      `SELECT id FROM endorsements WHERE pg_visible_in_snapshot(xmin::text::xid8, $1::pg_snapshot) ORDER BY id`,
      [snapshot],
    );
    const all = await source.sql.query<{ id: string }>('SELECT id FROM endorsements');
    // The snapshot was taken mid-signing: some endorsements before it, some after.
    expect(seen.rows.length).toBeGreaterThan(20);
    expect(seen.rows.length).toBeLessThan(all.rows.length);
    expect(committedBeforeEnd).toBeLessThan(all.rows.length);

    restoredDb = await createEmptyDatabase();
    const restore = await npmRun('restore', file, { databaseUrl: restoredDb.url });
    expect(restore).toMatchObject({ code: 0 });
    smtp.messages.length = 0;
    restored = await startTestApp(
      { RECEIPT_SIGNING_KEY: receiptKey, WORKER: 'on', SMTP_URL: smtp.url, DELIVERY_RETRY_DELAY_SECONDS: '1' },
      restoredDb,
    );
    const server = restored;

    const back = await server.sql.query<{ id: string; receipt: string; letter_id: string; organisation_id: string }>(
      'SELECT id, receipt, letter_id, organisation_id FROM endorsements ORDER BY id',
    );
    expect(back.rows.map((r) => r.id)).toEqual(seen.rows.map((r) => r.id));
    expect(await endorsementIds(file)).toEqual(seen.rows.map((r) => r.id).sort());
    const original = await source.sql.query<{ id: string; receipt: string }>(
      'SELECT id, receipt FROM endorsements WHERE id = ANY($1) ORDER BY id',
      [back.rows.map((r) => r.id)],
    );
    expect(back.rows.map((r) => r.receipt)).toEqual(original.rows.map((r) => r.receipt));

    // Over GraphQL, with the same account (same JWT secret): every letter's endorsements, audit
    // entries for exactly those, a verified chain, and receipts that verify and stand.
    for (const letter of [...letters, queued]) {
      const response = await server.gql(LETTER_AUDIT, { id: letter.id }, lead.user.accessToken);
      expect(response.body.errors).toBeUndefined();
      const data = response.body.data as NonNullable<typeof response.body.data>;
      const expected = back.rows.filter((r) => r.letter_id === letter.id);
      expect(data.letter?.endorsements.totalCount).toBe(expected.length);
      expect(data.auditTrail.verified).toBe(true);
      const signedBy = data.auditTrail.events.filter((e) => e.kind === 'SIGNED').map((e) => e.organisationId);
      expect(signedBy.sort()).toEqual(expected.map((r) => r.organisation_id).sort());
    }
    for (let i = 0; i < back.rows.length; i += 10) {
      const checks = await Promise.all(
        back.rows.slice(i, i + 10).map((row) => server.gql(VERIFY_RECEIPT, { r: row.receipt })),
      );
      for (const check of checks) expect(check.body.data?.verifyReceipt).toEqual({ valid: true, current: true });
    }

    // The delivery queued before the snapshot is sent by the restored server, with its Message-ID.
    const mail = await smtp.waitFor('minister@gov.example', () => true, 30_000);
    expect(mail.parsed.messageId).toBe(messageId);
    // Sixty letters, twenty signers, a backup and a restore in child processes: minutes on a busy 2-core machine.
  }, 300_000);

  it('refuses a database that is not empty, a backup from newer code and a cut-short file, changing nothing', async () => {
    const before = await source.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM endorsements');
    const result = await npmRun('restore', file, { databaseUrl: source.database.url });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/not empty/);
    const after = await source.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM endorsements');
    expect(after.rows[0].n).toBe(before.rows[0].n);

    const lines: string[] = [];
    for await (const line of backupLines(file)) lines.push(line);
    const head = JSON.parse(lines[0]) as { migrations: string[] };
    const newer = join(dir, 'newer.jsonl.gz');
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(
      newer,
      gzipSync(
        [JSON.stringify({ ...head, migrations: [...head.migrations, 'Future9999999999999'] }), ...lines.slice(1)].join(
          '\n',
        ),
      ),
    );
    writeFileSync(cut, gzipSync(lines.slice(0, -1).join('\n')));
    const empty = await createEmptyDatabase();
    try {
      const fromNewer = await npmRun('restore', newer, { databaseUrl: empty.url });
      expect(fromNewer.code).not.toBe(0);
      expect(fromNewer.output).toMatch(/newer version/);
      const fromCut = await npmRun('restore', cut, { databaseUrl: empty.url });
      expect(fromCut.code).not.toBe(0);
      expect(fromCut.output).toMatch(/incomplete/);
      // The cut-short load was rolled back: nothing half-restored.
      const client = new Client({ connectionString: empty.url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM endorsements');
      await client.end();
      expect(rows[0].n).toBe(0);
    } finally {
      await empty.drop();
    }
    // Three runs of the restore script, each a process of its own: on a loaded 2-core machine, over 120 s.
  }, 300_000);

  it('works with the embedded database of DATA_DIR: restores into a fresh one, backs it up while the server runs', async () => {
    ensureBuilt();
    const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-embedded-'));
    const again = join(dir, 'embedded.jsonl.gz');
    try {
      expect(await npmRun('restore', file, { dataDir })).toMatchObject({ code: 0 });
      const server = await startProcess('api', { DATA_DIR: dataDir, RECEIPT_SIGNING_KEY: receiptKey, WORKER: 'off' });
      try {
        await waitHealthy(server);
        const backup = await npmRun('backup', again, { dataDir });
        expect(backup).toMatchObject({ code: 0 });
        // The server kept serving from the same database meanwhile.
        const [id] = await endorsementIds(file);
        const { rows } = await source.sql.query<{ receipt: string }>('SELECT receipt FROM endorsements WHERE id = $1', [
          id,
        ]);
        const check = await postToProcess<BackupVerifyReceiptQuery>(server.url, VERIFY_RECEIPT.toString(), {
          r: rows[0].receipt,
        });
        expect(check.data?.verifyReceipt).toEqual({ valid: true, current: true });
      } finally {
        await stopProcess(server);
      }
      expect(await endorsementIds(again)).toEqual(await endorsementIds(file));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
