import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Letter } from '@undersigned/letters';

export enum CountDimension {
  TOTAL = 'total',
  COUNTRY = 'country',
  AREA = 'area',
}

/**
 * Folded counts of confirmed signatures: the letter's total (key ''), and per country and per
 * area (key '' = not given). Written by batches, never once per signature (supporter-counts.service.ts).
 */
@Entity('supporter_counts')
@Check('supporter_counts_not_negative', '"count" >= 0')
export class SupporterCount {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  dimension: CountDimension;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'int' })
  count: number;
}
