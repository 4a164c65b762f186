import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { QUEUE, ScheduledWorker } from '@undersigned/common';
import { SignatureLifecycleService } from '../signature-lifecycle.service';

export const SUPPORTER_RETENTION_QUEUE = 'supporters.erase-expired';

/** Every hour, in a worker: erases supporters' personal data past SUPPORTER_RETENTION_DAYS. */
@Injectable()
export class RetentionWorker extends ScheduledWorker {
  constructor(
    @Inject(QUEUE) boss: PgBoss,
    private readonly lifecycle: SignatureLifecycleService,
  ) {
    super(boss, SUPPORTER_RETENTION_QUEUE, '17 * * * *');
  }

  protected async run(): Promise<void> {
    const erased = await this.lifecycle.eraseExpired();
    if (erased) this.logger.log(`erased the personal data of ${erased} signatures past retention`);
  }
}
