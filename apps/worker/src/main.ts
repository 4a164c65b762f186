import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runProcess } from '@undersigned/common';
import { databaseSchema } from '../../../migrations/data-source';
import { WorkerRootModule } from './worker-root.module';

void runProcess(databaseSchema, async (config) => {
  const app = await NestFactory.createApplicationContext(WorkerRootModule.forRoot({ ...config, worker: true }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await app.init();
  return app;
});
