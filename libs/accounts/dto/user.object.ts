import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { User } from '../user.entity';

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id: string;

  /** Returned only where the viewer is the user or a fellow member of an organisation. */
  @Field()
  email: string;

  @Field()
  name: string;

  @Field()
  emailVerified: boolean;
}

export function toUserObject(user: User): UserObject {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerifiedAt !== null };
}
