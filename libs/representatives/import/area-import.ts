import { basename } from 'node:path';
import type { Client } from 'pg';
import { AREA_CODE_PATTERN } from '../dto/target.input';
import { isPseudoAreaCode, normaliseUkPostcode } from '../postcode';
import { POSTCODE_AREAS_TABLE } from '../postcode-area.entity';
import { copyInto } from './copy-into';
import { copyLine, csvRecords, ImportError, openCsv, type ColumnSpec } from './csv-records';
import { inImportTransaction } from './import-transaction';
import { progressBar } from './progress';

/** The area type of the ONS Postcode Directory's `pcon` columns. */
export const WESTMINSTER_CONSTITUENCY = 'WMC';

// Column names change between ONSPD releases (`pcon` until 2024, `pcon24cd` since): matched by name.
const POSTCODE_COLUMNS = {
  postcode: { names: ['pcds'], required: true },
  terminated: { names: ['doterm'], required: false },
  area: { names: ['pcon24cd', 'pcon'], required: true },
} satisfies Record<string, ColumnSpec>;

const NAME_COLUMNS = {
  code: { names: ['code', 'pcon24cd', 'pcon'], required: true },
  name: { names: ['name', 'pcon24nm', 'pconnm'], required: true },
} satisfies Record<string, ColumnSpec>;

const NEW_TABLE = `${POSTCODE_AREAS_TABLE}_import`;

export interface AreaImportFiles {
  postcodes: string;
  names?: string;
}

export interface AreaImportResult {
  /** Live postcodes now mapped to an area. */
  postcodes: number;
  /** Terminated postcodes, and live ones in no area (pseudo-codes such as E99999999). */
  skipped: number;
  /** Areas given a name from the names file. */
  named: number;
}

/**
 * Replaces the postcode → constituency table from an ONSPD-shaped file, and names the areas from
 * a names file. Everything happens in one transaction: the new table is filled with COPY beside
 * the old one, which serves lookups until the new one is swapped in by a rename at commit;
 * a bad line rolls all of it back. Rows of other area types are carried over. A file with fewer
 * than half the postcodes now served (a truncated download?) is refused unless `force`.
 */
export async function importAreas(
  client: Client,
  files: AreaImportFiles,
  { progress = true, force = false }: { progress?: boolean; force?: boolean } = {},
): Promise<AreaImportResult> {
  const type = WESTMINSTER_CONSTITUENCY;
  return inImportTransaction(client, POSTCODE_AREAS_TABLE, async () => {
    await client.query(
      `CREATE TABLE ${NEW_TABLE} (LIKE ${POSTCODE_AREAS_TABLE} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
    );
    const counts = { postcodes: 0, skipped: 0, named: 0 };
    const source = openCsv(files.postcodes);
    const bar = progressBar(`postcodes ${basename(files.postcodes)}`, source);
    async function* lines(): AsyncGenerator<string> {
      for await (const { line, values } of csvRecords(source, POSTCODE_COLUMNS)) {
        if (!values.postcode) throw new ImportError(line, 'no postcode (pcds)');
        if (values.terminated) {
          counts.skipped += 1;
          continue;
        }
        const postcode = normaliseUkPostcode(values.postcode);
        if (!postcode) throw new ImportError(line, `"${values.postcode.slice(0, 20)}" is not a postcode`);
        const area = values.area;
        if (!area || isPseudoAreaCode(area)) {
          counts.skipped += 1;
          continue;
        }
        if (!AREA_CODE_PATTERN.test(area)) throw new ImportError(line, `"${area.slice(0, 20)}" is not an area code`);
        counts.postcodes += 1;
        if (progress) bar.tick(counts.postcodes);
        yield copyLine([postcode, type, area]);
      }
    }
    await inFile(files.postcodes, () =>
      copyInto(client, `COPY ${NEW_TABLE} (postcode, area_type, area_code) FROM STDIN`, lines()),
    );
    if (progress) bar.done(counts.postcodes);

    await client.query(`INSERT INTO ${NEW_TABLE} SELECT * FROM ${POSTCODE_AREAS_TABLE} WHERE area_type <> $1`, [type]);
    try {
      await client.query(`ALTER TABLE ${NEW_TABLE} ADD CONSTRAINT ${NEW_TABLE}_pkey PRIMARY KEY (postcode, area_type)`);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ImportError(undefined, 'a postcode appears twice', basename(files.postcodes));
      }
      throw error;
    }
    if (!force) {
      const [served] = (
        await client.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM ${POSTCODE_AREAS_TABLE} WHERE area_type = $1`,
          [type],
        )
      ).rows;
      if (counts.postcodes * 2 < served.count) {
        throw new ImportError(
          undefined,
          `${counts.postcodes} postcodes, fewer than half of the ${served.count} now served: ` +
            'if the file is right, run the import again with --force',
          basename(files.postcodes),
        );
      }
    }
    if (files.names) counts.named = await importNames(client, files.names, type);
    // Every area a postcode points at exists, named by its code until a names file names it.
    await client.query(
      `INSERT INTO areas (type, code, name)
       SELECT DISTINCT area_type, area_code, area_code FROM ${NEW_TABLE} WHERE area_type = $1
       ON CONFLICT (type, code) DO NOTHING`,
      [type],
    );
    await client.query(`DROP TABLE ${POSTCODE_AREAS_TABLE}`);
    await client.query(`ALTER TABLE ${NEW_TABLE} RENAME TO ${POSTCODE_AREAS_TABLE}`);
    await client.query(
      `ALTER TABLE ${POSTCODE_AREAS_TABLE} RENAME CONSTRAINT ${NEW_TABLE}_pkey TO ${POSTCODE_AREAS_TABLE}_pkey`,
    );
    return counts;
  });
}

async function importNames(client: Client, file: string, type: string): Promise<number> {
  await client.query('CREATE TEMP TABLE area_names_import (line int, code text, name text) ON COMMIT DROP');
  async function* lines(): AsyncGenerator<string> {
    for await (const { line, values } of csvRecords(openCsv(file), NAME_COLUMNS)) {
      if (!values.code || !AREA_CODE_PATTERN.test(values.code)) throw new ImportError(line, 'no valid area code');
      if (!values.name || values.name.length > 200)
        throw new ImportError(line, 'a name of 1 to 200 characters is needed');
      yield copyLine([line, values.code, values.name]);
    }
  }
  await inFile(file, () => copyInto(client, 'COPY area_names_import (line, code, name) FROM STDIN', lines()));
  // The last line naming a code wins.
  const named = await client.query(
    `INSERT INTO areas (type, code, name)
     SELECT DISTINCT ON (code) $1, code, name FROM area_names_import ORDER BY code, line DESC
     ON CONFLICT (type, code) DO UPDATE SET name = EXCLUDED.name`,
    [type],
  );
  return named.rowCount ?? 0;
}

/** Names the file in an ImportError thrown by `work`. */
export async function inFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof ImportError ? error.inFile(basename(file)) : error;
  }
}
