/**
 * `npm run keys:rotate`: makes a new receipt signing key current. The old key's public half stays
 * in the database (signing_keys), so every receipt and checkpoint it signed still verifies.
 */
import 'reflect-metadata';
import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import { Client } from 'pg';
import { loadConfig } from '../libs/common/config/app-config';
import { runMigrations } from '../libs/common/database/migrate';
import { prepareDatabase } from '../libs/common/database/prepare-database';
import { keepPublicKey, newSigningKey } from '../libs/endorsements/receipts/signing-keys';
import { databaseSchema } from '../migrations/data-source';

const KEY_FILE = 'receipt-signing-key.jwk';

async function main(): Promise<void> {
  const config = loadConfig();
  if (process.env.RECEIPT_SIGNING_KEY) {
    // The key lives in the environment, which this script cannot change.
    const next = newSigningKey();
    console.error(
      'RECEIPT_SIGNING_KEY is set: the signing key comes from your environment, not from DATA_DIR, so nothing was rotated.\n' +
        'To rotate it, set RECEIPT_SIGNING_KEY to a new Ed25519 private key (JWK JSON), for example this freshly made one:\n\n' +
        `  ${next}\n\n` +
        "then restart every API and worker process. The old key's public half is already kept in the database " +
        '(each process stores its key before signing), so receipts and checkpoints it signed still verify.',
    );
    process.exit(1);
  }
  const database = await prepareDatabase(config, (message) => console.error(message));
  const client = new Client({ connectionString: database.url, application_name: 'undersigned-keys-rotate' });
  try {
    await runMigrations(database.url, databaseSchema(database.url));
    await client.connect();
    const query = (sql: string, params: unknown[]): Promise<unknown> => client.query(sql, params);
    const old = JSON.parse(config.receiptSigningKey) as JWK;
    const next = newSigningKey();
    // Both public halves are in the database before the file changes: no process can ever sign
    // with a key the database (and so every later backup) lacks.
    await client.query('BEGIN');
    const oldKid = await keepPublicKey(query, old);
    const newKid = await keepPublicKey(query, JSON.parse(next) as JWK);
    await client.query('UPDATE signing_keys SET retired_at = now() WHERE kid = $1 AND retired_at IS NULL', [oldKid]);
    await client.query('COMMIT');
    replaceKeyFile(join(config.dataDir, 'secrets', KEY_FILE), next);
    console.log(
      `receipt signing key ${newKid} is now current in ${join(config.dataDir, 'secrets', KEY_FILE)}; ` +
        `the public half of ${oldKid} is kept in the database, so what it signed still verifies.\n` +
        'Restart every API and worker process using this DATA_DIR: until then they sign with the old key.',
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await database.release();
  }
}

/** Writes the new private key beside the old and renames it into place: never half a key on disk. */
function replaceKeyFile(file: string, contents: string): void {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, contents, { mode: 0o600 });
  try {
    if (existsSync(file)) renameSync(aside, file);
    else linkSync(aside, file);
  } finally {
    rmSync(aside, { force: true });
  }
}

main().catch((error: Error) => {
  console.error(`keys:rotate failed: ${error.message}`);
  process.exit(1);
});
