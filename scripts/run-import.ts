import { Client } from 'pg';
import { loadConfig } from '../libs/common/config/app-config';
import { runMigrations } from '../libs/common/database/migrate';
import { prepareDatabase } from '../libs/common/database/prepare-database';
import { ImportError } from '../libs/representatives/import/csv-records';
import { databaseSchema } from '../migrations/data-source';

/**
 * Runs an import against DATABASE_URL, or DATA_DIR's embedded database (started if the server is
 * not running), migrated first so that a fresh installation can be loaded before its first start.
 */
export async function runImport(usage: string | undefined, work: (client: Client) => Promise<string>): Promise<void> {
  if (usage) {
    console.error(`${usage}   (uses DATABASE_URL, or the embedded database in DATA_DIR)`);
    process.exit(2);
  }
  try {
    const config = loadConfig();
    const database = await prepareDatabase(config, (message) => console.error(message));
    try {
      await runMigrations(database.url, databaseSchema(database.url));
      const client = new Client({ connectionString: database.url, application_name: 'undersigned-import' });
      await client.connect();
      try {
        console.log(await work(client));
      } finally {
        await client.end();
      }
    } finally {
      await database.release();
    }
  } catch (error) {
    // A bad file is the operator's to fix: its message says where; anything else gets its stack.
    console.error(
      `import failed, nothing was changed: ${error instanceof ImportError ? error.message : String((error as Error).stack)}`,
    );
    process.exit(1);
  }
}
