/**
 * `npm run import:areas -- [--force] POSTCODES.csv [NAMES.csv]`: replaces the postcode → constituency
 * table (ONSPD columns); `--force` even with fewer than half the postcodes now served.
 */
import 'reflect-metadata';
import { importAreas } from '../libs/representatives/import/area-import';
import { runImport } from './run-import';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [postcodes, names] = args.filter((arg) => arg !== '--force');
const usage = 'usage: npm run import:areas -- [--force] POSTCODES.csv [NAMES.csv]';
void runImport(postcodes ? undefined : usage, async (client) => {
  const result = await importAreas(client, { postcodes, names }, { force });
  return `${result.postcodes} postcodes imported (${result.skipped} terminated or in no constituency skipped), ${result.named} constituencies named`;
});
