// Builds dist/ when it is missing or older than the sources, so `npm start` works right after `npm ci`:
// the server (apps, libs, migrations) with `npm run build`, which builds the web app too, or only the
// web app (apps/web) with `npm run build:web` when only it changed. `--web` checks the web app alone
// (the browser tests' global setup). Several processes may ask at once (two `npm start`s, parallel
// tests): one builds, under a lock directory, while the others wait and then find dist/ up to date.
const { execSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, rmSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const serverMarker = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
const webMarker = join(root, 'dist', 'web', 'index.html');
const web = join(root, 'apps', 'web');
const lock = join(root, '.build-lock');
const STALE_LOCK_MS = 10 * 60 * 1000;
const webOnly = process.argv.includes('--web');

/** The newest modification time of the files under dir that `matches`, skipping `skip`. */
function newest(dir, matches, skip) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === skip || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) latest = Math.max(latest, newest(path, matches, skip));
    else if (matches(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function olderThan(marker, sources) {
  return !existsSync(marker) || statSync(marker).mtimeMs < sources;
}

function serverStale() {
  const ts = (name) => name.endsWith('.ts');
  const sources = Math.max(...['apps', 'libs', 'migrations'].map((dir) => newest(join(root, dir), ts, web)));
  return olderThan(serverMarker, sources);
}

function webStale() {
  return olderThan(
    webMarker,
    newest(web, () => true),
  );
}

/** The build to run, or null when dist/ is up to date. */
function needed() {
  if (!webOnly && serverStale()) return 'build';
  if (webStale()) return 'build:web';
  return null;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** mkdir is atomic: whoever creates the directory builds; a lock left by a killed build expires. */
function acquire() {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      sleep(200);
    }
  }
}

if (needed()) {
  acquire();
  try {
    const script = needed();
    // A production build whatever the caller's NODE_ENV (Jest sets "test", which would make Vite
    // bundle React's development build).
    if (script)
      execSync(`npm run ${script}`, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
