import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A geographical area someone represents: a Westminster constituency (`WMC`, code `E14001465`),
 * a US congressional district, ... Other identifiers of the same area (an OCD-ID such as
 * `ocd-division/country:us/state:wa/cd:7`, a GSS code) are kept in `external_ids`.
 */
@Entity('areas')
@Check('areas_code_format', `"code" ~ '^[A-Za-z0-9:/_.-]+$'`)
@Check('areas_type_format', `"type" ~ '^[A-Z0-9_]+$'`)
export class Area {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'areas_pkey' })
  type: string;

  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'areas_pkey' })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Other names of the area in other schemes, e.g. `{"ocd": "ocd-division/country:us/state:wa/cd:7"}`. */
  @Column({ name: 'external_ids', type: 'jsonb', default: {} })
  externalIds: Record<string, string>;
}
