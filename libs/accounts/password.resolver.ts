import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, AuthThrottleGuard, badInput, CurrentActor, Permission, type Actor } from '@undersigned/common';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { UserObject } from './dto/user.object';
import { EmailChangeService } from './email-change.service';
import { PasswordService } from './password.service';

/** Mailed tokens are 43 characters; anything much longer is not one. */
const MAX_TOKEN_LENGTH = 200;

function token(value: string): string {
  if (value.length > MAX_TOKEN_LENGTH) throw badInput('This link is invalid, already used or expired');
  return value;
}

/** Getting back into an account, and the steps that ask who is there again. */
@Resolver()
export class PasswordResolver {
  constructor(
    private readonly passwords: PasswordService,
    private readonly emailChanges: EmailChangeService,
  ) {}

  @Mutation(() => Boolean, {
    description: 'Always true: mails a link to choose a new password (valid one hour) if the address has an account',
  })
  @Allow(Permission.PUBLIC)
  @UseGuards(AuthThrottleGuard)
  requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    return this.passwords.requestReset(email);
  }

  @Mutation(() => Boolean, {
    description:
      "Sets a new password from a reset link and ends every session; with two-factor on, `code` is the app's code or a recovery code",
  })
  @Allow(Permission.PUBLIC)
  @UseGuards(AuthThrottleGuard)
  resetPassword(
    @Args('token') value: string,
    @Args('password') password: string,
    @Args('code', { type: () => String, nullable: true }) code?: string | null,
  ): Promise<boolean> {
    return this.passwords.reset(token(value), password, code);
  }

  @Mutation(() => Boolean, { description: 'Needs the current password and a recent sign-in; ends every other session' })
  @Allow(Permission.AUTHENTICATED)
  changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword') currentPassword: string,
    @Args('password') password: string,
  ): Promise<boolean> {
    return this.passwords.change(actor, currentPassword, password);
  }

  @Mutation(() => AuthPayloadObject, {
    description:
      'Proves who is there again (the password, and with two-factor on a code): the steps answering REAUTHENTICATION_REQUIRED then pass for 5 minutes',
  })
  @Allow(Permission.AUTHENTICATED)
  @UseGuards(AuthThrottleGuard)
  reauthenticate(
    @CurrentActor() actor: Actor,
    @Args('password', { type: () => String, nullable: true }) password?: string | null,
    @Args('code', { type: () => String, nullable: true }) code?: string | null,
  ): Promise<AuthPayloadObject> {
    return this.passwords.reauthenticate(actor, password, code);
  }

  @Mutation(() => Boolean, {
    description:
      'Needs a recent sign-in: mails a link to the new address (which becomes the account’s once opened) and tells the old one',
  })
  @Allow(Permission.AUTHENTICATED)
  changeEmail(@CurrentActor() actor: Actor, @Args('email') email: string): Promise<boolean> {
    return this.emailChanges.request(actor, email);
  }

  @Mutation(() => UserObject, {
    description:
      'The link mailed to a new address, opened signed in to the account that asked: makes it the account’s, verified',
  })
  @Allow(Permission.AUTHENTICATED)
  confirmEmailChange(@CurrentActor() actor: Actor, @Args('token') value: string): Promise<UserObject> {
    return this.emailChanges.confirm(actor, token(value));
  }
}
