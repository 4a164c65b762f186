/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the URL given as argument). */
import 'reflect-metadata';
import { runMigrations } from '../libs/common/database/migrate';
import { databaseSchema } from '../migrations/data-source';

const url = process.argv[2] ?? process.env.DATABASE_URL;
if (!url) {
  console.error('usage: migrate <database url> (or set DATABASE_URL)');
  process.exit(2);
}
runMigrations(url, databaseSchema(url))
  .then((applied) => console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply'))
  .catch((error: Error) => {
    console.error(`migration failed: ${error.message}`);
    process.exit(1);
  });
