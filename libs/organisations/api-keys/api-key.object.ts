import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ApiKey } from './api-key.entity';

@ObjectType('ApiKey')
export class ApiKeyObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used (to the minute)' })
  lastUsedAt: Date | null;
}

@ObjectType('ApiKeyCreated')
export class ApiKeyCreatedObject {
  @Field(() => ApiKeyObject)
  apiKey: ApiKeyObject;

  @Field({ description: 'The key itself (usk_…), shown this once: only its hash is kept' })
  token: string;
}

export function toApiKeyObject(key: ApiKey): ApiKeyObject {
  return {
    id: key.id,
    name: key.name,
    organisationId: key.organisationId,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
  };
}
