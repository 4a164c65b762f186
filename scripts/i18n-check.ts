/**
 * `npm run i18n:check`: the web app's message catalogs (apps/web/src/messages/<locale>.json) are whole.
 * It fails when the source code has a message that en.json lacks or words differently, when en.json keeps
 * a message no code uses, or when another catalog misses a key of en.json, has one en.json lacks, or
 * drops or renames a placeholder (formatjs verify --structural-equality).
 * `npm run i18n:extract`: writes en.json from the messages in the code (ids and default wording).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const FORMATJS = join(ROOT, 'node_modules', '.bin', 'formatjs');
export const WEB_SOURCE = join(ROOT, 'apps', 'web', 'src');
export const SOURCE_LOCALE = 'en';

type Catalog = Record<string, string>;

function run(args: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(FORMATJS, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** The messages the code declares (FormattedMessage, defineMessages, formatMessage), by id, with their English. */
export function extractMessages(sourceDir: string): Catalog {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-extract-'));
  try {
    const out = join(dir, 'extracted.json');
    const result = run([
      'extract',
      `${sourceDir}/**/*.{ts,tsx}`,
      '--ignore',
      `${sourceDir}/**/*.spec.ts`,
      `${sourceDir}/gql/**`,
      '--format',
      'simple',
      '--preserve-whitespace',
      '--throws',
      '--out-file',
      out,
    ]);
    if (!result.ok) throw new Error(`formatjs extract failed:\n${result.output}`);
    return JSON.parse(readFileSync(out, 'utf8')) as Catalog;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** en.json's text: keys sorted, as `i18n:extract` writes it. */
export function catalogText(catalog: Catalog): string {
  const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** What is wrong with the catalogs in `messagesDir`, given the messages the code declares; empty when whole. */
export function catalogProblems(messagesDir: string, declared: Catalog): string[] {
  const problems: string[] = [];
  const files = readdirSync(messagesDir).filter((name) => name.endsWith('.json'));
  if (!files.includes(`${SOURCE_LOCALE}.json`)) return [`${messagesDir} has no ${SOURCE_LOCALE}.json`];
  const source = JSON.parse(readFileSync(join(messagesDir, `${SOURCE_LOCALE}.json`), 'utf8')) as Catalog;
  for (const [id, message] of Object.entries(declared)) {
    if (!(id in source)) problems.push(`${SOURCE_LOCALE}.json misses "${id}", which the code uses`);
    else if (source[id] !== message) problems.push(`${SOURCE_LOCALE}.json words "${id}" differently from the code`);
  }
  for (const id of Object.keys(source)) {
    if (!(id in declared)) problems.push(`${SOURCE_LOCALE}.json has "${id}", which no code uses`);
  }
  for (const file of files) {
    const locale = file.replace(/\.json$/, '');
    if (locale === SOURCE_LOCALE) continue;
    const catalog = JSON.parse(readFileSync(join(messagesDir, file), 'utf8')) as Catalog;
    for (const id of Object.keys(source)) if (!(id in catalog)) problems.push(`${file} misses "${id}"`);
    for (const id of Object.keys(catalog))
      if (!(id in source)) problems.push(`${file} has "${id}", which en.json lacks`);
  }
  const verified = run([
    'verify',
    '--source-locale',
    SOURCE_LOCALE,
    '--missing-keys',
    '--extra-keys',
    '--structural-equality',
    ...files.map((file) => join(messagesDir, file)),
  ]);
  if (!verified.ok) problems.push(`formatjs verify:\n${verified.output.trim()}`);
  return problems;
}

if (require.main === module) {
  const messagesDir = join(WEB_SOURCE, 'messages');
  const declared = extractMessages(WEB_SOURCE);
  if (process.argv.includes('--write')) {
    writeFileSync(join(messagesDir, `${SOURCE_LOCALE}.json`), catalogText(declared));
  }
  const problems = catalogProblems(messagesDir, declared);
  if (problems.length) {
    console.error(`The message catalogs are not whole:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`${Object.keys(declared).length} messages; every catalog in ${messagesDir} has them all.`);
}
