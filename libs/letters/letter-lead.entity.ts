import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { User } from '@undersigned/accounts';
import { Organisation } from '@undersigned/organisations';
import { Letter } from './letter.entity';

/**
 * A lead organisation of a letter. The first is the creator's; co-leads are added by a lead
 * OWNER and count once their own OWNER accepts. `position` is the order of the signatory block.
 */
@Entity('letter_leads')
@Unique('letter_leads_letter_position_key', ['letterId', 'position'])
export class LetterLead {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Index('letter_leads_organisation_id_idx')
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'added_by_id', type: 'uuid', nullable: true })
  addedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_id' })
  addedBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
