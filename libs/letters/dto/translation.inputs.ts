import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { IdField, SingleLine, Trim } from '@undersigned/common';
import { LanguageTag } from '../language-tag';
import { TranslationStatus } from '../translation-status';
import { LetterBody, LetterTitle } from './letter-text';

@InputType()
export class SaveTranslationInput {
  @IdField()
  letterId: string;

  @Field({ description: "A BCP 47 language tag, stored canonical (zh-hans: zh-Hans); not the original's language" })
  @LanguageTag()
  language: string;

  @Field()
  @LetterTitle()
  title: string;

  @Field({ description: 'Markdown' })
  @LetterBody()
  body: string;

  @Field(() => String, { nullable: true, description: 'Who translated it, as credited; omitted, none' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  translator?: string | null;
}

@ArgsType()
export class TranslationsArgs {
  @Field(() => TranslationStatus, { nullable: true, description: 'Only those in this status' })
  @IsOptional()
  @IsEnum(TranslationStatus)
  status?: TranslationStatus | null;
}

@ArgsType()
export class TranslationArgs {
  @Field({ description: 'A BCP 47 language tag, matched in its canonical form' })
  @LanguageTag()
  language: string;
}
