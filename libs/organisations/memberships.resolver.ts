import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toUserObject, UserObject } from '@undersigned/accounts';
import { Allow, assertUuid, CurrentActor, Permission, type Actor, type RequestContext } from '@undersigned/common';
import { ChangeMemberRoleInput } from './dto/change-member-role.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { MembershipInvitationObject } from './dto/membership-invitation.object';
import { MembershipObject } from './dto/membership.object';
import { OrganisationObject, toOrganisationObject } from './dto/organisation.object';
import { MembershipsService } from './memberships.service';
import { OrganisationLoaders } from './organisation.loaders';

@Resolver(() => MembershipObject)
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Mutation(() => MembershipInvitationObject)
  @Allow(Permission.VERIFIED)
  inviteMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteMemberInput,
  ): Promise<MembershipInvitationObject> {
    return this.memberships.invite(actor, input);
  }

  @Query(() => [MembershipInvitationObject], {
    description: "The organisation's unanswered invitations (pending or expired); OWNERs only",
  })
  @Allow(Permission.AUTHENTICATED)
  membershipInvitations(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<MembershipInvitationObject[]> {
    return this.memberships.pendingInvitations(actor, assertUuid(organisationId));
  }

  @Mutation(() => Boolean, { description: 'Revokes an unanswered membership invitation; OWNERs only' })
  @Allow(Permission.VERIFIED)
  revokeMembershipInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.memberships.revokeInvitation(actor, assertUuid(id));
  }

  @Mutation(() => MembershipObject)
  @Allow(Permission.AUTHENTICATED)
  acceptMembershipInvitation(@CurrentActor() actor: Actor, @Args('token') token: string): Promise<MembershipObject> {
    return this.memberships.accept(actor, token);
  }

  @Mutation(() => MembershipObject)
  @Allow(Permission.VERIFIED)
  changeMemberRole(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<MembershipObject> {
    return this.memberships.changeRole(actor, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.VERIFIED)
  removeMember(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
  ): Promise<boolean> {
    return this.memberships.remove(actor, membershipId);
  }

  // A Membership is only ever returned to the member or a fellow member, who may see both ends.
  @ResolveField(() => UserObject)
  async user(@Parent() membership: MembershipObject, @Context() context: RequestContext): Promise<UserObject> {
    const user = await this.loaders.user(context).load(membership.userId);
    if (!user) throw new Error(`membership ${membership.id} has no user`);
    return toUserObject(user);
  }

  @ResolveField(() => OrganisationObject)
  async organisation(
    @Parent() membership: MembershipObject,
    @Context() context: RequestContext,
  ): Promise<OrganisationObject> {
    const organisation = await this.loaders.organisation(context).load(membership.organisationId);
    if (!organisation) throw new Error(`membership ${membership.id} has no organisation`);
    return toOrganisationObject(organisation);
  }
}
