import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@undersigned/accounts';
import { MAX_BODY_LENGTH } from './dto/letter-text';
import { LANGUAGE_TAG_SQL_PATTERN } from './language-tag';
import { Letter } from './letter.entity';
import { TranslationStatus } from './translation-status';

/**
 * A translation of a letter into one language, for reading: the original is what is signed. It
 * translates version `basedOnVersion`; a material revision of the original makes it OUTDATED.
 */
@Entity('letter_translations')
@Unique('letter_translations_letter_language_key', ['letterId', 'language'])
@Check('letter_translations_language_format', `"language" ~ '${LANGUAGE_TAG_SQL_PATTERN}'`)
@Check('letter_translations_title_length', `char_length("title") >= 1`)
@Check('letter_translations_body_length', `char_length("body") BETWEEN 1 AND ${MAX_BODY_LENGTH}`)
@Check('letter_translations_hash_format', `"content_hash" ~ '^[0-9a-f]{64}$'`)
@Check('letter_translations_based_on_positive', '"based_on_version" >= 1')
@Check('letter_translations_approved_at', `"status" <> 'APPROVED' OR "approved_at" IS NOT NULL`)
export class LetterTranslation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  /** A canonical BCP 47 tag (language-tag.ts). */
  @Column({ type: 'varchar', length: 35 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** By the versions' rule (content-hash.ts). */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  translator: string | null;

  @Column({
    type: 'enum',
    enum: TranslationStatus,
    enumName: 'translation_status',
    default: TranslationStatus.DRAFT,
  })
  status: TranslationStatus;

  @Column({ name: 'based_on_version', type: 'int' })
  basedOnVersion: number;

  @Column({ name: 'saved_by_id', type: 'uuid' })
  savedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'saved_by_id' })
  savedBy?: User;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
