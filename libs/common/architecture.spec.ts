import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// Imports go one way: apps → libs, migrations → libs, and between contexts
// accounts ← representatives ← organisations ← letters ← endorsements ← supporters ← deliveries ← targeting (common below them all).
const ROOT = resolve(__dirname, '..', '..');
const CONTEXT_ORDER = [
  'common',
  'accounts',
  'representatives',
  'organisations',
  'letters',
  'endorsements',
  'supporters',
  'deliveries',
  'targeting',
];
// A deployable's entry point applies the migrations at start: the one import of migrations/ from apps/.
const ENTRY_POINT = /^apps\/[^/]+\/src\/main\.ts$/;

interface Import {
  file: string;
  target: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, resolved to a repository path when local. */
function importsOf(file: string): Import[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@undersigned/')) return [{ file, target: `libs/${specifier.slice(13)}` }];
    if (!specifier.startsWith('.')) return [];
    return [
      {
        file,
        target: relative(ROOT, resolve(ROOT, dirname(file), specifier))
          .split(sep)
          .join('/'),
      },
    ];
  });
}

function area(path: string): string {
  return path.split('/')[0];
}

/** libs/<context>/…, or undefined outside libs/. */
function contextOf(path: string): string | undefined {
  return area(path) === 'libs' ? path.split('/')[1] : undefined;
}

/** Why an import breaks the direction, or undefined when it does not. */
export function violation({ file, target }: Import): string | undefined {
  const from = area(file);
  const to = area(target);
  if (from === 'libs' && (to === 'apps' || to === 'migrations')) return `libs must not import ${to}/`;
  if (from === 'migrations' && to === 'apps') return 'migrations must not import apps/';
  if (from === 'apps' && to === 'migrations') {
    return ENTRY_POINT.test(file) && target === 'migrations' ? undefined : 'apps reach migrations/ only in main.ts';
  }
  const [source, imported] = [contextOf(file), contextOf(target)];
  if (!source || !imported || source === imported) return undefined;
  if (imported === 'database') return source === 'database' ? undefined : 'libs/database is for deployables';
  const [rank, importedRank] = [CONTEXT_ORDER.indexOf(source), CONTEXT_ORDER.indexOf(imported)];
  if (rank >= 0 && importedRank > rank) return `${source} must not import ${imported}`;
  return undefined;
}

describe('architecture', () => {
  const imports = ['apps', 'libs', 'migrations'].flatMap(tsFiles).flatMap(importsOf);

  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(200);
    expect(imports).toContainEqual({ file: 'migrations/data-source.ts', target: 'libs/database' });
  });

  it('imports go one way: apps and migrations → libs, and letters ← endorsements ← deliveries', () => {
    const broken = imports.flatMap((found) => {
      const why = violation(found);
      return why ? [`${found.file} → ${found.target}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it.each([
    ['libs/letters/letters.service.ts', 'libs/endorsements', 'letters must not import endorsements'],
    ['libs/letters/letters.service.ts', 'libs/deliveries', 'letters must not import deliveries'],
    ['libs/endorsements/endorsements.service.ts', 'libs/deliveries', 'endorsements must not import deliveries'],
    ['libs/organisations/organisations.service.ts', 'libs/letters', 'organisations must not import letters'],
    ['libs/accounts/accounts.service.ts', 'libs/endorsements', 'accounts must not import endorsements'],
    ['libs/common/core.module.ts', 'libs/accounts', 'common must not import accounts'],
    ['libs/common/core.module.ts', 'migrations/data-source', 'libs must not import migrations/'],
    ['libs/letters/letters.module.ts', 'apps/worker/src/worker.module', 'libs must not import apps/'],
    ['migrations/data-source.ts', 'apps/worker/src/heartbeat.job', 'migrations must not import apps/'],
    ['apps/api/src/app.module.ts', 'migrations/data-source', 'apps reach migrations/ only in main.ts'],
    ['libs/letters/letters.module.ts', 'libs/database', 'libs/database is for deployables'],
  ])('refuses %s importing %s', (file, target, why) => {
    expect(violation({ file, target })).toBe(why);
  });

  it.each([
    ['apps/api/src/main.ts', 'migrations'],
    ['apps/api/src/app.module.ts', 'libs/database'],
    ['migrations/data-source.ts', 'libs/database'],
    ['libs/deliveries/deliveries.service.ts', 'libs/endorsements'],
    ['libs/database/database-schema.ts', 'libs/deliveries'],
  ])('allows %s importing %s', (file, target) => {
    expect(violation({ file, target })).toBeUndefined();
  });
});
