import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { entityTables, injectableClasses, tablesNamedIn, type TableRead } from './__tests__/architecture-scan';

// Imports go one way: apps → libs, migrations → libs, and between contexts
// accounts ← representatives ← organisations ← letters ← endorsements ← supporters ← deliveries ← targeting
// ← webhooks ← osdi (common below them all; osdi, the read-only OSDI API, above them all).
// Another lib is imported through its index only, and SQL reads no table of a context above the reader.
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
  'webhooks',
  'osdi',
];
// A deployable's entry point applies the migrations at start: the one import of migrations/ from apps/.
const ENTRY_POINT = /^apps\/[^/]+\/src\/main\.ts$/;

/** The imports of another lib's file past its index (`file → target`), each with why. */
const PAST_INDEX: Record<string, string> = {
  'libs/deliveries/render/letter-renderer.ts → libs/letters/letter-markdown':
    'the render worker thread loads this file without path aliases; the letters index would bring Nest and TypeORM into it',
};

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
  if (!imported || source === imported) return undefined;
  const index = `libs/${imported}`;
  if (target !== index && target !== `${index}/index` && !PAST_INDEX[`${file} → ${target}`]) {
    return `import ${index} through its index`;
  }
  if (!source) return undefined;
  if (imported === 'database') return source === 'database' ? undefined : 'libs/database is for deployables';
  const [rank, importedRank] = [CONTEXT_ORDER.indexOf(source), CONTEXT_ORDER.indexOf(imported)];
  if (rank >= 0 && importedRank > rank) return `${source} must not import ${imported}`;
  return undefined;
}

// Tables no entity maps, and the context that owns each (rate_limit_counters, the throttler's, is common's entity).
const UNMAPPED_TABLES: Record<string, string> = {
  typeorm_migrations: 'common', // TypeORM's migration runner, started by libs/common/database/migrate.ts
  'pgboss.*': 'common', // pg-boss's schema, created by pg-boss itself in migrate.ts; the queue is libs/common/queue
  postcode_areas_import: 'representatives', // the area import's new table, renamed to postcode_areas when done
  area_names_import: 'representatives', // the imports' temporary tables (ON COMMIT DROP)
  targets_import: 'representatives',
};

/** SQL naming a table of a context above the file's (`file → table`), each with why that is the simplest design. */
const UPWARD_READS: Record<string, string> = {
  'libs/letters/letter.policy.ts → endorsements':
    'who may read a PRIVATE letter includes those who signed it: one SQL condition keeps a page of letters one query',
  'libs/letters/letter.policy.ts → letter_invitations':
    'and those invited to endorse it: the same condition (letters cannot call the endorsements context)',
  'libs/endorsements/letter-delivered.ts → letter_editions':
    "signatories are final once a delivery froze the edition, read under the letter's lock in the same transaction",
};

/** What reading another context's table needs: the tables' owners and the constants that name tables. */
interface Tables {
  owners: Map<string, string>;
  constants: Map<string, string>;
}

/** The non-test sources of the contexts, by path. */
function contextSources(): Map<string, string> {
  const files = tsFiles('libs').filter(
    (file) =>
      CONTEXT_ORDER.includes(contextOf(file) ?? '') && !file.endsWith('.spec.ts') && !file.includes('/__tests__/'),
  );
  return new Map(files.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));
}

/** Each table's context: from the entities of each lib (`@Entity('users')` in libs/accounts), and UNMAPPED_TABLES. */
function tablesOf(sources: ReadonlyMap<string, string>): Tables {
  const owners = new Map(Object.entries(UNMAPPED_TABLES));
  const constants = new Map<string, string>();
  for (const [file, source] of sources) {
    if (!source.includes('@Entity(')) continue;
    const found = entityTables(file, source);
    for (const table of found.tables) {
      if (owners.has(table)) throw new Error(`${table} is mapped twice`);
      owners.set(table, contextOf(file)!);
    }
    for (const [name, table] of found.constants) constants.set(name, table);
  }
  return { owners, constants };
}

/** The context owning a table (`letters`, `"letters"`, `public.letters`, `pgboss.job`), or undefined for one it does not know. */
function ownerOf(table: string, { owners }: Tables): string | undefined {
  const [schema, name] = table.includes('.') ? table.split('.') : ['public', table];
  return schema === 'public' ? owners.get(name) : owners.get(`${schema}.*`);
}

