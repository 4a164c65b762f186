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

  @Field(() => [String], {
    description:
      'How the session began (password, totp, recovery, passkey): where two-factor is required, this is what counts, not whether the account has it on',
  })
  methods: string[];

  @Field({ description: 'Whether the access token of this request belongs to this session' })
  current: boolean;
}
