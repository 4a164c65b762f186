import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '@undersigned/accounts';
import { Letter } from './letter.entity';

/**
 * One immutable version of a letter's text. The database refuses UPDATE and DELETE on this
 * table (trigger `letter_versions_immutable`, created by migration).
 */
@Entity('letter_versions')
@Unique('letter_versions_letter_number_key', ['letterId', 'number'])
@Check('letter_versions_hash_format', `"content_hash" ~ '^[0-9a-f]{64}$'`)
export class LetterVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'boolean' })
  material: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
