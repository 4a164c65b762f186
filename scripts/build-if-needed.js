// Builds dist/ when it is missing or older than the sources, so `npm start` works right after `npm ci`.
// Several processes may ask at once (two `npm start`s, parallel tests): one builds, under a lock
// directory, while the others wait and then find dist/ up to date.
const { execSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, rmSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const marker = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
const lock = join(root, '.build-lock');
const STALE_LOCK_MS = 10 * 60 * 1000;

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function stale() {
  const sources = Math.max(...['apps', 'libs', 'migrations'].map((dir) => newest(join(root, dir))));
  return !existsSync(marker) || statSync(marker).mtimeMs < sources;
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

if (stale()) {
  acquire();
  try {
    if (stale()) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
