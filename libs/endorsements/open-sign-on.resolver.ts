import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, mailLanguageOfRequest, Permission, type RequestContext } from '@undersigned/common';
import { EndorsementObject } from './dto/endorsement.objects';
import { RequestToSignInput } from './dto/open-sign-on.inputs';
import { SignOnRequestObject } from './dto/sign-on-request.object';
import { OpenSignOnService } from './open-sign-on.service';

/** Open sign-on (contract stage 7): a PUBLIC letter's form, confirmed by a mailed link. */
@Resolver()
export class OpenSignOnResolver {
  constructor(private readonly openSignOn: OpenSignOnService) {}

  @Mutation(() => Boolean, {
    description:
      'Public, no sign-in: asks to sign a PUBLIC letter with open sign-on for a new organisation; the confirmation link is mailed. ' +
      'Always true once the input is valid, for a new, a repeated or a silently refused request alike (per client IP at most SIGN_RATE_LIMIT an hour). ' +
      'A letter the public cannot read is NOT_FOUND; one without open sign-on or no longer OPEN, INVALID_STATE',
  })
  @Allow(Permission.PUBLIC)
  requestToSign(@Args('input') input: RequestToSignInput, @Context() context: RequestContext): Promise<true> {
    return this.openSignOn.request(input, context.req.ip ?? '', mailLanguageOfRequest(context.req));
  }

  @Query(() => SignOnRequestObject, {
    description:
      'Public: what an open sign-on confirmation link asks to sign, for its page (changes nothing), and through SignOnRequest.letter ' +
      'the letter as the public sees it. NOT_FOUND for any other token, and once confirmed',
  })
  @Allow(Permission.PUBLIC)
  signOnRequestByLink(@Args('token') token: string): Promise<SignOnRequestObject> {
    return this.openSignOn.byLink(token);
  }

  @Mutation(() => EndorsementObject, {
    description:
      "Public, from the confirmation link's page (a button: opening the link changes nothing): signs as requested, on the text the request was made on " +
      "(STALE_VERSION once it changed). PENDING_APPROVAL until a lead approves it (counted and listed nowhere), or SIGNED at once with autoApproveVerified from an address at the website's domain. " +
      'Mails the receipt and a manage link. Pressed again, it answers the same endorsement and changes nothing',
  })
  @Allow(Permission.PUBLIC)
  confirmSignOn(@Args('token') token: string): Promise<EndorsementObject> {
    return this.openSignOn.confirm(token);
  }
}
