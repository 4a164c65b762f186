import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalActor, type Actor, type RequestContext } from '@undersigned/common';
import { LeadsOnly, LetterObject, LettersService, LetterVersionObject, VersionsService } from '@undersigned/letters';
import { OrganisationLoaders, OrganisationObject, toOrganisationObject } from '@undersigned/organisations';
import { EndorsementObject, InvitationObject } from './dto/endorsement.objects';
import { SignOnRequestObject } from './dto/sign-on-request.object';

async function organisationOf(
  loaders: OrganisationLoaders,
  context: RequestContext,
  id: string,
): Promise<OrganisationObject> {
  const organisation = await loaders.organisation(context).load(id);
  if (!organisation) throw new Error(`organisation ${id} is missing`);
  return toOrganisationObject(organisation);
}

@Resolver(() => EndorsementObject)
export class EndorsementFieldsResolver {
  constructor(
    private readonly loaders: OrganisationLoaders,
    private readonly versions: VersionsService,
    private readonly letters: LettersService,
  ) {}

  @ResolveField(() => OrganisationObject)
  organisation(
    @Parent() endorsement: EndorsementObject,
    @Context() context: RequestContext,
  ): Promise<OrganisationObject> {
    return organisationOf(this.loaders, context, endorsement.organisationId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The address a guest signed from (signByInvitation, confirmSignOn); null when signed from an account. The letter's leads only",
  })
  @LeadsOnly({ otherwise: null })
  signedBy(@Parent() endorsement: EndorsementObject): string | null {
    return endorsement.signedByEmail;
  }

  @ResolveField(() => LetterObject, {
    description:
      'The letter endorsed, as it stands now (its current text and hash): for whoever may read it, and for the holder of the manage link (endorsementByLink)',
  })
  letter(@Parent() endorsement: EndorsementObject, @OptionalActor() viewer: Actor | null): Promise<LetterObject> {
    return this.letters.forInvitee(viewer, endorsement.letterId, endorsement.viaLink === true);
  }

  @ResolveField(() => LetterVersionObject)
  async signedVersion(
    @Parent() endorsement: EndorsementObject,
    @Context() context: RequestContext,
  ): Promise<LetterVersionObject> {
    return this.versions.load(context, endorsement.signedVersionId);
  }
}

@Resolver(() => InvitationObject)
export class InvitationFieldsResolver {
  constructor(
    private readonly loaders: OrganisationLoaders,
    private readonly letters: LettersService,
  ) {}

  @ResolveField(() => OrganisationObject, { nullable: true })
  organisation(
    @Parent() invitation: InvitationObject,
    @Context() context: RequestContext,
  ): Promise<OrganisationObject> | null {
    return invitation.organisationId ? organisationOf(this.loaders, context, invitation.organisationId) : null;
  }

  /** The invitee holds the invitation, and so may read the letter it is about while it stands. */
  @ResolveField(() => LetterObject)
  letter(@Parent() invitation: InvitationObject, @OptionalActor() viewer: Actor | null): Promise<LetterObject> {
    return this.letters.forInvitee(viewer, invitation.letterId, invitation.standing);
  }
}

@Resolver(() => SignOnRequestObject)
export class SignOnRequestFieldsResolver {
  constructor(private readonly letters: LettersService) {}

  /** The confirmation link's holder may read the letter it asked to sign until the link expires. */
  @ResolveField(() => LetterObject)
  letter(@Parent() request: SignOnRequestObject, @OptionalActor() viewer: Actor | null): Promise<LetterObject> {
    return this.letters.forInvitee(viewer, request.letterId, request.standing);
  }
}
