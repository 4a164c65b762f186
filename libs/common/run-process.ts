import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import type { DatabaseHandle } from './database/embedded-postgres';
import { prepareDatabase } from './database/prepare-database';
import { runMigrations, type DatabaseSchema } from './database/migrate';

export interface Closable {
  close(): Promise<void>;
}

function say(level: 'info' | 'error', msg: string): void {
  // Before Nest starts there is no logger yet: write the same JSON shape pino writes.
  process.stderr.write(`${JSON.stringify({ level: level === 'info' ? 30 : 50, time: Date.now(), msg })}\n`);
}

/** Why a start failed, in words that name what to change. */
function startFailure(error: unknown, config: AppConfig): string {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    return `port ${config.port} on ${config.host} is already in use (set PORT to a free port)`;
  }
  return (error as Error).message;
}

/**
 * Runs a deployable: reads the configuration, prepares the database (embedded when no
 * DATABASE_URL), migrates it under an advisory lock, starts the app, and on SIGINT/SIGTERM closes
 * the app and then the embedded database.
 */
export async function runProcess(
  schema: (url: string) => DatabaseSchema,
  start: (config: AppConfig) => Promise<Closable>,
): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    say('error', error instanceof ConfigError ? error.message : `start-up failed: ${(error as Error).message}`);
    process.exit(error instanceof ConfigError ? 78 : 1);
  }
  let database: DatabaseHandle;
  try {
    database = await prepareDatabase(config, (msg) => say('info', msg));
  } catch (error) {
    say('error', `start-up failed: ${(error as Error).message}`);
    process.exit(1);
  }
  let app: Closable | undefined;
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say('info', `${signal} received, shutting down`);
    try {
      await app?.close();
    } finally {
      await database.release();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    const applied = await runMigrations(database.url, schema(database.url));
    if (applied.length) say('info', `applied migrations: ${applied.join(', ')}`);
    app = await start({ ...config, databaseUrl: database.url });
  } catch (error) {
    say('error', `start-up failed: ${startFailure(error, config)}`);
    await app?.close().catch(() => undefined);
    await database.release();
    process.exit(1);
  }
}
