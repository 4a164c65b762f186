import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Letter } from '@undersigned/letters';
import { DeliveryChannel, RecipientRole } from './delivery-status';

@Entity('letter_recipients')
@Index('letter_recipients_letter_idx', ['letterId', 'createdAt'])
@Check('letter_recipients_email_channel', `"channel" <> 'EMAIL' OR "email" IS NOT NULL`)
@Check('letter_recipients_post_channel', `"channel" <> 'POST' OR "postal_address" IS NOT NULL`)
export class Recipient {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ name: 'postal_address', type: 'text', nullable: true })
  postalAddress: string | null;

  @Column({ type: 'enum', enum: RecipientRole, enumName: 'recipient_role' })
  role: RecipientRole;

  @Column({ type: 'enum', enum: DeliveryChannel, enumName: 'delivery_channel' })
  channel: DeliveryChannel;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
