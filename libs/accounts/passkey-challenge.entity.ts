import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export enum PasskeyCeremony {
  REGISTRATION = 'registration',
  LOG_IN = 'log_in',
}

/**
 * A WebAuthn challenge handed out and not yet answered: single-use (the answer deletes the row,
 * DELETE … RETURNING, so two answers cannot both take it) and short-lived (`expires_at`).
 */
@Entity('passkey_challenges')
@Check('passkey_challenges_ceremony', `"ceremony" IN ('registration', 'log_in')`)
@Check('passkey_challenges_registration_user', `"ceremony" <> 'registration' OR "user_id" IS NOT NULL`)
@Check('passkey_challenges_short_lived', `"expires_at" <= "created_at" + interval '5 minutes'`)
@Index('passkey_challenges_expires_at_idx', ['expiresAt'])
export class PasskeyChallenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The challenge as the client data carries it (base64url). */
  @Index('passkey_challenges_challenge_key', { unique: true })
  @Column({ type: 'varchar', length: 128 })
  challenge: string;

  @Column({ type: 'varchar', length: 16 })
  ceremony: PasskeyCeremony;

  /** Registration: the account it is for. Log-in: the account named by email, if it has passkeys. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** A log-in challenge asked for with an email: only that account's passkeys may answer it. */
  @Column({ name: 'bound_to_email', type: 'boolean', default: false })
  boundToEmail: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
