import { Global, Inject, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isDatabaseUnavailable } from '../errors/to-public-error';

/** The started pg-boss instance: every process may send jobs; worker processes also work them. */
export const QUEUE = Symbol('QUEUE');

@Global()
@Module({
  providers: [
    {
      provide: QUEUE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<PgBoss> => {
        const logger = new Logger('Queue');
        const boss = new PgBoss({
          connectionString: config.databaseUrl,
          application_name: config.worker ? 'undersigned-worker' : 'undersigned-api',
          max: 4,
          // Maintenance and cron scheduling belong to workers; pg-boss elects one among them.
          supervise: config.worker,
          schedule: config.worker,
          migrate: false,
          // Maintenance also retries jobs whose worker died: run it often enough for deliveries.
          maintenanceIntervalSeconds: Math.min(60, config.delivery.timeoutSeconds),
        });
        boss.on('error', (error: Error) => {
          // While the database restarts every poll fails the same way: one line each, no stack.
          if (isDatabaseUnavailable(error)) logger.warn(`queue: database unavailable (${error.message})`);
          else logger.error({ err: error }, 'queue error');
        });
        await boss.start();
        return boss;
      },
    },
  ],
  exports: [QUEUE],
})
export class QueueModule implements OnModuleDestroy {
  constructor(@Inject(QUEUE) private readonly boss: PgBoss) {}

  /** Stops pg-boss when the application closes, letting running jobs finish. */
  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
