import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Letter } from '@undersigned/letters';
import { SupporterNames } from './signature-status';

/** A letter's petition: whether the public may sign it, and on what terms. */
@Entity('petition_settings')
@Check('petition_settings_goal_positive', '"goal" IS NULL OR "goal" > 0')
@Check('petition_settings_current_goal_positive', '"current_goal" IS NULL OR "current_goal" > 0')
@Check('petition_settings_minimum_age_range', '"minimum_age" IS NULL OR "minimum_age" BETWEEN 1 AND 120')
export class PetitionSettings {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @OneToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ name: 'accept_supporters', type: 'boolean' })
  acceptSupporters: boolean;

  /** The goal the leads set. */
  @Column({ type: 'int', nullable: true })
  goal: number | null;

  /** The goal now: the one set, or a higher one once reached when `raiseGoalWhenReached`. */
  @Column({ name: 'current_goal', type: 'int', nullable: true })
  currentGoal: number | null;

  @Column({ name: 'raise_goal_when_reached', type: 'boolean', default: false })
  raiseGoalWhenReached: boolean;

  @Column({ name: 'minimum_age', type: 'int', nullable: true })
  minimumAge: number | null;

  @Column({ name: 'ask_postcode', type: 'boolean', default: false })
  askPostcode: boolean;

  /** The version of the consent text now shown (petition_consent_texts); null when none is asked. */
  @Column({ name: 'consent_version', type: 'int', nullable: true })
  consentVersion: number | null;

  @Column({
    name: 'supporter_names',
    type: 'enum',
    enum: SupporterNames,
    enumName: 'supporter_names',
    default: SupporterNames.COUNT_ONLY,
  })
  supporterNames: SupporterNames;

  /** Signatures from these mail domains are accepted silently and never counted. */
  @Column({ name: 'blocked_email_domains', type: 'text', array: true, default: () => "'{}'" })
  blockedEmailDomains: string[];

  /** The same for these addresses or networks (`10.1.2.0/24`). */
  @Column({ name: 'blocked_ip_ranges', type: 'inet', array: true, default: () => "'{}'" })
  blockedIpRanges: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
