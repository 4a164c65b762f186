import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Runs `npm run <script> -- ...args` as an operator would, in production mode, on DATABASE_URL
 * (with a scratch DATA_DIR unless one is given) or on DATA_DIR's embedded database.
 */
export function npmScript(
  script: string,
  args: string[],
  target: { databaseUrl?: string; dataDir?: string },
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const scratch = target.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'undersigned-cli-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('UNDERSIGNED_TEST') && key !== 'DATABASE_URL') env[key] = value;
  }
  delete env.RECEIPT_SIGNING_KEY;
  Object.assign(
    env,
    { NODE_ENV: 'production', DATA_DIR: target.dataDir ?? (scratch as string) },
    target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {},
    extraEnv,
  );
  return new Promise((done) =>
    execFile('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    }),
  );
}
