import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Membership } from '../membership.entity';
import { OrganisationRole } from '../organisation-role';

@ObjectType('Membership')
export class MembershipObject {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationRole)
  role: OrganisationRole;

  /** Resolved by MembershipsResolver; not fields of the schema. */
  userId: string;
  organisationId: string;
}

export function toMembershipObject(membership: Membership): MembershipObject {
  return {
    id: membership.id,
    role: membership.role,
    userId: membership.userId,
    organisationId: membership.organisationId,
  };
}
