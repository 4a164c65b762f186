import 'reflect-metadata';
import { runProcess } from '@undersigned/common';
import { databaseSchema } from '@undersigned/database';
// The entry point applies the migrations at start: the one place a deployable reaches migrations/.
import { MIGRATIONS } from '../../../migrations';
import { createApiApp } from './create-app';

void runProcess(
  (url) => databaseSchema(url, MIGRATIONS),
  async (config) => {
    const app = await createApiApp(config);
    await app.listen(config.port, config.host);
    process.stderr.write(
      `${JSON.stringify({ level: 30, time: Date.now(), msg: `Undersigned API listening on ${await app.getUrl()}` })}\n`,
    );
    return app;
  },
);
