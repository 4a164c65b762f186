import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '@undersigned/accounts';
import type { MembershipInvitation } from '../membership-invitation.entity';
import { OrganisationRole } from '../organisation-role';
import { OrganisationObject } from './organisation.object';

export enum MembershipInvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(MembershipInvitationStatus, { name: 'MembershipInvitationStatus' });

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

  @Field(() => UserObject, { nullable: true, description: 'Who sent it; null once that account is gone' })
  invitedBy: UserObject | null;

  @Field()
  expiresAt: Date;

  @Field(() => MembershipInvitationStatus)
  status: MembershipInvitationStatus;
}

export function membershipInvitationStatus(
  invitation: MembershipInvitation,
  now = Date.now(),
): MembershipInvitationStatus {
  if (invitation.acceptedAt) return MembershipInvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return MembershipInvitationStatus.REVOKED;
  if (invitation.expiresAt.getTime() <= now) return MembershipInvitationStatus.EXPIRED;
  return MembershipInvitationStatus.PENDING;
}

export function toMembershipInvitationObject(
  invitation: MembershipInvitation,
  organisation: OrganisationObject,
  invitedBy: UserObject | null,
): MembershipInvitationObject {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    organisation,
    invitedBy,
    expiresAt: invitation.expiresAt,
    status: membershipInvitationStatus(invitation),
  };
}
