import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Letter } from '@undersigned/letters';
import { MAX_PER_TARGET_PER_HOUR, TargetingMode } from './targeting-mode';

/** How a letter's supporters reach their representatives (no row: RECIPIENTS). */
@Entity('letter_targeting')
@Check('letter_targeting_rate', `"per_target_per_hour" BETWEEN 1 AND ${MAX_PER_TARGET_PER_HOUR}`)
@Check('letter_targeting_area_type_format', `"area_type" ~ '^[A-Z0-9_]+$'`)
export class LetterTargeting {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid', primaryKeyConstraintName: 'letter_targeting_pkey' })
  letterId: string;

  @OneToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'enum', enum: TargetingMode, enumName: 'targeting_mode' })
  mode: TargetingMode;

  @Column({ name: 'area_type', type: 'varchar', length: 32 })
  areaType: string;

  @Column({ name: 'per_target_per_hour', type: 'int' })
  perTargetPerHour: number;

  /** Since when supporters write to their representatives: only those who sign from then on do. */
  @Column({ name: 'enabled_at', type: 'timestamptz', nullable: true })
  enabledAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
