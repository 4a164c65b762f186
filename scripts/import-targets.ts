/** `npm run import:targets -- TARGETS.csv`: inserts or updates targets (external_id,name,title,email,area_code,area_type,party). */
import 'reflect-metadata';
import { importTargets } from '../libs/representatives/import/target-import';
import { runImport } from './run-import';

const [file] = process.argv.slice(2);
void runImport(file ? undefined : 'usage: npm run import:targets -- TARGETS.csv', async (client) => {
  const result = await importTargets(client, file);
  return `${result.targets} targets imported`;
});
