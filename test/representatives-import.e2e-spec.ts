import { join } from 'node:path';
import { importAreas } from '@undersigned/representatives/import/area-import';
import { importTargets } from '@undersigned/representatives/import/target-import';
import { eventually } from './support/eventually';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { FIXTURES, runNpmScript, withClient } from './support/representatives';
import { graphql } from './gql';
import type { RepresentativesImportRepresentativesQuery } from './gql/graphql';

const REPRESENTATIVES = graphql(`
  query RepresentativesImportRepresentatives($postcode: String!, $areaType: String) {
    representatives(postcode: $postcode, areaType: $areaType) {
      id
      name
      title
      email
      party
      area {
        code
        name
        type
      }
    }
  }
`);

type Target = RepresentativesImportRepresentativesQuery['representatives'][number];

const fixture = (name: string): string => join(FIXTURES, name);

describe('importing postcodes, areas and targets', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  async function representatives(postcode: string): Promise<Target[]> {
    const response = await app.gql(REPRESENTATIVES, { postcode });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.representatives;
  }

  async function postcodes(): Promise<string[]> {
    const { rows } = await app.sql.query<{ postcode: string }>('SELECT postcode FROM postcode_areas ORDER BY postcode');
    return rows.map((row) => row.postcode);
  }

  it('loads an ONSPD file with the `pcon` header and a code,name file through npm run import:areas', async () => {
    const run = await runNpmScript(
      'import:areas',
      [fixture('onspd-pcon.csv'), fixture('pcon-names.csv')],
      app.database.url,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Not a terminal: the summary alone, no progress bar.
    expect(run.stdout.trim()).toBe(
      '28 postcodes imported (6 terminated or in no constituency skipped), 5 constituencies named',
    );
    const imported = await postcodes();
    expect(imported).toHaveLength(28);
    expect(imported).toContain('BR87RE');
    expect(imported).toContain('SW1A1AA');
    // Terminated (doterm set) and pseudo-coded (Channel Islands, Isle of Man) postcodes are left out.
    for (const skipped of ['BR87ZZ', 'M19ZZ', 'EH69XY', 'GY11AA', 'JE23QW', 'IM11AA']) {
      expect(imported).not.toContain(skipped);
    }
    const { rows } = await app.sql.query('SELECT code, name FROM areas WHERE type = $1 ORDER BY code', ['WMC']);
    expect(rows).toContainEqual({ code: 'E14001465', name: 'Sevenoaks' });

    const targets = await runNpmScript('import:targets', [fixture('targets.csv')], app.database.url);
    expect(targets.stderr).toBe('');
    expect(targets.stdout.trim()).toBe('6 targets imported');
  });

  it('answers an imported postcode with the current representative of its constituency, without the address', async () => {
    const found = await representatives('br8 7re');
    // Geoffrey Lamb left office on 2024-07-04: only the sitting member.
    expect(found).toEqual([
      {
        id: expect.any(String),
        name: 'Harriet Oakley',
        title: 'MP',
        email: null,
        party: 'Conservative',
        area: { code: 'E14001465', name: 'Sevenoaks', type: 'WMC' },
      },
    ]);
    expect((await representatives('CF24 0AA')).map((t) => t.name)).toEqual(['Owen "Ozzy" Pritchard']);
    expect(await representatives('CF24 0AA')).toEqual(await representatives('CF240AA'));
    // Known shape, unknown postcode, no lookup service configured: nobody.
    expect(await representatives('AB1 2CD')).toEqual([]);
    expect(await representatives('BR8 7ZZ')).toEqual([]);
  });

  it('refuses a malformed postcode with BAD_USER_INPUT', async () => {
    for (const postcode of ['BR8', 'not a postcode', '12345', 'B'.repeat(5000)]) {
      const response = await app.gql(REPRESENTATIVES, { postcode });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
    const badType = await app.gql(REPRESENTATIVES, { postcode: 'BR8 7RE', areaType: "WMC' OR 1=1" });
    expect(errorCode(badType)).toBe('BAD_USER_INPUT');
  });

  it('replaces the table with one in the `pcon24cd` header style, naming areas from a PCON24CD,PCON24NM file', async () => {
    await app.sql.query(`UPDATE areas SET name = 'old name' WHERE code = 'W07000090'`);
    const result = await withClient(app.database.url, (client) =>
      importAreas(
        client,
        { postcodes: fixture('onspd-pcon24.csv'), names: fixture('pcon24-names.csv') },
        { progress: false },
      ),
    );
    expect(result).toEqual({ postcodes: 28, skipped: 6, named: 5 });
    expect(await postcodes()).toHaveLength(28);
    const cardiff = await representatives('CF24 0AA');
    expect(cardiff[0].area).toEqual({ code: 'W07000090', name: 'Cardiff East', type: 'WMC' });
    // The swapped-in table has the names the migrations gave it (migration:generate finds nothing).
    const { rows } = await app.sql.query<{ conname: string }>(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'postcode_areas'::regclass AND contype <> 'n' ORDER BY conname`,
    );
    expect(rows.map((row) => row.conname)).toEqual(['postcode_areas_pkey', 'postcode_areas_postcode_format']);
  });

  it('keeps postcodes of other area types when the constituencies are replaced', async () => {
    await app.sql.query(`INSERT INTO areas (type, code, name) VALUES ('CED', 'E58000738', 'Swanley')`);
    await app.sql.query(`INSERT INTO postcode_areas VALUES ('BR87RE', 'CED', 'E58000738')`);
    await withClient(app.database.url, (client) =>
      importAreas(client, { postcodes: fixture('onspd-pcon.csv') }, { progress: false }),
    );
    const { rows } = await app.sql.query(`SELECT area_type FROM postcode_areas WHERE postcode = 'BR87RE' ORDER BY 1`);
    expect(rows).toEqual([{ area_type: 'CED' }, { area_type: 'WMC' }]);
    // A postcodes file without names keeps the names already there.
    const sevenoaks = await representatives('BR8 7RE');
    expect(sevenoaks.find((t) => t.area?.type === 'WMC')?.area?.name).toBe('Sevenoaks');
    await app.sql.query(`DELETE FROM postcode_areas WHERE area_type = 'CED'`);
  });

  it('aborts an import at a malformed line, naming it, and the previous table keeps serving', async () => {
    const before = await postcodes();
    const run = await runNpmScript('import:areas', [fixture('onspd-malformed.csv')], app.database.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('import failed, nothing was changed: onspd-malformed.csv: line 12:');
    expect(await postcodes()).toEqual(before);
    expect((await representatives('BR8 7RE')).map((t) => t.name)).toEqual(['Harriet Oakley']);
    const leftovers = await app.sql.query(`SELECT 1 FROM pg_class WHERE relname = 'postcode_areas_import'`);
    expect(leftovers.rowCount).toBe(0);
  });

  it('aborts at a line that is well-formed CSV but not a postcode, or a bad names line', async () => {
    const before = await postcodes();
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'onspd-'));
    const lines = readFileSync(fixture('onspd-pcon24.csv'), 'utf8').split('\n');
    lines[20] = lines[20].replace(/^([^,]*),([^,]*),([^,]*),/, '$1,$2,NOT A PC,');
    writeFileSync(join(dir, 'bad-postcode.csv'), lines.join('\n'));
    await expect(
      withClient(app.database.url, (client) =>
        importAreas(client, { postcodes: join(dir, 'bad-postcode.csv') }, { progress: false }),
      ),
    ).rejects.toThrow('bad-postcode.csv: line 21: "NOT A PC" is not a postcode');

    writeFileSync(join(dir, 'names.csv'), 'code,name\nE14001465,Sevenoaks\nE14001172,\n');
    await expect(
      withClient(app.database.url, (client) =>
        importAreas(
          client,
          { postcodes: fixture('onspd-pcon24.csv'), names: join(dir, 'names.csv') },
          { progress: false },
        ),
      ),
    ).rejects.toThrow('names.csv: line 3: a name of 1 to 200 characters is needed');

    writeFileSync(join(dir, 'no-pcon.csv'), 'pcds,doterm\nBR8 7RE,\n');
    await expect(
      withClient(app.database.url, (client) =>
        importAreas(client, { postcodes: join(dir, 'no-pcon.csv') }, { progress: false }),
      ),
    ).rejects.toThrow('no-pcon.csv: line 1: no column named pcon24cd or pcon in the header');
    expect(await postcodes()).toEqual(before);
  });

  it('serves the previous table while an import runs, and the new one once it commits', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { open } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { execFileSync } = await import('node:child_process');
    await withClient(app.database.url, async (client) => {
      await importAreas(
        client,
        { postcodes: fixture('onspd-pcon24.csv'), names: fixture('pcon24-names.csv') },
        {
          progress: false,
        },
      );
      await importTargets(client, fixture('targets.csv'), { progress: false });
    });
    const dir = mkdtempSync(join(tmpdir(), 'onspd-'));
    const fifo = join(dir, 'postcodes.csv');
    execFileSync('mkfifo', [fifo]);
    const [header, ...rows] = readFileSync(fixture('onspd-pcon24.csv'), 'utf8').trimEnd().split('\n');
    // BR8 7RE moves to Manchester Central in the new file.
    const moved = rows.map((row) => (row.includes(',BR8 7RE,') ? row.replace('E14001465', 'E14001350') : row));
    const importing = withClient(app.database.url, (client) =>
      importAreas(client, { postcodes: fifo }, { progress: false }),
    );
    const writer = await open(fifo, 'w');
    try {
      await writer.write(`${header}\n${moved.join('\n')}\n`);
      // The import has read every line and waits for the end of the file, its transaction open.
      const seen = await eventually(async () => {
        const { rows: activity } = await app.sql.query<{ state: string }>(
          `SELECT state FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY postcode_areas_import%'`,
        );
        return activity.length > 0;
      });
      expect(seen).toBe(true);
      expect((await representatives('BR8 7RE'))[0].area?.name).toBe('Sevenoaks');
    } finally {
      await writer.close();
    }
    await importing;
    expect((await representatives('BR8 7RE'))[0].area?.name).toBe('Manchester Central');
    await withClient(app.database.url, (client) =>
      importAreas(client, { postcodes: fixture('onspd-pcon24.csv') }, { progress: false }),
    );
  });

  it('aborts a targets import at a bad line, changing nothing', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'targets-'));
    const header = 'external_id,name,title,email,area_code,area_type,party';
    writeFileSync(
      join(dir, 'bad-email.csv'),
      `${header}\n5301,Harriet Renamed,MP,h@parliament.example,E14001465,WMC,Independent\n9,X,MP,not-an-address,E14001465,WMC,\n`,
    );
    await expect(
      withClient(app.database.url, (client) => importTargets(client, join(dir, 'bad-email.csv'), { progress: false })),
    ).rejects.toThrow('bad-email.csv: line 3: email must be a valid email address');

    writeFileSync(
      join(dir, 'twice.csv'),
      `${header}\n5301,Harriet Renamed,MP,,E14001465,WMC,\n7,Y,,,E14001172,WMC,\n5301,Harriet Again,MP,,E14001465,WMC,\n`,
    );
    await expect(
      withClient(app.database.url, (client) => importTargets(client, join(dir, 'twice.csv'), { progress: false })),
    ).rejects.toThrow('twice.csv: line 4: the same external_id and area_type as an earlier line');
    expect((await representatives('BR8 7RE')).map((t) => [t.name, t.party])).toEqual([
      ['Harriet Oakley', 'Conservative'],
    ]);

    // A good file updates by (area_type, external_id) and creates the areas it names.
    writeFileSync(
      join(dir, 'good.csv'),
      `${header}\n5301,Harriet Oakley,MP,,E14001465,WMC,Independent\nocd-7,Pat Doe,Representative,,ocd-division/country:us/state:wa/cd:7,US_CD,\n`,
    );
    const result = await withClient(app.database.url, (client) =>
      importTargets(client, join(dir, 'good.csv'), { progress: false }),
    );
    expect(result).toEqual({ targets: 2 });
    expect((await representatives('BR8 7RE')).map((t) => t.party)).toEqual(['Independent']);
    const area = await app.sql.query(`SELECT name FROM areas WHERE type = 'US_CD'`);
    expect(area.rows).toEqual([{ name: 'ocd-division/country:us/state:wa/cd:7' }]);
  });

  it('refuses to replace the table with one of less than half its rows, unless --force', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const before = await postcodes();
    const dir = mkdtempSync(join(tmpdir(), 'onspd-'));
    const [header, ...rows] = readFileSync(fixture('onspd-pcon24.csv'), 'utf8').trimEnd().split('\n');
    const truncated = join(dir, 'truncated.csv');
    writeFileSync(truncated, `${header}\n${rows.slice(0, 3).join('\n')}\n`);
    const refused = await runNpmScript('import:areas', [truncated], app.database.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('fewer than half');
    expect(refused.stderr).toContain('--force');
    expect(await postcodes()).toEqual(before);

    const forced = await runNpmScript('import:areas', ['--force', truncated], app.database.url);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect((await postcodes()).length).toBeLessThan(before.length / 2);
    await withClient(app.database.url, (client) =>
      importAreas(client, { postcodes: fixture('onspd-pcon24.csv') }, { progress: false }),
    );
  });
});
