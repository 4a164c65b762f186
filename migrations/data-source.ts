import type { DataSourceOptions } from 'typeorm';
import { ACCOUNTS_ENTITIES } from '@undersigned/accounts';
import { ENDORSEMENTS_ENTITIES } from '@undersigned/endorsements';
import { LETTERS_ENTITIES } from '@undersigned/letters';
import { ORGANISATIONS_ENTITIES } from '@undersigned/organisations';
import { WorkerHeartbeat } from '../apps/worker/src/worker-heartbeat.entity';
import { MIGRATIONS } from './index';

export const ENTITIES = [
  ...ACCOUNTS_ENTITIES,
  ...ORGANISATIONS_ENTITIES,
  ...LETTERS_ENTITIES,
  ...ENDORSEMENTS_ENTITIES,
  WorkerHeartbeat,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension (nor superuser) needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 20, application_name: 'undersigned' },
  };
}
