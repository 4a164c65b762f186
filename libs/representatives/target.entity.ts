import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Area } from './area.entity';

/**
 * A person supporters write to: the representative of an area (an MP for a `WMC`), valid between
 * dates (from inclusive, to exclusive). `external_id` is the data source's id of the person,
 * unique within the area type (one source per type: Parliament's member id for WMC, ...).
 */
@Entity('targets')
@Index('targets_area_type_external_id_key', ['areaType', 'externalId'], { unique: true })
@Index('targets_area_idx', ['areaType', 'areaCode'])
@Check('targets_valid_dates', '"valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" > "valid_from"')
export class Target {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'external_id', type: 'varchar', length: 128 })
  externalId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  party: string | null;

  @Column({ name: 'area_type', type: 'varchar', length: 32 })
  areaType: string;

  @Column({ name: 'area_code', type: 'varchar', length: 128 })
  areaCode: string;

  @ManyToOne(() => Area, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'area_type', referencedColumnName: 'type' },
    { name: 'area_code', referencedColumnName: 'code' },
  ])
  area?: Area;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  /**
   * Set when `email` was refused permanently as a recipient (5xx at RCPT TO, or 5.1.x): nothing more is
   * sent to it until it changes or an admin upserts the target again.
   */
  @Column({ name: 'email_failed_at', type: 'timestamptz', nullable: true })
  emailFailedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
