import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LetterVersion } from '../letter-version.entity';

@ObjectType('LetterVersion')
export class LetterVersionObject {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  /** Resolved by LetterVersionFieldsResolver, which counts it against the response's text budget. */
  body: string;

  @Field({ description: 'Lowercase hex SHA-256 of the canonical `title + "\\n\\n" + body`' })
  contentHash: string;

  @Field()
  material: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: Date;
}

export function toLetterVersionObject(version: LetterVersion): LetterVersionObject {
  return {
    id: version.id,
    number: version.number,
    title: version.title,
    body: version.body,
    contentHash: version.contentHash,
    material: version.material,
    note: version.note,
    createdAt: version.createdAt,
  };
}
