import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccountsModule } from '@undersigned/accounts';
import {
  AllExceptionsFilter,
  CoreModule,
  EventBusService,
  InputValidationPipe,
  JwtStrategy,
  PermissionGuard,
  PostgresThrottlerStorage,
  type AppConfig,
} from '@undersigned/common';
import { dataSourceOptions } from '@undersigned/database';
import { DataSource } from 'typeorm';
import { DeliveriesModule } from '@undersigned/deliveries';
import { EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { OrganisationsModule } from '@undersigned/organisations';
import { OsdiModule } from '@undersigned/osdi';
import { RepresentativesModule } from '@undersigned/representatives';
import { SupportersModule } from '@undersigned/supporters';
import { TargetingModule } from '@undersigned/targeting';
import { WebhooksModule } from '@undersigned/webhooks';
import { WorkerModule } from '../../worker/src/worker.module';
import { graphqlOptions } from './graphql.options';
import { HealthController } from './health.controller';

/** The API deployable: GraphQL and HTTP, plus the worker in-process unless WORKER=off. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSourceOptions(config.databaseUrl as string)),
        PassportModule,
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [{ name: 'auth', ttl: 60_000, limit: Math.max(config.authRateLimit, 1) }],
            skipIf: () => config.authRateLimit === 0,
            // Counted in PostgreSQL: one budget per client IP across every API process.
            storage: new PostgresThrottlerStorage(dataSource),
          }),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [EventBusService],
          useFactory: (events: EventBusService) => graphqlOptions(config, events),
        }),
        AccountsModule,
        RepresentativesModule,
        OrganisationsModule,
        LettersModule,
        EndorsementsModule,
        SupportersModule,
        DeliveriesModule,
        TargetingModule,
        OsdiModule,
        WebhooksModule,
        ...(config.worker ? [WorkerModule] : []),
      ],
      controllers: [HealthController],
      providers: [
        JwtStrategy,
        { provide: APP_GUARD, useClass: PermissionGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        {
          provide: APP_PIPE,
          useValue: new InputValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            validationError: { target: false, value: false },
          }),
        },
      ],
    };
  }
}
