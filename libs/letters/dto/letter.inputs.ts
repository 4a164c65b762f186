import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { PaginationArgs, Trim, IdField, OptionalIdField } from '@undersigned/common';
import { LanguageTag } from '../language-tag';
import { LetterStatus, LetterVisibility } from '../letter-status';
import { LetterBody, LetterTitle } from './letter-text';

@InputType()
export class CreateLetterInput {
  @Field()
  @LetterTitle()
  title: string;

  @Field({ description: 'Markdown' })
  @LetterBody()
  body: string;

  @IdField()
  leadOrganisationId: string;

  @Field(() => LetterVisibility)
  @IsEnum(LetterVisibility)
  visibility: LetterVisibility;

  @Field(() => String, {
    nullable: true,
    description: 'The language of the original, a BCP 47 tag (stored canonical: zh-hans is zh-Hans); "en" when omitted',
  })
  @IsOptional()
  @LanguageTag()
  language?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endorsementDeadline?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  deliverBy?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Embargo: a PUBLIC letter stays, for the public, a PRIVATE one until then, and then publishes by itself; must be in the future',
  })
  @IsOptional()
  @IsDate()
  publishAt?: Date | null;
}

@InputType()
export class ReviseLetterInput {
  @IdField()
  letterId: string;

  @Field(() => String, { nullable: true, description: 'The new title; the current one when omitted' })
  @IsOptional()
  @LetterTitle()
  title?: string | null;

  @Field()
  @LetterBody()
  body: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field({
    description:
      'Whether the change alters what signatories agree to. false is accepted only for typo fixes: changes of punctuation, white space or case, and at most 5 words each replaced by one within 2 letters (no number, no word of 3 letters or fewer, no word added or removed but a repeated one); else BAD_USER_INPUT',
  })
  @IsBoolean()
  material: boolean;
}

@InputType()
export class AddCoLeadInput {
  @IdField()
  letterId: string;

  @IdField()
  organisationId: string;
}

@InputType()
export class CommentInput {
  @IdField()
  versionId: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(10_000)
  body: string;

  @Field(() => Int, { nullable: true, description: 'The paragraph (1-based) the comment is about' })
  @IsOptional()
  @IsInt()
  @Min(1)
  paragraph?: number | null;
}

@ArgsType()
export class LettersArgs extends PaginationArgs {
  @Field(() => LetterStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LetterStatus)
  status?: LetterStatus | null;

  @OptionalIdField('Letters led by this organisation')
  organisationId?: string | null;
}
