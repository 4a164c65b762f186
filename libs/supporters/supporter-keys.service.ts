import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

const FINGERPRINT_KEY = 'email-fingerprint';

/** The key of email fingerprints: made once, by whichever process asks first, and kept in the database. */
@Injectable()
export class SupporterKeysService {
  private fingerprint: Promise<Buffer> | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  fingerprintKey(): Promise<Buffer> {
    this.fingerprint ??= this.load().catch((error: Error) => {
      this.fingerprint = undefined; // a database outage is not remembered
      throw error;
    });
    return this.fingerprint;
  }

  private async load(): Promise<Buffer> {
    await this.dataSource.query(
      'INSERT INTO supporter_keys (name, key) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [FINGERPRINT_KEY, randomBytes(32)],
    );
    const [row] = (await this.dataSource.query('SELECT key FROM supporter_keys WHERE name = $1', [
      FINGERPRINT_KEY,
    ])) as {
      key: Buffer;
    }[];
    return row.key;
  }
}
