import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Letter } from '@undersigned/letters';
import { Organisation } from '@undersigned/organisations';

/** An organisation's receiver of signed events (Standard Webhooks 1.0). */
@Entity('webhooks')
@Index('webhooks_organisation_idx', ['organisationId'])
@Check('webhooks_events_not_empty', `cardinality("events") > 0`)
@Check('webhooks_url_length', `char_length("url") <= 2000`)
export class Webhook {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  /** WebhookEvent values. */
  @Column({ type: 'varchar', length: 40, array: true })
  events: string[];

  /** Only this letter's events, when set. */
  @Column({ name: 'letter_id', type: 'uuid', nullable: true })
  letterId: string | null;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Why it was disabled (the receiver answered 410 Gone), when it was. */
  @Column({ name: 'disabled_reason', type: 'varchar', length: 1000, nullable: true })
  disabledReason: string | null;

  /** The whsec_ secret, encrypted (AES-256-GCM, key derived from JWT_SECRET): shown once, kept for signing. */
  @Column({ name: 'secret_encrypted', type: 'text' })
  secretEncrypted: string;

  /** The secret before the last rotation, encrypted: still signs (a second v1) until previous_secret_until. */
  @Column({ name: 'previous_secret_encrypted', type: 'text', nullable: true })
  previousSecretEncrypted: string | null;

  @Column({ name: 'previous_secret_until', type: 'timestamptz', nullable: true })
  previousSecretUntil: Date | null;

  /** The Ed25519 private key (PKCS#8, base64), encrypted like the secret: signs v1a. */
  @Column({ name: 'signing_key_encrypted', type: 'text' })
  signingKeyEncrypted: string;

  /** whpk_ + base64 of the raw 32-byte Ed25519 public key. */
  @Column({ name: 'public_key', type: 'varchar', length: 100 })
  publicKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
