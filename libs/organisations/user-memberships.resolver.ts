import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserObject } from '@undersigned/accounts';
import { OptionalActor, type Actor, type RequestContext } from '@undersigned/common';
import { MembershipObject, toMembershipObject } from './dto/membership.object';
import { OrganisationLoaders } from './organisation.loaders';

/** User.memberships lives here, so that accounts need not know about organisations. */
@Resolver(() => UserObject)
export class UserMembershipsResolver {
  constructor(private readonly loaders: OrganisationLoaders) {}

  @ResolveField(() => [MembershipObject])
  async memberships(
    @Parent() user: UserObject,
    @OptionalActor() viewer: Actor | null,
    @Context() context: RequestContext,
  ): Promise<MembershipObject[]> {
    if (!viewer) return [];
    const visible = await this.loaders.visibleMemberships(context, viewer.userId).load(user.id);
    return visible.map(toMembershipObject);
  }
}
