import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MAIL_LANGUAGES_SQL, MailLanguage } from '@undersigned/common';
import { Letter } from '@undersigned/letters';
import { SignatureStatus } from './signature-status';

/**
 * A member of the public's signature of a letter. Personal data (name, email, postcode, IP,
 * comment) is erased on request and after retention; the row stays, with its country and area,
 * so counts never change by erasing. The tokens of its mailed links are in signature_tokens. Counting is folded in batches (supporter-counts.service.ts): `counted`
 * and `counted_*` say what the totals include for this row, `dirty` that they may be behind it.
 */
@Entity('signatures')
@Index('signatures_letter_fingerprint_key', ['letterId', 'emailFingerprint'], { unique: true })
@Index('signatures_letter_awaiting_idx', ['letterId', 'id'], { where: `"status" = 'NEEDS_RECONFIRMATION'` })
@Index('signatures_dirty_idx', ['id'], { where: '"dirty"' })
@Index('signatures_letter_listed_idx', ['letterId', 'confirmedAt', 'id'], {
  where: `"status" = 'CONFIRMED' AND "show_name" AND "name" IS NOT NULL`,
})
@Index('signatures_letter_domain_idx', ['letterId', 'emailDomain'])
@Index('signatures_letter_ip_idx', ['letterId', 'ipAddress'], { where: '"ip_address" IS NOT NULL' })
@Check('signatures_confirmed_has_time', `"status" <> 'CONFIRMED' OR "confirmed_at" IS NOT NULL`)
@Check('signatures_confirmed_has_version', `"status" <> 'CONFIRMED' OR "confirmed_version" IS NOT NULL`)
@Check('signatures_counted_only_confirmed', `NOT "counted" OR "status" = 'CONFIRMED'`)
@Check(
  'signatures_consent_has_version',
  `NOT "consented" OR ("consent_version" IS NOT NULL AND "consented_at" IS NOT NULL)`,
)
@Check('signatures_language_known', `"language" IN (${MAIL_LANGUAGES_SQL})`)
export class Signature {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'enum', enum: SignatureStatus, enumName: 'signature_status', default: SignatureStatus.PENDING })
  status: SignatureStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  /** As typed; leads see it only in supporters.csv. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** HMAC of the canonical email (canonical-email.ts): one signature per person, kept after erasure. */
  @Column({ name: 'email_fingerprint', type: 'char', length: 64 })
  emailFingerprint: string;

  /** The canonical address's domain (ASCII), for block lists and invalidation; erased with the address. */
  @Column({ name: 'email_domain', type: 'varchar', length: 253, nullable: true })
  emailDomain: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  country: string | null;

  /** Upper case, no spaces. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  /** The area the postcode lies in (stage 4), filled in when it is known. */
  @Column({ name: 'area_code', type: 'varchar', length: 64, nullable: true })
  areaCode: string | null;

  @Column({ name: 'ip_address', type: 'inet', nullable: true })
  ipAddress: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ name: 'show_name', type: 'boolean', default: true })
  showName: boolean;

  /** Only whether the supporter said they are old enough: never an age or a birth date. */
  @Column({ name: 'age_confirmed', type: 'boolean', nullable: true })
  ageConfirmed: boolean | null;

  /** Consent to be contacted, to the text of `consent_version`, at `consented_at`. */
  @Column({ type: 'boolean', default: false })
  consented: boolean;

  @Column({ name: 'consent_version', type: 'int', nullable: true })
  consentVersion: number | null;

  @Column({ name: 'consented_at', type: 'timestamptz', nullable: true })
  consentedAt: Date | null;

  /**
   * The letter's version the supporter last confirmed: after a material revision they are
   * NEEDS_RECONFIRMATION until they confirm the current one (minor edits keep them).
   */
  @Column({ name: 'confirmed_version', type: 'int', nullable: true })
  confirmedVersion: number | null;

  /** The version whose "the letter has changed" mail was last queued for this signature (the mailer's mark). */
  @Column({ name: 'reconfirm_mailed_version', type: 'int', nullable: true })
  reconfirmMailedVersion: number | null;

  /**
   * "The letter has changed" mails queued for this signature, and when the last one was: at most
   * one a day and RECONFIRMATION_MAILS_MAX in all, however often the letter is revised.
   */
  @Column({ name: 'reconfirm_mails_sent', type: 'int', default: 0 })
  reconfirmMailsSent: number;

  @Column({ name: 'reconfirm_mailed_at', type: 'timestamptz', nullable: true })
  reconfirmMailedAt: Date | null;

  /** The language of the page it was signed on: its mails (confirmation, reconfirmation) are written in it. */
  @Column({ type: 'varchar', length: 16, default: MailLanguage.EN })
  language: MailLanguage;

  /** Mails sent for this signature (confirmations and "already signed"): a few at most. */
  @Column({ name: 'mails_sent', type: 'int', default: 0 })
  mailsSent: number;

  @Column({ type: 'boolean', default: false })
  counted: boolean;

  @Column({ name: 'counted_country', type: 'varchar', length: 64, nullable: true })
  countedCountry: string | null;

  @Column({ name: 'counted_area', type: 'varchar', length: 64, nullable: true })
  countedArea: string | null;

  @Column({ type: 'boolean', default: false })
  dirty: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
