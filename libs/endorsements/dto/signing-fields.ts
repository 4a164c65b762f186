import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { DrawnAsWritten, SingleLine, Trim } from '@undersigned/common';

/**
 * The fields every way of signing asks (endorseLetter, signByInvitation, and the ways to come), each
 * declared once with its validation, so that a signature meets the same rules however it comes.
 */
export const SigningFields = {
  contentHash: (): PropertyDecorator =>
    applyDecorators(
      Field({ description: 'The content hash of the version being signed: the current one' }),
      Matches(/^[0-9a-f]{64}$/, { message: 'contentHash must be 64 lowercase hex characters' }),
    ),
  signerName: (): PropertyDecorator => requiredLine('signerName'),
  signerTitle: (): PropertyDecorator => requiredLine('signerTitle'),
  displayName: (): PropertyDecorator =>
    applyDecorators(
      Field(() => String, {
        nullable: true,
        description:
          "How the signatory block names it; the organisation's name by default (another name waits for a lead)",
      }),
      IsOptional(),
      Trim(),
      IsString(),
      MinLength(1),
      MaxLength(200),
      SingleLine(),
    ),
  anonymous: (): PropertyDecorator =>
    optionalFlag('Sign without being named to anyone but the lead organisations; omitted, the current setting stands'),
  acceptMinorEdits: (): PropertyDecorator =>
    optionalFlag(
      'Stay signed across minor edits (typo fixes: at most 5 words, no number; contract stage 6), each mailed with a link to object; omitted, the current setting stands',
    ),
  comment: (): PropertyDecorator =>
    applyDecorators(
      Field(() => String, { nullable: true }),
      IsOptional(),
      Trim(),
      IsString(),
      MaxLength(2000),
      DrawnAsWritten(),
    ),
};

function requiredLine(name: string): PropertyDecorator {
  return applyDecorators(
    Field(),
    Trim(),
    IsString(),
    MinLength(1, { message: `${name} must not be empty` }),
    MaxLength(200),
    SingleLine(),
  );
}

function optionalFlag(description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Boolean, { nullable: true, description }),
    IsOptional(),
    IsBoolean(),
  );
}
