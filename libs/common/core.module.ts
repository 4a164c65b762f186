import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { AfterCommitSubscriber } from './database/after-commit';
import { EventsModule } from './events';
import { loggingModule } from './logging';
import { MailModule } from './mail';
import { QueueModule } from './queue';

/**
 * While the database is down or restarting, a request fails within seconds instead of hanging:
 * waiting for a connection, and any one statement, are bounded.
 */
const DATABASE_TIMEOUTS = { connectionTimeoutMillis: 10_000, statement_timeout: 30_000 };

/** What every deployable needs: configuration, logs, the database, the queue and mail. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, database: DataSourceOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        loggingModule(config),
        TypeOrmModule.forRoot({
          ...database,
          synchronize: false,
          migrationsRun: false,
          extra: { ...('extra' in database ? database.extra : {}), ...DATABASE_TIMEOUTS },
          // afterCommit (database/after-commit.ts) follows every transaction through it.
          subscribers: [...(Array.isArray(database.subscribers) ? database.subscribers : []), AfterCommitSubscriber],
        }),
        QueueModule,
        MailModule,
        EventsModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
