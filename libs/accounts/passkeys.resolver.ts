import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import {
  Allow,
  assertUuid,
  AuthThrottleGuard,
  CurrentActor,
  OptionalActor,
  Permission,
  type Actor,
} from '@undersigned/common';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { PasskeyObject } from './dto/passkey.object';
import { UserObject } from './dto/user.object';
import { PasskeysService } from './passkeys.service';

@Resolver(() => UserObject)
export class PasskeysResolver {
  constructor(private readonly service: PasskeysService) {}

  @ResolveField(() => [PasskeyObject], { description: "The user's passkeys; empty for anyone but the user" })
  async passkeys(@Parent() user: UserObject, @OptionalActor() viewer: Actor | null): Promise<PasskeyObject[]> {
    if (viewer?.userId !== user.id) return [];
    return this.service.list(user.id);
  }

  // Like two-factor, a passkey needs a verified address (and a recent sign-in, checked by the service).
  @Mutation(() => String, {
    description: 'Needs a recent sign-in: PublicKeyCredentialCreationOptionsJSON for a new passkey, as JSON text',
  })
  @Allow(Permission.VERIFIED)
  startPasskeyRegistration(@CurrentActor() actor: Actor): Promise<string> {
    return this.service.startRegistration(actor);
  }

  @Mutation(() => PasskeyObject, { description: "Keeps the new passkey, given the browser's answer (JSON text)" })
  @Allow(Permission.VERIFIED)
  finishPasskeyRegistration(
    @CurrentActor() actor: Actor,
    @Args('response') response: string,
    @Args('name', { type: () => String, nullable: true }) name?: string | null,
  ): Promise<PasskeyObject> {
    return this.service.finishRegistration(actor, response, name);
  }

  @Mutation(() => String, {
    description: 'Request options as JSON text; without an email, any passkey of this site may answer (discoverable)',
  })
  @Allow(Permission.PUBLIC)
  @UseGuards(AuthThrottleGuard)
  startPasskeyLogIn(@Args('email', { type: () => String, nullable: true }) email?: string | null): Promise<string> {
    return this.service.startLogIn(email);
  }

  @Mutation(() => AuthPayloadObject, { description: 'Signs in with a passkey: the session counts as two-factor' })
  @Allow(Permission.PUBLIC)
  @UseGuards(AuthThrottleGuard)
  finishPasskeyLogIn(@Args('response') response: string, @Context('req') req: Request): Promise<AuthPayloadObject> {
    return this.service.finishLogIn(response, { userAgent: req.get('user-agent') ?? '', ip: req.ip ?? '' });
  }

  @Mutation(() => Boolean, {
    description:
      'Needs a recent sign-in; the last passkey of a member of an organisation requiring phishing-resistant sign-in needs a passkey sign-in of the last few minutes',
  })
  @Allow(Permission.AUTHENTICATED)
  removePasskey(
    @CurrentActor() actor: Actor,
    @Args('passkeyId', { type: () => ID }) passkeyId: string,
  ): Promise<boolean> {
    return this.service.remove(actor, assertUuid(passkeyId));
  }
}
