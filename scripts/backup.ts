/** `npm run backup -- FILE`: a consistent snapshot of the database (DATABASE_URL or DATA_DIR's embedded one). */
import { loadConfig } from '../libs/common/config/app-config';
import { writeBackup } from '../libs/common/database/backup';
import { prepareDatabase } from '../libs/common/database/prepare-database';

async function main(file: string | undefined): Promise<void> {
  if (!file) {
    console.error('usage: npm run backup -- FILE   (uses DATABASE_URL, or the embedded database in DATA_DIR)');
    process.exit(2);
  }
  const config = loadConfig();
  const database = await prepareDatabase(config, (message) => console.error(message));
  try {
    const summary = await writeBackup(database.url, file);
    console.log(
      `backup written to ${file}: ${summary.tables} tables, ${summary.rows} rows, ${summary.migrations.length} migrations`,
    );
  } finally {
    await database.release();
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(`backup failed: ${error.message}`);
  process.exit(1);
});
