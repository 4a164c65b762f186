import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
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
import { AccountsService } from './accounts.service';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { UserObject } from './dto/user.object';
import { SessionObject } from './dto/session.object';
import { TwoFactorSetupObject } from './dto/two-factor-setup.object';
import { SessionService } from './session.service';
import { TwoFactorService } from './two-factor.service';

@Resolver(() => UserObject)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessionService: SessionService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Mutation(() => Boolean, {
    description: 'Always true: a new address gets a verification link, a registered one a note that it has an account.',
  })
  @Allow(Permission.PUBLIC)
  @UseGuards(AuthThrottleGuard)
  signUp(@Args('input') input: SignUpInput): Promise<boolean> {
    return this.accounts.signUp(input);
  }

  @Mutation(() => UserObject, {
    description: "Verifies the address from its mailed link; ends every session of the account but the caller's own",
  })
  @Allow(Permission.PUBLIC)
  verifyEmail(@OptionalActor() actor: Actor | null, @Args('token') token: string): Promise<UserObject> {
    return this.accounts.verifyEmail(actor, token);
  }

  @Mutation(() => Boolean, { description: 'Sends a new verification link to the caller, if not yet verified.' })
  @Allow(Permission.AUTHENTICATED)
  resendVerificationEmail(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.accounts.resendVerification(actor);
  }

  @Mutation(() => AuthPayloadObject)
  @Allow(Permission.PUBLIC)
  @UseGuards(AuthThrottleGuard)
  logIn(@Args('input') input: LogInInput, @Context('req') req: Request): Promise<AuthPayloadObject> {
    return this.accounts.logIn(input, { userAgent: req.get('user-agent') ?? '', ip: req.ip ?? '' });
  }

  @Mutation(() => AuthPayloadObject)
  @Allow(Permission.PUBLIC)
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadObject> {
    return this.accounts.refresh(refreshToken);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.PUBLIC)
  logOut(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.sessionService.logOut(refreshToken);
  }

  @Query(() => [SessionObject], { description: "The caller's sessions (one per log-in), most recently used first" })
  @Allow(Permission.AUTHENTICATED)
  sessions(@CurrentActor() actor: Actor): Promise<SessionObject[]> {
    return this.sessionService.list(actor);
  }

  @Mutation(() => Boolean, {
    description: "Ends one of the caller's sessions: its refresh and access tokens stop working at once",
  })
  @Allow(Permission.AUTHENTICATED)
  revokeSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.sessionService.revoke(actor, assertUuid(id));
  }

  // Two-factor needs a verified address: on an unverified one it may be a squatter's, who would
  // then hold the owner's reset hostage once the owner verifies the address. Turning it off does not.
  @Mutation(() => TwoFactorSetupObject, { description: 'A new TOTP secret; two-factor is on once confirmed' })
  @Allow(Permission.VERIFIED)
  startTwoFactorSetup(@CurrentActor() actor: Actor): Promise<TwoFactorSetupObject> {
    return this.twoFactor.startSetup(actor);
  }

  @Mutation(() => [String], { description: 'Turns two-factor on; returns 10 single-use recovery codes, shown once' })
  @Allow(Permission.VERIFIED)
  confirmTwoFactor(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<string[]> {
    return this.twoFactor.confirm(actor, code);
  }

  @Mutation(() => Boolean, { description: 'Turns two-factor off, given a current code or a recovery code' })
  @Allow(Permission.AUTHENTICATED)
  disableTwoFactor(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<boolean> {
    return this.twoFactor.disable(actor, code);
  }

  @Query(() => UserObject)
  @Allow(Permission.AUTHENTICATED)
  me(@CurrentActor() actor: Actor): Promise<UserObject> {
    return this.accounts.me(actor);
  }
}
