import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { QUEUE, ScheduledWorker } from '@undersigned/common';

export const SIGN_ON_REQUESTS_QUEUE = 'endorsements.forget-sign-on-requests';
/** Hourly, at a minute of its own. */
export const SIGN_ON_REQUESTS_CRON = '41 * * * *';

/**
 * Every hour, in a worker: forgets the open sign-on requests whose link has expired and that made no
 * signature, with the address and names they hold. A request that made a signature stays, tied to it
 * (the address is the signature's, as `Endorsement.signedBy`).
 */
@Injectable()
export class SignOnRequestsWorker extends ScheduledWorker {
  constructor(
    @Inject(QUEUE) boss: PgBoss,
    private readonly dataSource: DataSource,
  ) {
    super(boss, SIGN_ON_REQUESTS_QUEUE, SIGN_ON_REQUESTS_CRON);
  }

  protected async run(): Promise<void> {
    const forgotten = await forgetExpiredSignOnRequests(this.dataSource);
    if (forgotten) this.logger.log(`forgot ${forgotten} expired open sign-on requests`);
  }
}

/** Deletes the expired requests that made no signature; how many. One statement: a request confirmed meanwhile is referred to, and stays. */
export async function forgetExpiredSignOnRequests(dataSource: DataSource): Promise<number> {
  const [, deleted] = (await dataSource.query(
    `DELETE FROM sign_on_requests r WHERE r.expires_at <= now()
       AND NOT EXISTS (SELECT 1 FROM endorsements e WHERE e.sign_on_request_id = r.id)`,
  )) as [unknown, number];
  return deleted;
}
