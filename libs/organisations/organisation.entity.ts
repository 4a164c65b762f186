import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisations')
@Index('organisations_name_id_idx', ['name', 'id'])
@Check('organisations_slug_format', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
// No character that reorders how the name is drawn (DIRECTION_FORMATTING in common).
@Check('organisations_name_drawn_as_written', `"name" !~ '[\\u202a-\\u202e\\u2066-\\u2069]'`)
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('organisations_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** ISO 3166-1 alpha-2 (upper case) or a region name such as "Tibet". */
  @Index('organisations_country_idx')
  @Column({ type: 'varchar', length: 64, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  website: string | null;

  /** Set once an OWNER with a verified email at the website's domain vouched for it. */
  @Column({ name: 'verified_domain', type: 'varchar', length: 253, nullable: true })
  verifiedDomain: string | null;

  /**
   * What the name looks like (nameSkeleton: case, accents and look-alike characters ignored), so
   * that nobody can create or verify an organisation taken for a verified one.
   */
  @Index('organisations_verified_name_skeleton_idx', { where: 'verified_domain IS NOT NULL' })
  @Column({ name: 'name_skeleton', type: 'text', nullable: true })
  nameSkeleton: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Members without two-factor sign-in may read but not act for the organisation (OrganisationPolicy). */
  @Column({ name: 'require_two_factor', type: 'boolean', default: false })
  requireTwoFactor: boolean;

  /** Members may act for the organisation only in a session begun with a passkey (OrganisationPolicy). */
  @Column({ name: 'require_phishing_resistant', type: 'boolean', default: false })
  requirePhishingResistant: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
