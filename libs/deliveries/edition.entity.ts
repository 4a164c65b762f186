import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Letter, LetterVersion } from '@undersigned/letters';

export interface EditionSignatory {
  displayName: string;
  country: string | null;
  lead: boolean;
  /** The hash of the text this signatory signed (older editions did not record it). */
  contentHash?: string;
}

/** The letter as delivered: its final version and signatory list, frozen and rendered once. */
@Entity('letter_editions')
export class Edition {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId: string;

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
}
