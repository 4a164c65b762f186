// Builds dist/ when it is missing or older than the sources, so `npm start` works right after `npm ci`.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const marker = join(root, 'dist', 'apps', 'api', 'src', 'main.js');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(...['apps', 'libs', 'migrations'].map((dir) => newest(join(root, dir))));
if (!existsSync(marker) || statSync(marker).mtimeMs < sources) {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
