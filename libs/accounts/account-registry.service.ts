import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountRegistry } from '@undersigned/common';

/** The guard's question about an account, read from the users table at each call (never cached). */
@Injectable()
export class AccountRegistryService extends AccountRegistry {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async emailVerified(userId: string): Promise<boolean | null> {
    const rows = (await this.dataSource.query(
      'SELECT email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1',
      [userId],
    )) as { verified: boolean }[];
    return rows.length ? rows[0].verified : null;
  }
}
