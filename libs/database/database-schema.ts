import type { DataSourceOptions } from 'typeorm';
import { ACCOUNTS_ENTITIES, UNVERIFIED_ACCOUNTS_QUEUE } from '@undersigned/accounts';
import {
  COMMON_ENTITIES,
  HEARTBEAT_QUEUE,
  MAIL_QUEUE,
  WorkerHeartbeat,
  type DatabaseSchema,
} from '@undersigned/common';
import { DELIVERIES_ENTITIES, DELIVERY_QUEUE } from '@undersigned/deliveries';
import { ENDORSEMENTS_ENTITIES, SIGN_ON_REQUESTS_QUEUE } from '@undersigned/endorsements';
import { LETTER_QUEUES, LETTERS_ENTITIES } from '@undersigned/letters';
import { ORGANISATIONS_ENTITIES } from '@undersigned/organisations';
import { REPRESENTATIVES_ENTITIES } from '@undersigned/representatives';
import { RECONFIRMATION_MAIL_QUEUE, SUPPORTER_RETENTION_QUEUE, SUPPORTERS_ENTITIES } from '@undersigned/supporters';
import { TARGETING_ENTITIES, TARGETING_QUEUES } from '@undersigned/targeting';
import { WEBHOOKS_ENTITIES } from '@undersigned/webhooks';

/** Every entity of every context: what the deployables map and what migrations are generated from. */
export const ENTITIES = [
  ...COMMON_ENTITIES,
  ...ACCOUNTS_ENTITIES,
  ...REPRESENTATIVES_ENTITIES,
  ...ORGANISATIONS_ENTITIES,
  ...LETTERS_ENTITIES,
  ...ENDORSEMENTS_ENTITIES,
  ...SUPPORTERS_ENTITIES,
  ...DELIVERIES_ENTITIES,
  ...TARGETING_ENTITIES,
  ...WEBHOOKS_ENTITIES,
  WorkerHeartbeat,
];

/** Every pg-boss queue, created once at migration time. */
export const QUEUES = [
  HEARTBEAT_QUEUE,
  MAIL_QUEUE,
  UNVERIFIED_ACCOUNTS_QUEUE,
  ...LETTER_QUEUES,
  SIGN_ON_REQUESTS_QUEUE,
  SUPPORTER_RETENTION_QUEUE,
  RECONFIRMATION_MAIL_QUEUE,
  DELIVERY_QUEUE,
  ...TARGETING_QUEUES,
];

/**
 * The TypeORM options of every process. `migrations` is given by whoever applies them (the
 * deployables' entry points and the scripts, through migrations/data-source.ts): libs never
 * import migrations/.
 */
export function dataSourceOptions(url: string, migrations: DataSourceOptions['migrations'] = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension (nor superuser) needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: 20, application_name: 'undersigned' },
  };
}

/** What runMigrations needs: the options with the given migrations, and the queues. */
export function databaseSchema(url: string, migrations: DataSourceOptions['migrations']): DatabaseSchema {
  return { options: dataSourceOptions(url, migrations), queues: QUEUES };
}
