import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  AllowApiKeys,
  assertUuid,
  CurrentActor,
  OptionalActor,
  Permission,
  type Actor,
  type RequestContext,
} from '@undersigned/common';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { toMembershipObject, MembershipObject } from './dto/membership.object';
import { OrganisationConnection, OrganisationObject } from './dto/organisation.object';
import { OrganisationsArgs } from './dto/organisations.args';
import { OrganisationLoaders } from './organisation.loaders';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationObject)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Mutation(() => OrganisationObject)
  @Allow(Permission.VERIFIED)
  createOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationObject> {
    return this.service.create(actor, input);
  }

  @Mutation(() => OrganisationObject)
  @Allow(Permission.VERIFIED)
  verifyOrganisationDomain(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<OrganisationObject> {
    return this.service.verifyDomain(actor, assertUuid(organisationId));
  }

  @Mutation(() => OrganisationObject, {
    description:
      'OWNERs: whether members need two-factor sign-in, or a passkey sign-in (phishing-resistant), to act for the organisation; an argument left out keeps its setting',
  })
  @Allow(Permission.VERIFIED)
  setOrganisationSecurity(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('requireTwoFactor', { type: () => Boolean, nullable: true }) requireTwoFactor?: boolean | null,
    @Args('requirePhishingResistant', { type: () => Boolean, nullable: true })
    requirePhishingResistant?: boolean | null,
  ): Promise<OrganisationObject> {
    return this.service.setSecurity(actor, assertUuid(organisationId), { requireTwoFactor, requirePhishingResistant });
  }

  @Query(() => OrganisationObject, { nullable: true })
  @AllowApiKeys()
  @Allow(Permission.PUBLIC)
  organisation(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { type: () => String, nullable: true }) slug?: string,
  ): Promise<OrganisationObject | null> {
    return this.service.findOne(id, slug);
  }

  @Query(() => OrganisationConnection)
  @Allow(Permission.PUBLIC)
  organisations(@Args() args: OrganisationsArgs): Promise<OrganisationConnection> {
    return this.service.list(args);
  }

  /** Only members see the member list; everyone else sees an empty one. */
  @ResolveField(() => [MembershipObject])
  async members(
    @Parent() organisation: OrganisationObject,
    @OptionalActor() viewer: Actor | null,
    @Context() context: RequestContext,
  ): Promise<MembershipObject[]> {
    if (!viewer) return [];
    const own = await this.loaders.viewerMembership(context, viewer.userId).load(organisation.id);
    if (!own) return [];
    const members = await this.loaders.members(context).load(organisation.id);
    return members.map(toMembershipObject);
  }
}
