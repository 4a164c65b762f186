import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createEmptyDatabase, type TestDatabase } from './support/test-database';
import { ensureBuilt, graphql, startProcess, stopProcess, waitHealthy, type ServerProcess } from './support/processes';
import { eventually } from './support/eventually';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { user { id email } } }`;

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  await eventually(condition, { timeoutMs, intervalMs: 100 });
}

/** Whether a process runs (a zombie, exited but not yet reaped by its parent, does not). */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('start-up', () => {
  const started: ServerProcess[] = [];

  beforeAll(() => ensureBuilt(), 180_000);
  afterEach(async () => {
    for (const server of started.splice(0)) await stopProcess(server, 'SIGKILL');
  });

  it('starts on a fresh DATA_DIR with the embedded PostgreSQL, survives SIGKILL, and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-start-'));
    chmodSync(dataDir, 0o755);
    try {
      const first = await startProcess('api', {
        DATA_DIR: dataDir,
        DATABASE_URL: undefined,
        SMTP_URL: undefined,
        LOG_LEVEL: 'debug',
      });
      started.push(first);
      await waitHealthy(first);
      const input = { email: 'first.run@example.org', password: 'a long enough password', name: 'First Run' };
      const signedUp = await graphql<{ signUp: boolean }>(first.url, SIGN_UP, { input });
      expect(signedUp.data?.signUp).toBe(true);
      // Without SMTP_URL the verification mail lands in DATA_DIR/outbox.
      await waitFor(() => existsSync(join(dataDir, 'outbox')) && readdirSync(join(dataDir, 'outbox')).length === 1);
      // Structured logs with a request id, and never the password, the token or the mail's body.
      const outbox = readdirSync(join(dataDir, 'outbox'));
      const mail = readFileSync(join(dataDir, 'outbox', outbox[0]), 'utf8');
      const token = /token=([A-Za-z0-9_-]+)/.exec(mail)?.[1] as string;
      expect(token).toBeDefined();
      const logs = first.output();
      expect(logs).toMatch(/"req":\{"id":"[0-9a-f-]{36}","method":"POST","path":"\/graphql"\}/);
      for (const secret of [input.password, token, 'Please confirm your email address']) {
        expect(logs).not.toContain(secret);
      }
      const postmasterPid = Number(
        readFileSync(join(dataDir, 'postgres', 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
      );

      // Killed without a chance to clean up: its PostgreSQL is left running.
      await stopProcess(first, 'SIGKILL');
      expect(isAlive(postmasterPid)).toBe(true);
      const serverPort = () =>
        (JSON.parse(readFileSync(join(dataDir, 'postgres', 'server.json'), 'utf8')) as { port: number }).port;
      const firstPort = serverPort();

      const second = await startProcess('api', { DATA_DIR: dataDir, DATABASE_URL: undefined, SMTP_URL: undefined });
      started.push(second);
      await waitHealthy(second);
      // Started afresh on the same port: other processes still holding its URL reconnect to it.
      expect(serverPort()).toBe(firstPort);
      const loggedIn = await graphql<{ logIn: { user: { id: string } } }>(second.url, LOG_IN, {
        input: { email: input.email, password: input.password },
      });
      expect(loggedIn.data?.logIn.user.id).toMatch(/^[0-9a-f-]{36}$/);

      // SIGTERM: the process closes, then stops the PostgreSQL it started.
      expect(await stopProcess(second, 'SIGTERM')).toBe(0);
      expect(existsSync(join(dataDir, 'postgres', 'data', 'postmaster.pid'))).toBe(false);
      expect(isAlive(postmasterPid)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('comes up twice at the same moment on one empty database (migrations under a lock), and runs a worker alone', async () => {
    const database: TestDatabase = await createEmptyDatabase();
    const dataDirs = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'undersigned-twin-')));
    try {
      const env = (i: number) => ({ DATABASE_URL: database.url, DATA_DIR: dataDirs[i], WORKER: 'off' });
      const twins = await Promise.all([startProcess('api', env(0)), startProcess('api', env(1))]);
      started.push(...twins);
      await Promise.all(twins.map((twin) => waitHealthy(twin)));

      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        const applied = await client.query('SELECT name, count(*)::int AS n FROM typeorm_migrations GROUP BY name');
        expect(applied.rows.length).toBeGreaterThan(0);
        expect(applied.rows.every((row: { n: number }) => row.n === 1)).toBe(true);

        // WORKER=off: no heartbeat yet. A worker started alone works the queue.
        expect((await client.query('SELECT count(*)::int AS n FROM worker_heartbeats')).rows[0].n).toBe(0);
        const worker = await startProcess('worker', env(2));
        started.push(worker);
        const beats = await eventually(
          async () => {
            const n: number = (await client.query('SELECT count(*)::int AS n FROM worker_heartbeats')).rows[0].n;
            return n > 0 ? n : undefined;
          },
          { timeoutMs: 60_000, intervalMs: 250, what: 'a heartbeat' },
        );
        expect(beats).toBe(1);
      } finally {
        await client.end();
      }
    } finally {
      for (const server of started.splice(0)) await stopProcess(server, 'SIGKILL');
      await database.drop();
      for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
