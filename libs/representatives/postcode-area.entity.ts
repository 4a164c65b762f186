import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const POSTCODE_AREAS_TABLE = 'postcode_areas';

/**
 * Which area of each type a postcode lies in, from the ONS Postcode Directory. Replaced as a whole
 * by `npm run import:areas` (a new table swapped in), so it has no foreign key to `areas`: the
 * importer creates the areas it names in the same transaction.
 */
@Entity(POSTCODE_AREAS_TABLE)
@Check('postcode_areas_postcode_format', `"postcode" ~ '^[A-Z0-9]{5,7}$'`)
export class PostcodeArea {
  /** Upper case, no spaces: `BR87RE`. */
  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'postcode_areas_pkey' })
  postcode: string;

  @PrimaryColumn({ name: 'area_type', type: 'varchar', length: 32, primaryKeyConstraintName: 'postcode_areas_pkey' })
  areaType: string;

  @Column({ name: 'area_code', type: 'varchar', length: 128 })
  areaCode: string;
}
