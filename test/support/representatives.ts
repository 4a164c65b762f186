import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { importAreas } from '@undersigned/representatives/import/area-import';
import { importTargets } from '@undersigned/representatives/import/target-import';

const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'representatives');

export const REPRESENTATIVES = `query($postcode: String!, $areaType: String) {
  representatives(postcode: $postcode, areaType: $areaType) { id name title email party area { code name type } } }`;

export interface Target {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  party: string | null;
  area: { code: string; name: string; type: string } | null;
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an npm script (`import:areas`, ...) as an operator would, against `databaseUrl`. */
export function runNpmScript(script: string, args: string[], databaseUrl: string): Promise<ScriptRun> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

/** A connected client for the import functions; closed by `work`'s end. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The fixture constituencies (pcon24 style, named) and their targets, imported into `url`'s database. */
export async function importFixtures(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await importAreas(
      client,
      { postcodes: join(FIXTURES, 'onspd-pcon24.csv'), names: join(FIXTURES, 'pcon24-names.csv') },
      { progress: false },
    );
    await importTargets(client, join(FIXTURES, 'targets.csv'), { progress: false });
  });
}
