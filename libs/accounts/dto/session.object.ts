import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session')
export class SessionObject {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field({ description: 'The user agent that logged in' })
  userAgent: string;

  @Field({ description: 'Whether the access token of this request belongs to this session' })
  current: boolean;
}
