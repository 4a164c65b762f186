import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
@Check('users_email_lower', '"email" = lower("email")')
@Check('users_two_factor_secret', '"two_factor_enabled_at" IS NULL OR "two_factor_secret" IS NOT NULL')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** The TOTP secret, encrypted (account-secrets.ts); set at setup, before it is confirmed. */
  @Column({ name: 'two_factor_secret', type: 'text', nullable: true })
  twoFactorSecret: string | null;

  @Column({ name: 'two_factor_enabled_at', type: 'timestamptz', nullable: true })
  twoFactorEnabledAt: Date | null;

  /** The time step of the last TOTP accepted: a code of that step or before is refused (replay). */
  @Column({ name: 'two_factor_last_step', type: 'integer', nullable: true })
  twoFactorLastStep: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
