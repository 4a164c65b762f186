import 'reflect-metadata';
import { runProcess } from '@undersigned/common';
import { databaseSchema } from '../../../migrations/data-source';
import { createApiApp } from './create-app';

void runProcess(databaseSchema, async (config) => {
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  process.stderr.write(
    `${JSON.stringify({ level: 30, time: Date.now(), msg: `Undersigned API listening on ${await app.getUrl()}` })}\n`,
  );
  return app;
});