/** Why SQL naming a table breaks the direction (a table of a context above the file's), or undefined when it does not. */
export function upwardRead({ file, table }: TableRead, tables: Tables): string | undefined {
  const [reader, owner] = [contextOf(file), ownerOf(table, tables)];
  if (!reader || !owner || CONTEXT_ORDER.indexOf(owner) <= CONTEXT_ORDER.indexOf(reader)) return undefined;
  return UPWARD_READS[`${file} → ${table}`] ? undefined : `${reader} must not read ${table}, a table of ${owner}`;
}

// The role an injectable's class name ends with, and its file name says (`accounts.service.ts`, `letter-read-cache.ts`).
const ROLES = [
  'Service',
  'Resolver',
  'Controller',
  'Guard',
  'Interceptor',
  'Plugin',
  'Strategy',
  'Policy',
  'Loader',
  'Loaders',
  'Worker',
  'Queue',
  'Job',
  'Scheduler',
  'Publisher',
  'Client',
  'Storage',
  'Cache',
];

/** Why an @Injectable() class's name or file does not say its role, or undefined when they do. */
export function unnamedRole(file: string, name: string): string | undefined {
  const role = ROLES.find((suffix) => name.endsWith(suffix) && name !== suffix);
  if (!role) return `${name} ends with no role (${ROLES.join(', ')})`;
  const [base, kebab] = [basename(file, '.ts'), role.toLowerCase()];
  if (base === kebab || base.endsWith(`.${kebab}`) || base.endsWith(`-${kebab}`)) return undefined;
  return `${name} is a ${role}: its file name should end with .${kebab}.ts`;
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

  it('imports another lib through its index only', () => {
    expect(violation({ file: 'libs/targeting/jobs/planted.ts', target: 'libs/deliveries/jobs/delivery.queue' })).toBe(
      'import libs/deliveries through its index',
    );
    expect(violation({ file: 'apps/worker/src/planted.ts', target: 'libs/common/queue/queue.module' })).toBe(
      'import libs/common through its index',
    );
    expect(violation({ file: 'libs/deliveries/planted.ts', target: 'libs/letters/letter-markdown' })).toBe(
      'import libs/letters through its index',
    );
    expect(violation({ file: 'libs/deliveries/planted.ts', target: 'libs/letters/index' })).toBeUndefined();
    expect(
      violation({ file: 'libs/deliveries/jobs/planted.ts', target: 'libs/deliveries/delivery.entity' }),
    ).toBeUndefined();
  });

  it('lists only imports past an index that are still there', () => {
    const found = new Set(imports.map(({ file, target }) => `${file} → ${target}`));
    expect(Object.keys(PAST_INDEX).filter((entry) => !found.has(entry))).toEqual([]);
  });

  describe('SQL', () => {
    const sources = contextSources();
    const tables = tablesOf(sources);
    const reads = [...sources].flatMap(([file, source]) => tablesNamedIn(file, source, tables.constants));
    const brokenReads = (found: TableRead[]): string[] =>
      found.flatMap((read) => {
        const why = upwardRead(read, tables);
        return why ? [`${read.file} → ${read.table}: ${why}`] : [];
      });
    const planted = (file: string, source: string): string[] =>
      brokenReads(tablesNamedIn(file, source, tables.constants));

    it('knows the context of every table: from the entities, and those no entity maps', () => {
      expect(tables.owners).toEqual(
        expect.objectContaining(
          new Map([
            ['users', 'accounts'],
            ['rate_limit_counters', 'common'],
            ['postcode_areas', 'representatives'],
            ['letter_invitations', 'endorsements'],
            ['letter_editions', 'deliveries'],
            ['target_messages', 'targeting'],
          ]),
        ),
      );
      const created = readdirSync(join(ROOT, 'migrations')).flatMap((file) => [
        ...readFileSync(join(ROOT, 'migrations', file), 'utf8').matchAll(/CREATE TABLE "(\w+)"/g),
      ]);
      expect(created.length).toBeGreaterThan(35);
      expect(created.map((match) => match[1]).filter((table) => !ownerOf(table, tables))).toEqual([]);
    });

    it('finds the tables SQL names in other contexts', () => {
      const across = reads.filter(({ file, table }) => {
        const owner = ownerOf(table, tables);
        return owner && owner !== contextOf(file);
      });
      expect(across.length).toBeGreaterThan(25);
      expect(reads).toEqual(
        expect.arrayContaining([
          { file: 'libs/endorsements/signatories.service.ts', table: 'letter_leads' },
          { file: 'libs/supporters/signature-lifecycle.service.ts', table: 'pgboss.job' },
          { file: 'libs/representatives/representatives.service.ts', table: 'postcode_areas' },
          { file: 'libs/letters/letter.policy.ts', table: 'endorsements' },
        ]),
      );
    });

    it('reads no table of a context above the reader', () => {
      expect(brokenReads(reads)).toEqual([]);
    });

    it('lists only upward reads that are still there', () => {
      const found = new Set(reads.map(({ file, table }) => `${file} → ${table}`));
      expect(Object.keys(UPWARD_READS).filter((entry) => !found.has(entry))).toEqual([]);
    });

    it.each([
      ['libs/organisations/planted.ts', `await manager.query('SELECT 1 FROM letters WHERE id = $1', [id]);`, 'letters'],
      [
        'libs/letters/planted.ts',
        'await manager.query(`SELECT e.id FROM "endorsements" e WHERE e.letter_id = ${id}`);',
        'endorsements',
      ],
      [
        'libs/endorsements/planted.ts',
        `qb.innerJoin('letter_editions', 'ed', 'ed.letter_id = l.id').where("l.id = :id", { id });`,
        'letter_editions',
      ],
      [
        'libs/common/planted.ts',
        'await dataSource.query(`UPDATE public.users SET email = $1`, [email]);',
        'public.users',
      ],
      [
        'libs/deliveries/planted.ts',
        'query.andWhere(`NOT EXISTS (SELECT 1 FROM target_messages t JOIN signatures s ON ${condition})`);',
        'target_messages',
      ],
      ['libs/accounts/planted.ts', "await manager.query('DELETE FROM memberships USING sessions s');", 'memberships'],
    ])('fails on an upward read planted in %s', (file, source, table) => {
      const plantedReads = tablesNamedIn(file, source, tables.constants);
      expect(brokenReads([...reads, ...plantedReads])).toEqual([
        expect.stringMatching(new RegExp(`^${file} → ${table}: \\w+ must not read ${table}, a table of \\w+$`)),
      ]);
    });

    it('does not take prose, comments or a lower table for an upward read', () => {
      const source = [
        '// SELECT 1 FROM endorsements',
        `throw invalidState('This letter does not collect signatures from the public');`,
        `const note = 'Signatures from letters are counted';`,
        'await manager.query(`SELECT 1 FROM letter_leads ll JOIN memberships m ON m.organisation_id = ll.organisation_id`);',
        `await manager.query('DELETE FROM pgboss.job WHERE id = $1');`,
      ].join('\n');
      expect(planted('libs/letters/planted.ts', source)).toEqual([]);
      expect(tablesNamedIn('libs/letters/planted.ts', source, tables.constants).map(({ table }) => table)).toEqual([
        'letter_leads',
        'memberships',
        'pgboss.job',
      ]);
    });

    it('reads a table named by its constant', () => {
      const source = 'await manager.query(`SELECT 1 FROM ${POSTCODE_AREAS_TABLE} p WHERE p.postcode = $1`);';
      expect(tablesNamedIn('libs/accounts/planted.ts', source, tables.constants)).toEqual([
        { file: 'libs/accounts/planted.ts', table: 'postcode_areas' },
      ]);
      expect(planted('libs/accounts/planted.ts', source)).toEqual([
        'libs/accounts/planted.ts → postcode_areas: accounts must not read postcode_areas, a table of representatives',
      ]);
    });
  });

  describe('injectable classes', () => {
    const injectables = ['apps', 'libs'].flatMap(tsFiles).flatMap((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      return source.includes('@Injectable(') ? injectableClasses(file, source).map((name) => ({ file, name })) : [];
    });
    const brokenNames = (found: { file: string; name: string }[]): string[] =>
      found.flatMap(({ file, name }) => {
        const why = unnamedRole(file, name);
        return why ? [`${file}: ${why}`] : [];
      });

    it('finds them', () => {
      expect(injectables.length).toBeGreaterThan(50);
      expect(injectables).toContainEqual({ file: 'libs/accounts/accounts.service.ts', name: 'AccountsService' });
    });

    it('end with their role, which their file name says too', () => {
      expect(brokenNames(injectables)).toEqual([]);
    });

    it.each([
      ['libs/letters/letter.policy.ts', 'LetterPolicy'],
      ['libs/endorsements/letter-read-cache.ts', 'LetterReadCache'],
      ['libs/organisations/organisation.loaders.ts', 'OrganisationLoaders'],
      ['apps/worker/src/heartbeat.job.ts', 'HeartbeatJob'],
    ])('allows %s declaring %s', (file, name) => {
      expect(unnamedRole(file, name)).toBeUndefined();
    });

    it.each([
      ['libs/letters/planted.ts', 'Planted', 'Planted ends with no role'],
      [
        'libs/letters/planted.ts',
        'PlantedService',
        'PlantedService is a Service: its file name should end with .service.ts',
      ],
      ['libs/letters/planted.worker.ts', 'PlantedService', 'its file name should end with .service.ts'],
      ['libs/letters/service.ts', 'Service', 'Service ends with no role'],
    ])('fails on %s declaring an injectable %s', (file, name, why) => {
      const source = `import { Injectable } from '@nestjs/common';\n\n@Injectable()\nexport class ${name} {}\n`;
      const planted = injectableClasses(file, source).map((found) => ({ file, name: found }));
      expect(planted).toEqual([{ file, name }]);
      expect(brokenNames([...injectables, ...planted])).toEqual([expect.stringContaining(why)]);
    });
  });

  describe('publishing after commit', () => {
    // afterCommit (and the publishers that use it: CountsPublisher, DeliveryTrackerService,
    // LiveSessionsService) waits for the commit of the manager it is given. Given the data source's
    // own manager, it publishes at once: inside a transaction callback that is before the commit, and
    // even when the transaction then rolls back. So each such call is listed here, with why it is
    // outside any transaction.
    const OUTSIDE_TRANSACTION: Record<string, string> = {
      'libs/supporters/jobs/count-folder.worker.ts':
        'afterFold runs after foldNow has awaited every batch transaction: what it publishes is committed',
    };
    const PUBLISH_WITH_ROOT_MANAGER = /\b(?:afterCommit|changed)\(\s*(?:this\.)?dataSource\.manager\b/g;
    const callsIn = (file: string, source: string): string[] =>
      [...source.matchAll(PUBLISH_WITH_ROOT_MANAGER)].map(() => file);
    const unlisted = (files: string[]): string[] => files.filter((file) => !(file in OUTSIDE_TRANSACTION));
    const calls = ['apps', 'libs']
      .flatMap(tsFiles)
      .filter((file) => !file.endsWith('.spec.ts'))
      .flatMap((file) => callsIn(file, readFileSync(join(ROOT, file), 'utf8')));

    it("gives the data source's own manager only where no transaction is open, each call listed with why", () => {
      expect(calls).toContain('libs/supporters/jobs/count-folder.worker.ts');
      expect(unlisted(calls)).toEqual([]);
      expect(Object.keys(OUTSIDE_TRANSACTION).filter((file) => !calls.includes(file))).toEqual([]);
    });

    it.each([
      'await this.dataSource.transaction(async (manager) => { afterCommit(this.dataSource.manager, () => publish()); });',
      'this.countsPublisher.changed( this.dataSource.manager, letterId);',
      'tracker.changed(dataSource.manager, id)',
    ])('fails on a planted call: %s', (source) => {
      expect(unlisted([...calls, ...callsIn('libs/endorsements/planted.ts', source)])).toEqual([
        'libs/endorsements/planted.ts',
      ]);
    });

    it("passes the transaction's manager", () => {
      const source = 'afterCommit(manager, () => publish()); this.countsPublisher.changed(manager, id);';
      expect(callsIn('libs/endorsements/planted.ts', source)).toEqual([]);
    });
  });
});
