import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { ensureBuilt, freePort, startProcess, stopProcess, waitHealthy, type ServerProcess } from './support/processes';
import { CREATE_ORGANISATION, endorseInput, OPEN_LETTER, SIGN_UP } from './support/factories';
import { subscribe } from './support/subscriptions';
import { graphql } from './gql';
import type {
  CreateLetterInput,
  ResilienceEndorseMutation,
  ResilienceReadLetterQuery,
  TypedDocumentString,
} from './gql/graphql';

const ROOT = join(__dirname, '..');
/** Each request of the stream gives up after this long: one that does is a request that hung. */
const CLIENT_TIMEOUT_MS = 15_000;

interface Answer<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

type Outcome<T> = Answer<T> | 'timeout' | 'unreachable';

/** A GraphQL request with a client-side timeout: 'timeout' when the server did not answer in time. */
async function gql<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<Outcome<TResult>> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    return { status: response.status, body: (await response.json()) as Answer<TResult>['body'] };
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable';
  }
}

/** The data of a request that must succeed. */
async function must<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TResult> {
  const answer = await gql(url, document, variables, token);
  if (typeof answer === 'string' || !answer.body.data || answer.body.errors) {
    throw new Error(`request failed: ${JSON.stringify(answer)}`);
  }
  return answer.body.data;
}

async function healthStatus(url: string): Promise<number | 'timeout' | 'refused'> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? 'timeout' : 'refused';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Whether a process runs (a zombie, exited but not yet reaped, does not). */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Direct SQL on the embedded database of a DATA_DIR, as its owner would connect. */
async function embeddedSql<T>(dataDir: string, work: (client: Client) => Promise<T>): Promise<T> {
  const { port } = JSON.parse(readFileSync(join(dataDir, 'postgres', 'server.json'), 'utf8')) as { port: number };
  const password = readFileSync(join(dataDir, 'secrets', 'postgres-password'), 'utf8');
  const client = new Client({ host: '127.0.0.1', port, user: 'undersigned', password, database: 'undersigned' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface Exit {
  code: number | null;
  stderr: string;
}

/** Runs the API until it exits by itself (a refused start), as the given OS user when root. */
function runUntilExit(env: Record<string, string>, uid?: number): Promise<Exit> {
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('UNDERSIGNED_TEST') && key !== 'DATABASE_URL') childEnv[key] = value;
  }
  Object.assign(childEnv, { HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, env);
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js')], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    }),
  );
}

/** The `msg` of every JSON log line at level error (50) or above. */
function errorLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .flatMap((line) => {
      try {
        const parsed = JSON.parse(line) as { level?: number; msg?: string };
        return (parsed.level ?? 0) >= 50 && parsed.msg ? [parsed.msg] : [];
      } catch {
        return [];
      }
    })
    .filter(Boolean);
}

const LOG_IN = graphql(`
  mutation ResilienceLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
    }
  }
`);
const CREATE_LETTER = graphql(`
  mutation ResilienceCreateLetter($input: CreateLetterInput!) {
    createLetter(input: $input) {
      id
      currentVersion {
        contentHash
      }
    }
  }
`);
const ENDORSE = graphql(`
  mutation ResilienceEndorse($input: EndorseInput!) {
    endorseLetter(input: $input) {
      id
      status
    }
  }
`);
const READ_LETTER = graphql(`
  query ResilienceReadLetter($id: ID!) {
    letter(id: $id) {
      id
      title
      status
    }
  }
`);
const LETTER_COUNTS_CHANGED = graphql(`
  subscription ResilienceLetterCountsChanged($id: ID!) {
    letterCountsChanged(letterId: $id) {
      signed
    }
  }
`);

