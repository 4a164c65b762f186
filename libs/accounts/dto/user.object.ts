import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { User } from '../user.entity';

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Shown to the user and to fellow members of an organisation; empty for anyone else' })
  email: string;

  @Field()
  name: string;

  @Field()
  emailVerified: boolean;

  @Field({
    description:
      'Whether log-ins ask for a code from an authenticator app; false for anyone but the user and fellow members',
  })
  twoFactorEnabled: boolean;
}

/** `revealEmail` false where the viewer is neither the user nor a fellow member. */
export function toUserObject(user: User, revealEmail = true): UserObject {
  return {
    id: user.id,
    email: revealEmail ? user.email : '',
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    twoFactorEnabled: revealEmail && user.twoFactorEnabledAt !== null,
  };
}
