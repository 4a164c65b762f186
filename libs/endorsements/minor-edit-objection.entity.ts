import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LetterVersion } from '@undersigned/letters';
import { Endorsement } from './endorsement.entity';

/**
 * The one-click link mailed to a signatory kept SIGNED through a minor edit ("this changes what we
 * signed"): it turns that endorsement into NEEDS_RECONFIRMATION, once, until the letter is delivered.
 */
@Entity('minor_edit_objection_links')
@Index('minor_edit_objection_links_endorsement_idx', ['endorsementId'])
export class MinorEditObjectionLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'endorsement_id', type: 'uuid' })
  endorsementId: string;

  @ManyToOne(() => Endorsement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endorsement_id' })
  endorsement?: Endorsement;

  /** The minor edit the mail told of. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => LetterVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: LetterVersion;

  /** The version the endorsement stood on then: once it signs another, the link has nothing to object to. */
  @Column({ name: 'signed_version_id', type: 'uuid' })
  signedVersionId: string;

  @ManyToOne(() => LetterVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_version_id' })
  signedVersion?: LetterVersion;

  /** SHA-256 of the token in the link (libs/common/auth/tokens.ts); the token itself is never stored. */
  @Index('minor_edit_objection_links_token_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
