/** `npm run restore -- FILE`: loads a backup into an empty database (DATABASE_URL or DATA_DIR's embedded one). */
import 'reflect-metadata';
import { loadConfig } from '../libs/common/config/app-config';
import { restoreBackup } from '../libs/common/database/backup-restore';
import { prepareDatabase } from '../libs/common/database/prepare-database';
import { databaseSchema } from '../migrations/data-source';

async function main(file: string | undefined): Promise<void> {
  if (!file) {
    console.error('usage: npm run restore -- FILE   (into DATABASE_URL, or the embedded database in DATA_DIR)');
    process.exit(2);
  }
  const config = loadConfig();
  const database = await prepareDatabase(config, (message) => console.error(message));
  try {
    const summary = await restoreBackup(database.url, file, databaseSchema(database.url));
    console.log(`restored ${summary.rows} rows in ${summary.tables} tables (${summary.migrations.length} migrations)`);
  } finally {
    await database.release();
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(`restore failed: ${error.message}`);
  process.exit(1);
});
