import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MembershipInvitation } from '../membership-invitation.entity';
import { OrganisationRole } from '../organisation-role';
import { OrganisationObject } from './organisation.object';

@ObjectType('MembershipInvitation')
export class MembershipInvitationObject {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => OrganisationRole)
  role: OrganisationRole;

  @Field(() => OrganisationObject)
  organisation: OrganisationObject;

  @Field()
  expiresAt: Date;
}

export function toMembershipInvitationObject(
  invitation: MembershipInvitation,
  organisation: OrganisationObject,
): MembershipInvitationObject {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    organisation,
    expiresAt: invitation.expiresAt,
  };
}
