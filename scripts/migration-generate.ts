/**
 * `npm run migration:generate -- Name`: writes migrations/<timestamp>-Name.ts with the SQL that
 * brings a fully migrated database to what the entities declare, and registers it.
 * `npm run migration:generate -- --check`: fails when such SQL would be non-empty (CI drift check).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../migrations/data-source';
import { withDatabase } from './with-database';

interface Sql {
  query: string;
}

/** TypeORM emits CREATE TYPE once per column of a shared enum; keep one. */
function unique(queries: Sql[], keepLast = false): Sql[] {
  const list = keepLast ? [...queries].reverse() : queries;
  const seen = new Set<string>();
  const kept = list.filter((q) => !seen.has(q.query) && seen.add(q.query));
  return keepLast ? kept.reverse() : kept;
}

function render(queries: Sql[]): string {
  return queries
    .map(
      (q) =>
        `    await queryRunner.query(\`${q.query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\`);`,
    )
    .join('\n');
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  const check = arg === '--check';
  if (!check && !/^[A-Z][A-Za-z0-9]+$/.test(arg ?? '')) {
    throw new Error('usage: migration:generate -- <PascalCaseName> | --check');
  }
  await withDatabase(async (url) => {
    const dataSource = new DataSource({ ...dataSourceOptions(url), logging: false });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const pending = await dataSource.driver.createSchemaBuilder().log();
      if (check) {
        if (pending.upQueries.length) {
          console.error('Entities and migrations differ; run `npm run migration:generate -- Name`:');
          for (const q of pending.upQueries) console.error(`  ${q.query}`);
          process.exitCode = 1;
        } else {
          console.log('migrations match the entities');
        }
        return;
      }
      if (!pending.upQueries.length) {
        console.log('nothing to generate');
        return;
      }
      const timestamp = Date.now();
      const className = `${arg}${timestamp}`;
      const file = `${timestamp}-${arg}`;
      const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${render(unique(pending.upQueries))}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${render(unique([...pending.downQueries].reverse(), true))}
  }
}
`;
      const dir = join(__dirname, '..', 'migrations');
      writeFileSync(join(dir, `${file}.ts`), source);
      const index = join(dir, 'index.ts');
      const current = readFileSync(index, 'utf8');
      const withImport = `import { ${className} } from './${file}';\n${current}`;
      writeFileSync(
        index,
        withImport.replace(/export const MIGRATIONS: Function\[\] = \[([^\]]*)\];/, (_m, list: string) => {
          const items = list
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          return `export const MIGRATIONS: Function[] = [${[...items, className].join(', ')}];`;
        }),
      );
      execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', index]);
      console.log(`wrote migrations/${file}.ts`);
    } finally {
      await dataSource.destroy();
    }
  });
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
