import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@undersigned/accounts';
import { LANGUAGE_TAG_SQL_PATTERN } from './language-tag';
import { LetterStatus, LetterVisibility } from './letter-status';

@Entity('letters')
@Index('letters_created_at_id_idx', ['createdAt', 'id'])
@Index('letters_publish_at_idx', ['publishAt'], { where: '"publish_at" IS NOT NULL' })
@Check('letters_slug_format', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('letters_current_version_positive', '"current_version" >= 1')
// Open sign-on (setOpenSignOn) lets any organisation ask to sign from the public page: PUBLIC letters only.
@Check('letters_open_sign_on_public', `NOT "open_sign_on" OR "visibility" = 'PUBLIC'`)
// An embargo (publishAt, contract stage 11) holds back a PUBLIC letter: a PRIVATE one is never published.
@Check('letters_publish_at_public', `"publish_at" IS NULL OR "visibility" = 'PUBLIC'`)
@Check('letters_language_format', `"language" ~ '${LANGUAGE_TAG_SQL_PATTERN}'`)
export class Letter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('letters_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  /** The current version's title, kept here for listing. */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Index('letters_status_idx')
  @Column({ type: 'enum', enum: LetterStatus, enumName: 'letter_status', default: LetterStatus.DRAFT })
  status: LetterStatus;

  @Column({ type: 'enum', enum: LetterVisibility, enumName: 'letter_visibility' })
  visibility: LetterVisibility;

  /** The original's language, a canonical BCP 47 tag (language-tag.ts): the text that is signed. */
  @Column({ type: 'varchar', length: 35, default: 'en' })
  language: string;

  @Column({ name: 'endorsement_deadline', type: 'timestamptz', nullable: true })
  endorsementDeadline: Date | null;

  @Column({ name: 'deliver_by', type: 'timestamptz', nullable: true })
  deliverBy: Date | null;

  /**
   * Embargo (setPublication): until then a PUBLIC letter is, for the public, a PRIVATE one
   * (publication.ts); at it the worker publishes it. Null: public as soon as it opens.
   */
  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  @Column({ name: 'current_version', type: 'int', default: 1 })
  currentVersion: number;

  /** The version current when the letter opened: the public sees no earlier draft. */
  @Column({ name: 'opened_version', type: 'int', nullable: true })
  openedVersion: number | null;

  /** Open sign-on (setOpenSignOn): any organisation may ask to sign from the public page (requestToSign). */
  @Column({ name: 'open_sign_on', type: 'boolean', default: false })
  openSignOn: boolean;

  /**
   * With open sign-on: a request confirmed from an address at its organisation's website's domain
   * (or a subdomain) is SIGNED at once; any other waits for the leads (PENDING_APPROVAL).
   */
  @Column({ name: 'auto_approve_verified', type: 'boolean', default: false })
  autoApproveVerified: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
