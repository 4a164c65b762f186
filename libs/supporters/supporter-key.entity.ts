import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Keys kept in the database rather than in DATA_DIR, so that every process (and a restored
 * backup) fingerprints an email the same way.
 */
@Entity('supporter_keys')
export class SupporterKey {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'bytea' })
  key: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
