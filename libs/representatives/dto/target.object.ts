import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Area')
export class AreaObject {
  @Field({ description: 'e.g. E14001465' })
  code: string;

  @Field()
  name: string;

  @Field({ description: 'e.g. WMC (a Westminster constituency)' })
  type: string;
}

@ObjectType('Target', { description: 'A person supporters write to: the representative of an area' })
export class TargetObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Leads and platform admins only: null in the public `representatives` query, so addresses can't be harvested",
  })
  email: string | null;

  @Field(() => AreaObject, { nullable: true })
  area: AreaObject | null;

  @Field(() => String, { nullable: true })
  party: string | null;
}

/** A target row joined with its area's name, as the services read it. */
export interface TargetRow {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  party: string | null;
  areaCode: string;
  areaType: string;
  areaName: string | null;
}

/** Columns of `targets t` joined to `areas a` that make a TargetRow. */
export const TARGET_ROW_COLUMNS = `t.id, t.name, t.title, t.email, t.party, t.area_code AS "areaCode",
  t.area_type AS "areaType", a.name AS "areaName"`;

export function toTargetObject(row: TargetRow, { withEmail }: { withEmail: boolean }): TargetObject {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    email: withEmail ? row.email : null,
    party: row.party,
    area: { code: row.areaCode, type: row.areaType, name: row.areaName ?? row.areaCode },
  };
}
