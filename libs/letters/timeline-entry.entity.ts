import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Letter } from './letter.entity';

/** Kinds written by the system; coordinators' own posts are UPDATE. */
export enum TimelineKind {
  LETTER_OPENED = 'LETTER_OPENED',
  LETTER_CLOSED = 'LETTER_CLOSED',
  LETTER_DELIVERED = 'LETTER_DELIVERED',
  LETTER_PUBLISHED = 'LETTER_PUBLISHED',
  MILESTONE = 'MILESTONE',
  GOAL_REACHED = 'GOAL_REACHED',
  GOAL_RAISED = 'GOAL_RAISED',
  SIGNATURES_INVALIDATED = 'SIGNATURES_INVALIDATED',
  UPDATE = 'UPDATE',
}

@Entity('timeline_entries')
@Index('timeline_entries_letter_occurred_idx', ['letterId', 'occurredAt'])
@Index('timeline_entries_once_key', ['letterId', 'onceKey'], { unique: true, where: '"once_key" IS NOT NULL' })
export class TimelineEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** For entries that must exist at most once per letter (a milestone, an opening). */
  @Column({ name: 'once_key', type: 'varchar', length: 100, nullable: true })
  onceKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
