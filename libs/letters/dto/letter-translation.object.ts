import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LetterTranslation } from '../letter-translation.entity';
import { TranslationStatus } from '../translation-status';

@ObjectType('LetterTranslation', {
  description: 'A translation of the letter, for reading: the original is the text that is signed and authoritative',
})
export class LetterTranslationObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'A canonical BCP 47 language tag, such as zh-Hans or ug' })
  language: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown' })
  body: string;

  @Field({ description: 'Lowercase hex SHA-256 of the canonical `title + "\\n\\n" + body`: the rule of versions' })
  contentHash: string;

  @Field(() => String, { nullable: true, description: 'Who translated it, as credited' })
  translator: string | null;

  @Field(() => TranslationStatus)
  status: TranslationStatus;

  @Field(() => Int, {
    description:
      "The number of the version it translates. Once OUTDATED, its translator sees what the original changed since with Letter.diff(fromVersion: basedOnVersion, toVersion: the current version's number)",
  })
  basedOnVersion: number;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field()
  updatedAt: Date;
}

export function toLetterTranslationObject(translation: LetterTranslation): LetterTranslationObject {
  return {
    id: translation.id,
    language: translation.language,
    title: translation.title,
    body: translation.body,
    contentHash: translation.contentHash,
    translator: translation.translator,
    status: translation.status,
    basedOnVersion: translation.basedOnVersion,
    approvedAt: translation.approvedAt,
    updatedAt: translation.updatedAt,
  };
}
