import type { DataSourceOptions } from 'typeorm';
import type { DatabaseSchema } from '@undersigned/common';
import { databaseSchema as schemaWith, dataSourceOptions as optionsWith } from '@undersigned/database';
import { MIGRATIONS } from './index';

/** The data source of the scripts (migrate, migration:generate) and of the deployables' start-up. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return optionsWith(url, MIGRATIONS);
}

export function databaseSchema(url: string): DatabaseSchema {
  return schemaWith(url, MIGRATIONS);
}
