import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, mailLanguageOfRequest, Permission, timeZoneOfRequest, type RequestContext } from '@undersigned/common';
import { EndorsementObject, InvitationObject } from './dto/endorsement.objects';
import { SignByInvitationInput } from './dto/guest-signing.inputs';
import { GuestSigningService } from './guest-signing.service';
import { InvitationsService } from './invitations.service';

/** Signing without an account (contract stage 7): the invitation's token, then the manage link's, are the proof. */
@Resolver()
export class GuestSigningResolver {
  constructor(
    private readonly guests: GuestSigningService,
    private readonly invitations: InvitationsService,
  ) {}

  @Query(() => InvitationObject, {
    description:
      "Public: the pending invitation of an invitation mail's link (changes nothing), and through Invitation.letter the " +
      'letter as the public would see it (its current text and hash, leads, deadline). NOT_FOUND for any other token, ' +
      'and once the invitation was answered or expired',
  })
  @Allow(Permission.PUBLIC)
  invitationByLink(@Args('token') token: string): Promise<InvitationObject> {
    return this.invitations.byLink(token);
  }

  @Mutation(() => EndorsementObject, {
    description:
      'Public, no sign-in: signs from the link of an invitation mailed to an address, for a new organisation without members, ' +
      'by every rule of endorseLetter. An invitation to an organisation on Undersigned is FORBIDDEN (its members sign signed in). ' +
      'Mails the receipt and a manage link',
  })
  @Allow(Permission.PUBLIC)
  signByInvitation(
    @Args('input') input: SignByInvitationInput,
    @Context() context: RequestContext,
  ): Promise<EndorsementObject> {
    return this.guests.signByInvitation(input, mailLanguageOfRequest(context.req), timeZoneOfRequest(context.req));
  }

  @Query(() => EndorsementObject, {
    description:
      "Public: the endorsement of a guest signer's manage link (changes nothing); NOT_FOUND for any other token",
  })
  @Allow(Permission.PUBLIC)
  endorsementByLink(@Args('token') token: string): Promise<EndorsementObject> {
    return this.guests.byLink(token);
  }

  @Mutation(() => EndorsementObject, {
    description:
      "Public, from a guest signer's manage link until delivery: signs the current text again (after a material revision), " +
      'and switches named/unnamed or consent to minor edits; omitted flags stay as they are',
  })
  @Allow(Permission.PUBLIC)
  reconfirmByLink(
    @Args('token') token: string,
    @Args('contentHash') contentHash: string,
    @Args('anonymous', { type: () => Boolean, nullable: true }) anonymous?: boolean | null,
    @Args('acceptMinorEdits', { type: () => Boolean, nullable: true }) acceptMinorEdits?: boolean | null,
  ): Promise<EndorsementObject> {
    return this.guests.reconfirmByLink(token, { contentHash, anonymous, acceptMinorEdits });
  }

  @Mutation(() => EndorsementObject, {
    description:
      "Public, from a guest signer's manage link until delivery: withdraws its endorsement; the link is then used up",
  })
  @Allow(Permission.PUBLIC)
  withdrawByLink(
    @Args('token') token: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<EndorsementObject> {
    return this.guests.withdrawByLink(token, reason?.trim().slice(0, 2000) || null);
  }
}
