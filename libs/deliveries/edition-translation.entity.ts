import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LANGUAGE_TAG_SQL_PATTERN } from '@undersigned/letters';
import { Edition } from './edition.entity';

/**
 * An APPROVED translation as the edition froze it at delivery: its text and hash, which the edition
 * hash covers. The database refuses DELETE and every UPDATE but storing its PDF once (trigger `edition_translations_immutable`,
 * created by migration).
 */
@Entity('edition_translations')
@Check('edition_translations_language_format', `"language" ~ '${LANGUAGE_TAG_SQL_PATTERN}'`)
@Check('edition_translations_hash_format', `"content_hash" ~ '^[0-9a-f]{64}$'`)
export class EditionTranslation {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Edition, (edition) => edition.translations, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id', referencedColumnName: 'letterId' })
  edition?: Edition;

  /** A canonical BCP 47 tag (letters' language-tag.ts). */
  @PrimaryColumn({ type: 'varchar', length: 35 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  translator: string | null;

  /** The version of the original it translates (minor edits since are typo fixes of the original). */
  @Column({ name: 'based_on_version', type: 'int' })
  basedOnVersion: number;

  /**
   * The translation typeset at delivery, as GET /letters/:slug.pdf?lang= serves it and delivery
   * mails attach it; read only when asked for (`select: false`). Null for editions frozen before
   * translations were typeset at delivery: those render on request from the frozen text.
   */
  @Column({ type: 'bytea', nullable: true, select: false })
  pdf?: Buffer | null;
}
