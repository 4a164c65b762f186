/** `npm run import:areas -- POSTCODES.csv [NAMES.csv]`: replaces the postcode → constituency table (ONSPD columns). */
import 'reflect-metadata';
import { importAreas } from '../libs/representatives/import/area-import';
import { runImport } from './run-import';

const [postcodes, names] = process.argv.slice(2);
void runImport(postcodes ? undefined : 'usage: npm run import:areas -- POSTCODES.csv [NAMES.csv]', async (client) => {
  const result = await importAreas(client, { postcodes, names });
  return `${result.postcodes} postcodes imported (${result.skipped} terminated or in no constituency skipped), ${result.named} constituencies named`;
});
