import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { basename } from 'node:path';
import type { Client } from 'pg';
import { TargetInput } from '../dto/target.input';
import { missingAreasSql, TARGET_SOURCE_COLUMNS, upsertTargetsSql } from '../target-upsert';
import { inFile } from './area-import';
import { copyInto } from './copy-into';
import { copyLine, csvRecords, ImportError, openCsv, type ColumnSpec } from './csv-records';
import { inImportTransaction } from './import-transaction';
import { progressBar } from './progress';

const TARGET_COLUMNS = {
  externalId: { names: ['external_id'], required: true },
  name: { names: ['name'], required: true },
  title: { names: ['title'], required: false },
  email: { names: ['email'], required: false },
  areaCode: { names: ['area_code'], required: true },
  areaType: { names: ['area_type'], required: true },
  party: { names: ['party'], required: false },
  validFrom: { names: ['valid_from'], required: false },
  validTo: { names: ['valid_to'], required: false },
} satisfies Record<keyof TargetInput, ColumnSpec>;

/** What a line must be: the rules of upsertTargets' input, so both ways in accept the same data. */
function validTarget(line: number, values: Record<keyof TargetInput, string | undefined>): TargetInput {
  const input = plainToInstance(TargetInput, values);
  const [problem] = validateSync(input, { whitelist: true });
  if (problem) {
    const message = Object.values(problem.constraints ?? {})[0] ?? `${problem.property} is not valid`;
    throw new ImportError(line, message);
  }
  return input;
}

/**
 * Inserts or updates targets from a CSV file (`external_id,name,title,email,area_code,area_type,party`
 * and optionally `valid_from,valid_to`), in one transaction: the lines are checked and copied
 * into a scratch table first, so a bad line changes nothing. Targets absent from the file stay.
 */
export async function importTargets(
  client: Client,
  file: string,
  { progress = true }: { progress?: boolean } = {},
): Promise<{ targets: number }> {
  return inImportTransaction(client, 'targets', async () => {
    await client.query(
      `CREATE TEMP TABLE targets_import (line int NOT NULL, ${TARGET_SOURCE_COLUMNS.map(
        (column) => `${column} ${column.startsWith('valid_') ? 'date' : 'text'}`,
      ).join(', ')}) ON COMMIT DROP`,
    );
    const source = openCsv(file);
    const bar = progressBar(`targets ${basename(file)}`, source);
    let rows = 0;
    async function* lines(): AsyncGenerator<string> {
      for await (const { line, values } of csvRecords(source, TARGET_COLUMNS)) {
        const target = validTarget(line, values);
        rows += 1;
        if (progress) bar.tick(rows);
        yield copyLine([
          line,
          target.externalId,
          target.name,
          target.title,
          target.email,
          target.party,
          target.areaCode,
          target.areaType,
          target.validFrom,
          target.validTo,
        ]);
      }
    }
    await inFile(file, () =>
      copyInto(client, `COPY targets_import (line, ${TARGET_SOURCE_COLUMNS.join(', ')}) FROM STDIN`, lines()),
    );
    if (progress) bar.done(rows);
    const twice = await client.query<{ line: number }>(
      `SELECT max(line) AS line FROM targets_import GROUP BY area_type, external_id HAVING count(*) > 1
       ORDER BY 1 LIMIT 1`,
    );
    if (twice.rows.length) {
      throw new ImportError(
        twice.rows[0].line,
        'the same external_id and area_type as an earlier line',
        basename(file),
      );
    }
    const badDates = await client.query<{ line: number }>(
      'SELECT line FROM targets_import WHERE valid_to <= valid_from ORDER BY line LIMIT 1',
    );
    if (badDates.rows.length) {
      throw new ImportError(badDates.rows[0].line, 'valid_to must be after valid_from', basename(file));
    }
    await client.query(missingAreasSql('targets_import s'));
    const upserted = await client.query(upsertTargetsSql('targets_import s'));
    return { targets: upserted.rowCount ?? 0 };
  });
}
