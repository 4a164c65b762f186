import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runProcess } from '@undersigned/common';
import { databaseSchema } from '@undersigned/database';
// The entry point applies the migrations at start: the one place a deployable reaches migrations/.
import { MIGRATIONS } from '../../../migrations';
import { WorkerRootModule } from './worker-root.module';

void runProcess(
  (url) => databaseSchema(url, MIGRATIONS),
  async (config) => {
    const app = await NestFactory.createApplicationContext(WorkerRootModule.forRoot({ ...config, worker: true }), {
      bufferLogs: true,
    });
    app.useLogger(app.get(Logger));
    await app.init();
    return app;
  },
);
