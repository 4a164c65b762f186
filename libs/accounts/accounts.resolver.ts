import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AuthThrottleGuard, CurrentActor, Permission, type Actor } from '@undersigned/common';
import { AccountsService } from './accounts.service';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { UserObject } from './dto/user.object';
import { SessionService } from './session.service';

@Resolver(() => UserObject)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
  ) {}

  @Mutation(() => Boolean, {
    description: 'Always true: a new address gets a verification link, a registered one a note that it has an account.',
  })
  @Allow(Permission.PUBLIC)
  @UseGuards(AuthThrottleGuard)
  signUp(@Args('input') input: SignUpInput): Promise<boolean> {
    return this.accounts.signUp(input);
  }

  @Mutation(() => UserObject)
  @Allow(Permission.PUBLIC)
  verifyEmail(@Args('token') token: string): Promise<UserObject> {
    return this.accounts.verifyEmail(token);
  }

  @Mutation(() => Boolean, { description: 'Sends a new verification link to the caller, if not yet verified.' })
  @Allow(Permission.AUTHENTICATED)
  resendVerificationEmail(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.accounts.resendVerification(actor);
  }

  @Mutation(() => AuthPayloadObject)
  @Allow(Permission.PUBLIC)
  @UseGuards(AuthThrottleGuard)
  logIn(@Args('input') input: LogInInput): Promise<AuthPayloadObject> {
    return this.accounts.logIn(input);
  }

  @Mutation(() => AuthPayloadObject)
  @Allow(Permission.PUBLIC)
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadObject> {
    return this.accounts.refresh(refreshToken);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.PUBLIC)
  logOut(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.sessions.logOut(refreshToken);
  }

  @Query(() => UserObject)
  @Allow(Permission.AUTHENTICATED)
  me(@CurrentActor() actor: Actor): Promise<UserObject> {
    return this.accounts.me(actor);
  }
}