describe('resilience of the embedded database', () => {
  const started: ServerProcess[] = [];

  beforeAll(() => ensureBuilt(), 180_000);
  afterEach(async () => {
    for (const server of started.splice(0)) await stopProcess(server, 'SIGKILL');
  });

  it('restarts a SIGKILLed embedded PostgreSQL under a stream of requests; nothing hangs, nothing is lost, everything recovers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-watchdog-'));
    chmodSync(dataDir, 0o755);
    try {
      const api = await startProcess('api', {
        DATA_DIR: dataDir,
        DATABASE_URL: undefined,
        SMTP_URL: undefined,
        AUTH_RATE_LIMIT: '0',
      });
      started.push(api);
      await waitHealthy(api);

      let people = 0;
      const person = async (): Promise<{ token: string; organisationId: string }> => {
        people += 1;
        const email = `person.${people}@example.org`;
        const password = 'a long enough password';
        await must(api.url, SIGN_UP, { input: { email, password, name: `Person ${people}` } });
        await embeddedSql(dataDir, (sql) =>
          sql.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [email]),
        );
        const { logIn } = await must(api.url, LOG_IN, {
          input: { email, password },
        });
        const { createOrganisation } = await must(
          api.url,
          CREATE_ORGANISATION,
          { input: { name: `Organisation ${people}` } },
          logIn.accessToken,
        );
        return { token: logIn.accessToken, organisationId: createOrganisation.id };
      };
      const openLetter = async (
        lead: { token: string; organisationId: string },
        extra: Partial<CreateLetterInput> = {},
      ): Promise<{ id: string; hash: string }> => {
        const { createLetter } = await must(
          api.url,
          CREATE_LETTER,
          {
            input: {
              title: 'Release the detained',
              body: 'Dear Minister,\n\nRelease them.',
              leadOrganisationId: lead.organisationId,
              visibility: 'PUBLIC',
              ...extra,
            },
          },
          lead.token,
        );
        await must(api.url, OPEN_LETTER, { letterId: createLetter.id }, lead.token);
        return { id: createLetter.id, hash: createLetter.currentVersion.contentHash };
      };

      const lead = await person();
      const letter = await openLetter(lead);
      const signers = [];
      for (let i = 0; i < 8; i += 1) signers.push(await person());
      // Committed before the kill: these must all survive it.
      const committed: string[] = [];
      for (const signer of signers.slice(0, 4)) {
        const { endorseLetter } = await must(
          api.url,
          ENDORSE,
          endorseInput(letter.id, signer.organisationId, letter.hash),
          signer.token,
        );
        committed.push(endorseLetter.id);
      }

      // A stream of reads and endorsements, and a health poller, across the kill.
      const reads: Outcome<ResilienceReadLetterQuery>[] = [];
      const endorsements: Outcome<ResilienceEndorseMutation>[] = [];
      const health: { at: number; status: number | 'timeout' | 'refused' }[] = [];
      let streaming = true;
      const reader = (async () => {
        while (streaming) {
          reads.push(await gql(api.url, READ_LETTER, { id: letter.id }, lead.token));
          await sleep(50);
        }
      })();
      const endorser = (async () => {
        for (const signer of signers.slice(4)) {
          const answer = await gql(
            api.url,
            ENDORSE,
            endorseInput(letter.id, signer.organisationId, letter.hash),
            signer.token,
          );
          endorsements.push(answer);
          const id = typeof answer !== 'string' && answer.body.data?.endorseLetter.id;
          if (id) committed.push(id);
          await sleep(400);
        }
      })();
      const poller = (async () => {
        while (streaming) {
          health.push({ at: Date.now(), status: await healthStatus(api.url) });
          await sleep(100);
        }
      })();

      const killed = postmasterPid(dataDir);
      try {
        await sleep(500);
        process.kill(killed, 'SIGKILL');
        const killedAt = Date.now();
        // Within 10 s the database is back: /health said 503 meanwhile, and says 200 again.
        await waitFor(
          () => {
            const after = health.filter((h) => h.at > killedAt);
            const down = after.findIndex((h) => h.status === 503);
            return down >= 0 && after.slice(down).some((h) => h.status === 200);
          },
          10_000,
          '/health 503 then 200 after the kill',
        ).catch((error: Error) => {
          throw new Error(`${error.message} (seen: ${JSON.stringify(health.map((h) => h.status))})`);
        });
        await Promise.all([endorser, sleep(1_000)]);
      } finally {
        streaming = false;
        await Promise.all([reader, poller, endorser]);
      }

      expect(health.filter((h) => h.status !== 200 && h.status !== 503)).toEqual([]);
      const answers = [...reads, ...endorsements];
      expect(answers.filter((answer) => typeof answer === 'string')).toEqual([]);
      // Meanwhile requests failed at once, with a clear message (no "Internal server error", no stack).
      const failed = answers.flatMap((answer) =>
        typeof answer !== 'string' && answer.body.errors ? answer.body.errors : [],
      );
      expect(failed.length).toBeGreaterThan(0);
      for (const error of failed) {
        expect(error.message).toBe('The database is unavailable; try again shortly');
        expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      }
      const last = reads[reads.length - 1] as Answer<ResilienceReadLetterQuery>;
      expect(last.body.data?.letter).toMatchObject({ id: letter.id, status: 'OPEN' });

      const newPid = postmasterPid(dataDir);
      expect(newPid).not.toBe(killed);
      expect(isAlive(newPid)).toBe(true);
      const stored = await embeddedSql(dataDir, async (sql) => {
        const { rows } = await sql.query<{ id: string }>(
          `SELECT id FROM endorsements WHERE letter_id = $1 AND status = 'SIGNED'`,
          [letter.id],
        );
        return rows.map((row) => row.id);
      });
      expect(stored).toEqual(expect.arrayContaining(committed));
      expect(committed.length).toBeGreaterThanOrEqual(4);

      // The event bus listens again, once (not once per error its dead connection reported) ...
      const listeners = () =>
        embeddedSql(dataDir, async (sql) => {
          const { rows } = await sql.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query ILIKE 'LISTEN%'`,
          );
          return rows[0].n;
        });
      await waitFor(async () => (await listeners()) > 0, 20_000, 'the event bus listens again');
      await sleep(2_500);
      expect(await listeners()).toBe(1);
      // ... and delivers: a new endorsement reaches a subscriber.
      const ws = createClient({
        url: `${api.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${lead.token}` },
      });
      try {
        const heard = new Promise<number>((resolve, reject) => {
          subscribe(
            ws,
            LETTER_COUNTS_CHANGED,
            { id: letter.id },
            {
              next: (message) => resolve(message.data?.letterCountsChanged.signed ?? -1),
              error: reject,
              complete: () => undefined,
            },
          );
        });
        await sleep(500);
        const latecomer = await person();
        await must(api.url, ENDORSE, endorseInput(letter.id, latecomer.organisationId, letter.hash), latecomer.token);
        expect(await heard).toBe(stored.length + 1);
      } finally {
        await ws.dispose();
      }

      // pg-boss works jobs again: a letter whose deadline passes after the restart closes by itself.
      const closing = await openLetter(lead, { endorsementDeadline: new Date(Date.now() + 3_000).toISOString() });
      await waitFor(
        async () => {
          const answer = await gql(api.url, READ_LETTER, { id: closing.id }, lead.token);
          return typeof answer !== 'string' && (answer.body.data?.letter as { status: string }).status === 'CLOSED';
        },
        30_000,
        'the deadline job closes the letter',
      );

      // The restarted database is still this process's: SIGTERM stops it.
      expect(await stopProcess(api, 'SIGTERM')).toBe(0);
      expect(isAlive(newPid)).toBe(false);
      expect(api.output()).toContain('restarting');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);

  describe('a start that cannot work says why and exits non-zero', () => {
    let database: TestDatabase;
    const JWT_SECRET = 'a-secret-for-refused-starts-0123456789';

    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(async () => {
      await database.drop();
    });

    it('refuses a DATA_DIR it cannot write to', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-readonly-'));
      chmodSync(dataDir, 0o555);
      try {
        // root writes anywhere: as root, start it as "nobody" (who may read the code, not write here).
        const uid = process.getuid?.() === 0 ? 65534 : undefined;
        const exit = await runUntilExit({ DATA_DIR: dataDir, DATABASE_URL: database.url, PORT: '0' }, uid);
        expect(exit.code).not.toBe(0);
        expect(exit.code).not.toBeNull();
        expect(errorLines(exit.stderr)).toEqual([`Invalid configuration: DATA_DIR is not writable: ${dataDir}`]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('refuses a port that is taken', async () => {
      const port = await freePort();
      const taken: Server = createServer();
      await new Promise<void>((done) => taken.listen(port, '127.0.0.1', done));
      const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-port-'));
      try {
        const exit = await runUntilExit({
          DATA_DIR: dataDir,
          DATABASE_URL: database.url,
          PORT: String(port),
          JWT_SECRET,
          WORKER: 'off',
        });
        expect(exit.code).not.toBe(0);
        expect(exit.code).not.toBeNull();
        expect(errorLines(exit.stderr)).toEqual([
          `start-up failed: port ${port} on 127.0.0.1 is already in use (set PORT to a free port)`,
        ]);
      } finally {
        await new Promise((done) => taken.close(done));
        rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('refuses a database migrated by a newer version of Undersigned', async () => {
      const sql = new Client({ connectionString: database.url });
      await sql.connect();
      const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-newer-'));
      try {
        await sql.query(
          `INSERT INTO typeorm_migrations ("timestamp", name) VALUES (4102444800000, 'FromTheFuture4102444800000')`,
        );
        const before = await sql.query('SELECT name FROM typeorm_migrations ORDER BY id');
        const exit = await runUntilExit({ DATA_DIR: dataDir, DATABASE_URL: database.url, PORT: '0', JWT_SECRET });
        expect(exit.code).not.toBe(0);
        expect(exit.code).not.toBeNull();
        expect(errorLines(exit.stderr)).toEqual([
          'start-up failed: this database was migrated by a newer version of Undersigned ' +
            '(unknown migrations: FromTheFuture4102444800000); run that version, or restore a backup made for this one',
        ]);
        expect((await sql.query('SELECT name FROM typeorm_migrations ORDER BY id')).rows).toEqual(before.rows);
      } finally {
        await sql.query(`DELETE FROM typeorm_migrations WHERE name = 'FromTheFuture4102444800000'`);
        await sql.end();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});
