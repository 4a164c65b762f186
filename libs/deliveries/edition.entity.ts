import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
} from 'typeorm';
import { Letter, LetterVersion } from '@undersigned/letters';
import { EditionTranslation } from './edition-translation.entity';

export interface EditionSignatory {
  displayName: string;
  country: string | null;
  lead: boolean;
  /** The hash of the text this signatory signed (older editions did not record it). */
  contentHash?: string;
  /** The number of the version it signed; later ones up to the delivered are minor edits it accepted. */
  signedVersion?: number;
  /** The organisation as it was at delivery (older editions did not record it). */
  organisationSlug?: string;
  verified?: boolean;
  /** The domain the verified badge stood for at delivery (older editions: organisation.verifiedDomain). */
  verifiedDomain?: string | null;
  signedAt?: string;
  organisation?: {
    id: string;
    slug: string;
    name: string;
    country: string | null;
    website: string | null;
    description: string | null;
    verifiedDomain: string | null;
  };
}

/** A minor edit made after some signatory signed, as the edition shows it. */
export interface EditionMinorEdit {
  version: number;
  contentHash: string;
  note: string | null;
  editedAt: string;
  /** What it changed from the version before, word by word ([-removed-]{+added+}, letters' word-diff.ts). */
  diff: string;
}

/** The letter as delivered: its final version and signatory list, frozen and rendered once. */
@Entity('letter_editions')
export class Edition {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  // The id the recipient verifies by (GET /verify/:id): random (v4), so that only who holds the
  // PDF can open the verification page of a private letter.
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  @Generated('uuid')
  id: string;

  /** SHA-256 of the canonical JSON of what was delivered (edition-hash.ts), printed on every page. */
  @Column({ name: 'edition_hash', type: 'char', length: 64 })
  editionHash: string;

  @Column({ name: 'supporter_count', type: 'int', default: 0 })
  supporterCount: number;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => LetterVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: LetterVersion;

  @Column({ type: 'jsonb' })
  signatories: EditionSignatory[];

  /** The minor edits since the earliest version a listed signatory signed, oldest first. */
  @Column({ name: 'minor_edits', type: 'jsonb', default: () => "'[]'" })
  minorEdits: EditionMinorEdit[];

  @Column({ name: 'anonymous_count', type: 'int' })
  anonymousCount: number;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'bytea' })
  pdf: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt: Date;

  /** The APPROVED translations frozen with it, when loaded. */
  @OneToMany(() => EditionTranslation, (translation) => translation.edition)
  translations?: EditionTranslation[];
}
