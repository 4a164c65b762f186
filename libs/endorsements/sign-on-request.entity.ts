import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MAIL_LANGUAGES_SQL, MailLanguage } from '@undersigned/common';
import { Letter } from '@undersigned/letters';

/**
 * An organisation's request to sign a letter by open sign-on (requestToSign), waiting for the
 * confirmation link mailed to `email` (confirmSignOn). It binds to the text as it stood when it was
 * made (`contentHash`): a confirmation after the text changed signs nothing (STALE_VERSION). Every
 * request mailed keeps its link working until it is confirmed or expires (INVITATION_TTL_DAYS).
 */
@Entity('sign_on_requests')
@Index('sign_on_requests_letter_email_idx', ['letterId', 'email'])
@Check('sign_on_requests_email_lower', `"email" = lower("email")`)
@Check('sign_on_requests_content_hash_format', `"content_hash" ~ '^[0-9a-f]{64}$'`)
@Check('sign_on_requests_expiry', `"expires_at" > "created_at"`)
@Check('sign_on_requests_language_known', `"language" IN (${MAIL_LANGUAGES_SQL})`)
export class SignOnRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  /** The language of the page the request was made on: its confirmation mail is written in it. */
  @Column({ type: 'varchar', length: 16, default: MailLanguage.EN })
  language: MailLanguage;

  /** The address the confirmation link goes to, lower-cased: the one the signature is made from. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** The current version's hash when the request was made: what the confirmation signs. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200 })
  organisationName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  website: string | null;

  @Column({ name: 'signer_name', type: 'varchar', length: 200 })
  signerName: string;

  @Column({ name: 'signer_title', type: 'varchar', length: 200 })
  signerTitle: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200, nullable: true })
  displayName: string | null;

  @Column({ type: 'boolean', nullable: true })
  anonymous: boolean | null;

  @Column({ name: 'accept_minor_edits', type: 'boolean', nullable: true })
  acceptMinorEdits: boolean | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** SHA-256 of the token in the confirmation link (libs/common/auth/tokens.ts); the token itself is never stored. */
  @Index('sign_on_requests_token_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  /** When its link was pressed and signed (or found the address's signature already made). */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
