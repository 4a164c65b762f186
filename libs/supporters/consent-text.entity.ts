import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Letter } from '@undersigned/letters';

/** Every consent text a petition has shown, verbatim: a supporter's consent names its version. */
@Entity('petition_consent_texts')
export class ConsentText {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
