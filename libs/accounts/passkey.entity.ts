import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/** A WebAuthn signature counter is an unsigned 32-bit integer: kept as bigint, read as a number. */
const COUNTER = { to: (value: number): number => value, from: (value: string | number): number => Number(value) };

/** A WebAuthn credential (passkey) of an account: its public key, verified against at each sign-in. */
@Entity('passkeys')
@Check('passkeys_counter_range', '"counter" >= 0 AND "counter" <= 4294967295')
@Check('passkeys_name_length', 'char_length("name") BETWEEN 1 AND 100')
@Check('passkeys_credential_id_format', `"credential_id" ~ '^[A-Za-z0-9_-]+$' AND char_length("credential_id") <= 1366`)
@Index('passkeys_user_id_idx', ['userId'])
export class Passkey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The credential id the authenticator chose, base64url: how a sign-in names the passkey. */
  @Index('passkeys_credential_id_key', { unique: true })
  @Column({ name: 'credential_id', type: 'text' })
  credentialId: string;

  /** The COSE public key, as the authenticator gave it at registration. */
  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  /** The signature counter last seen: one that does not move forward (when non-zero) is refused. */
  @Column({ type: 'bigint', default: 0, transformer: COUNTER })
  counter: number;

  /** How the browser can reach the authenticator (usb, nfc, ble, internal, hybrid), as it said. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transports: string[];

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
