import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/** One log-in on one device: its id is the family id of its refresh tokens. */
@Entity('sessions')
@Check(
  'sessions_methods',
  `cardinality("methods") >= 1 AND "methods" <@ ARRAY['password', 'totp', 'recovery', 'passkey']::text[]`,
)
@Index('sessions_user_id_device_hash_idx', ['userId', 'deviceHash'])
export class Session {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'user_agent', type: 'varchar', length: 512 })
  userAgent: string;

  /** deviceHash() of the user agent and client IP: the raw IP is never stored. */
  @Column({ name: 'device_hash', type: 'char', length: 64 })
  deviceHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', default: () => 'now()' })
  lastUsedAt: Date;

  /**
   * How the session began (AuthMethod values, in that order): `password`, then `totp` or
   * `recovery` for the code given. Carried in its access tokens as `amr`; two-factor requirements
   * are decided on it. Only confirmTwoFactor adds to it (the session has just proven a code).
   */
  @Column({ type: 'text', array: true, default: () => "'{password}'" })
  methods: string[];
  /** When the person last proved who they are in this session (log-in or reauthenticate): the steps that could lock them out ask for it to be recent. */
  @Column({ name: 'authenticated_at', type: 'timestamptz', default: () => 'now()' })
  authenticatedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
