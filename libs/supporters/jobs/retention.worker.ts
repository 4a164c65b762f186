import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QUEUE } from '@undersigned/common';
import { SignatureLifecycleService } from '../signature-lifecycle.service';

export const SUPPORTER_RETENTION_QUEUE = 'supporters.erase-expired';

/** Every hour, in a worker: erases supporters' personal data past SUPPORTER_RETENTION_DAYS. */
@Injectable()
export class RetentionWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionWorker.name);

  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    private readonly lifecycle: SignatureLifecycleService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work(SUPPORTER_RETENTION_QUEUE, async () => {
      const erased = await this.lifecycle.eraseExpired();
      if (erased) this.logger.log(`erased the personal data of ${erased} signatures past retention`);
    });
    await this.boss.schedule(SUPPORTER_RETENTION_QUEUE, '17 * * * *');
  }
}
