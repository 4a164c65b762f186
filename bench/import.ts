import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { importAreas } from '../libs/representatives/import/area-import';

export const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const CONSTITUENCIES = 650;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface ImportBench {
  rows: number;
  bytes: number;
  seconds: number;
}

/** The i-th of distinct, well-formed postcodes: `AB12 3CD`. */
function postcode(i: number): string {
  const inward = i % 6760;
  const outward = Math.floor(i / 6760);
  const area = LETTERS[Math.floor(outward / 99 / 26) % 26] + LETTERS[Math.floor(outward / 99) % 26];
  return `${area}${(outward % 99) + 1} ${Math.floor(inward / 676)}${LETTERS[Math.floor(inward / 26) % 26]}${LETTERS[inward % 26]}`;
}

/** Writes an ONSPD-shaped file of `rows` live postcodes (and one terminated in ten more). */
async function writeOnspd(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string): Promise<void> =>
    out.write(text) ? Promise.resolve() : new Promise((done) => out.once('drain', () => done()));
  await write('PCD7,PCD8,PCDS,DOINTR,DOTERM,USRTYPIND,EAST1M,NRTH1M,PCON24CD,LAT,LONG\n');
  let chunk = '';
  for (let i = 0, live = 0; live < rows; i++) {
    const pc = postcode(i);
    const terminated = i % 11 === 10;
    if (!terminated) live++;
    const code = `E1400${String(1000 + (i % CONSTITUENCIES)).padStart(4, '0')}`;
    chunk += `${pc.replace(' ', '')},${pc},${pc},199906,${terminated ? '201906' : ''},0,539167,257023,${code},51.5,-0.12\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
}

/** `npm run bench`'s import case: a generated ONSPD file of IMPORT_ROWS live postcodes through importAreas. */
export async function benchImport(databaseUrl: string): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-bench-import-'));
  const file = join(dir, 'onspd.csv');
  try {
    await writeOnspd(file, IMPORT_ROWS);
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const started = process.hrtime.bigint();
      const result = await importAreas(client, { postcodes: file }, { progress: false });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (result.postcodes !== IMPORT_ROWS) throw new Error(`imported ${result.postcodes} of ${IMPORT_ROWS} rows`);
      return { rows: result.postcodes, bytes: statSync(file).size, seconds };
    } finally {
      await client.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const IMPORT_HEADING = '## Import';

export function importSection(result: ImportBench): string[] {
  return [
    IMPORT_HEADING,
    '',
    `\`npm run import:areas\` of a generated ONSPD-shaped file (${(result.bytes / 2 ** 20).toFixed(0)} MiB, ${result.rows.toLocaleString('en-GB')} live postcodes and one terminated in eleven lines), into PostgreSQL on the same machine, run alone with \`BENCH_ONLY=import npm run bench\`:`,
    '',
    '| case | rows | seconds | rows/s |',
    '| --- | ---: | ---: | ---: |',
    `| import:areas, ${result.rows.toLocaleString('en-GB')} rows | ${result.rows} | ${result.seconds.toFixed(1)} | ${Math.round(result.rows / result.seconds)} |`,
    '',
  ];
}
