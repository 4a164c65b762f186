import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Passkey } from '../passkey.entity';

@ObjectType('Passkey')
export class PasskeyObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The name its owner gave it, to tell their passkeys apart' })
  name: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'The last sign-in with it; null if never' })
  lastUsedAt: Date | null;
}

export function toPasskeyObject(passkey: Passkey): PasskeyObject {
  return { id: passkey.id, name: passkey.name, createdAt: passkey.createdAt, lastUsedAt: passkey.lastUsedAt };
}
