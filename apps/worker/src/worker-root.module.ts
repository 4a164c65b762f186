import { Module, type DynamicModule } from '@nestjs/common';
import { CoreModule, type AppConfig } from '@undersigned/common';
import { dataSourceOptions } from '@undersigned/database';
import { WorkerModule } from './worker.module';

/** The worker deployable: the core and the jobs, no HTTP. */
@Module({})
export class WorkerRootModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerRootModule,
      imports: [CoreModule.forRoot(config, dataSourceOptions(config.databaseUrl as string)), WorkerModule],
    };
  }
}
