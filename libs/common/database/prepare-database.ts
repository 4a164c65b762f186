import type { AppConfig } from '../config/app-config';
import { EmbeddedPostgres, type DatabaseHandle } from './embedded-postgres';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR, started if needed. */
export async function prepareDatabase(config: AppConfig, log: (message: string) => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, release: async () => undefined };
  }
  return new EmbeddedPostgres(config.dataDir, log).acquire();
}
