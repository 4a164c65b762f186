import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { NormaliseEmail, PaginationArgs, Trim, IdField, OptionalIdField } from '@undersigned/common';
import { EndorsementStatus, SignatoryOrder } from '../endorsement-status';

@InputType()
export class InviteeInput {
  @OptionalIdField()
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation an email invitee would sign for' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  name?: string | null;
}

@InputType()
export class InviteEndorsersInput {
  @IdField()
  letterId: string;

  @Field(() => [InviteeInput])
  @ValidateNested({ each: true })
  @Type(() => InviteeInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  invitees: InviteeInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  // Shown in the invitation mail as quoted text: a note, not a page of copy.
  @MaxLength(1000)
  message?: string | null;
}

@InputType()
export class EndorseInput {
  @IdField()
  letterId: string;

  @IdField()
  organisationId: string;

  @Field({ description: 'The content hash of the version being signed: the current one' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'contentHash must be 64 lowercase hex characters' })
  contentHash: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'signerName must not be empty' })
  @MaxLength(200)
  signerName: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'signerTitle must not be empty' })
  @MaxLength(200)
  signerTitle: string;

  @Field(() => String, {
    nullable: true,
    description: "How the signatory block names it; the organisation's name by default",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Sign without being named to anyone but the lead organisations; omitted, the current setting stands',
  })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Stay signed across minor edits (typo fixes: at most 5 words, no number; contract stage 6), each mailed with a link to object; omitted, the current setting stands',
  })
  @IsOptional()
  @IsBoolean()
  acceptMinorEdits?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

@InputType()
export class WithdrawInput {
  @IdField()
  endorsementId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@ArgsType()
export class SignatoriesArgs extends PaginationArgs {
  @Field(() => SignatoryOrder, { nullable: true, defaultValue: SignatoryOrder.LEADS_FIRST })
  @IsOptional()
  @IsEnum(SignatoryOrder)
  order: SignatoryOrder = SignatoryOrder.LEADS_FIRST;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  country?: string | null;
}

@ArgsType()
export class EndorsementsArgs extends PaginationArgs {
  @Field(() => EndorsementStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EndorsementStatus)
  status?: EndorsementStatus | null;
}
