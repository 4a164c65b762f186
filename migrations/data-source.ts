import type { DataSourceOptions } from 'typeorm';
import { COMMON_ENTITIES, MAIL_QUEUE, type DatabaseSchema } from '@undersigned/common';
import { ACCOUNTS_ENTITIES } from '@undersigned/accounts';
import { DELIVERIES_ENTITIES, DELIVERY_QUEUE } from '@undersigned/deliveries';
import { ENDORSEMENTS_ENTITIES } from '@undersigned/endorsements';
import { LETTER_QUEUES, LETTERS_ENTITIES } from '@undersigned/letters';
import { ORGANISATIONS_ENTITIES } from '@undersigned/organisations';
import { HEARTBEAT_QUEUE } from '../apps/worker/src/heartbeat.job';
import { WorkerHeartbeat } from '../apps/worker/src/worker-heartbeat.entity';
import { MIGRATIONS } from './index';

export const ENTITIES = [
  ...COMMON_ENTITIES,
  ...ACCOUNTS_ENTITIES,
  ...ORGANISATIONS_ENTITIES,
  ...LETTERS_ENTITIES,
  ...ENDORSEMENTS_ENTITIES,
  ...DELIVERIES_ENTITIES,
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

/** Every pg-boss queue, created once at migration time. */
export const QUEUES = [HEARTBEAT_QUEUE, MAIL_QUEUE, ...LETTER_QUEUES, DELIVERY_QUEUE];

export function databaseSchema(url: string): DatabaseSchema {
  return { options: dataSourceOptions(url), queues: QUEUES };
}
