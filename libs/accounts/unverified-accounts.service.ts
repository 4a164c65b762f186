import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SignInThrottleService } from './sign-in-throttle.service';

export const UNVERIFIED_ACCOUNT_DAYS = 7;
const BATCH = 500;

/**
 * Accounts whose address was never verified expire after UNVERIFIED_ACCOUNT_DAYS: deleting them
 * frees the address for whoever owns it (a squatter cannot hold it for long).
 */
@Injectable()
export class UnverifiedAccountsService {
  private readonly logger = new Logger(UnverifiedAccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: SignInThrottleService,
  ) {}

  /** Deletes expired unverified accounts (their sessions, codes and links go with them); answers how many. */
  async deleteExpired(): Promise<number> {
    let deleted = 0;
    for (;;) {
      const ids = (
        (await this.dataSource.query(
          `SELECT id FROM users WHERE email_verified_at IS NULL
             AND created_at < now() - make_interval(days => $1) ORDER BY created_at LIMIT $2`,
          [UNVERIFIED_ACCOUNT_DAYS, BATCH],
        )) as { id: string }[]
      ).map((row) => row.id);
      let batchDeleted = 0;
      for (const id of ids) {
        try {
          // Rechecked in the statement: verified since the select, it stays.
          const [, affected] = (await this.dataSource.query(
            `DELETE FROM users WHERE id = $1 AND email_verified_at IS NULL
               AND created_at < now() - make_interval(days => $2)`,
            [id, UNVERIFIED_ACCOUNT_DAYS],
          )) as [unknown, number];
          batchDeleted += affected;
        } catch (error) {
          // Something still refers to it (a record kept for others): it stays, and is logged.
          this.logger.warn(`unverified account ${id} is referred to and was kept: ${(error as Error).message}`);
        }
      }
      deleted += batchDeleted;
      if (ids.length < BATCH || batchDeleted === 0) break;
    }
    await this.throttle.forgetOld();
    return deleted;
  }
}
