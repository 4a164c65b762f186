/**
 * `npm run permissions:table`: writes README's permissions table from the role-matrix snapshot
 * (test/__snapshots__/role-matrix.e2e-spec.ts.snap), between its permissions markers.
 * `npm run permissions:table -- --check`: fails when README's table differs (CI drift check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SNAPSHOT = join(ROOT, 'test', '__snapshots__', 'role-matrix.e2e-spec.ts.snap');
const README = join(ROOT, 'README.md');
const START = '<!-- permissions:start -->';
const END = '<!-- permissions:end -->';
const CALLERS = ['anonymous', 'outsider', 'MEMBER', 'SIGNATORY', 'COORDINATOR', 'OWNER', 'co-lead-OWNER'];

/** Snapshot lines look like `Mutation.openLetter   anonymous=UNAUTHENTICATED outsider=NOT_FOUND ...`. */
function permissionsTable(snapshot: string): string {
  const rows = snapshot
    .split('\n')
    .filter((line) => line.includes(' anonymous='))
    .map((line) => {
      const at = line.indexOf(' anonymous=');
      const outcomes = new Map(
        line
          .slice(at)
          .trim()
          .replace(/"$/, '')
          .split(/\s+/)
          .map((cell) => cell.split('=') as [string, string]),
      );
      const [operation, variant] = line.slice(0, at).trim().replace(/^"/, '').split(/ (.*)/);
      const name = `\`${operation}\`${variant ? ` ${variant}` : ''}`;
      return `| ${[name, ...CALLERS.map((caller) => display(outcomes.get(caller)))].join(' | ')} |`;
    });
  if (!rows.length) throw new Error(`no role-matrix rows found in ${SNAPSHOT}`);
  const header = `| operation or field | ${CALLERS.map((caller) => caller.replace(/-OWNER$/, ' OWNER')).join(' | ')} |`;
  const rule = `|${' --- |'.repeat(CALLERS.length + 1)}`;
  return [header, rule, ...rows].join('\n');
}

function display(outcome: string | undefined): string {
  if (outcome === undefined) throw new Error('a role-matrix row lacks a caller');
  return outcome === 'ok' ? '✓' : outcome;
}

function main(): void {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  const table = permissionsTable(readFileSync(SNAPSHOT, 'utf8'));
  const updated = `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
  if (!process.argv.includes('--check')) {
    writeFileSync(README, updated);
    console.log('wrote the permissions table in README.md');
  } else if (updated !== readme) {
    console.error('README.md permissions table is out of date: run `npm run permissions:table` and commit it');
    process.exitCode = 1;
  }
}

main();
