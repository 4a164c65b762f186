import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NormaliseEmail, PaginationArgs, Trim, IdField, OptionalIdField } from '@undersigned/common';
import { EndorsementStatus, SignatoryOrder } from '../endorsement-status';
import { SigningFields } from './signing-fields';

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

  @SigningFields.contentHash()
  contentHash: string;

  @SigningFields.signerName()
  signerName: string;

  @SigningFields.signerTitle()
  signerTitle: string;

  @SigningFields.displayName()
  displayName?: string | null;

  @SigningFields.anonymous()
  anonymous?: boolean | null;

  @SigningFields.acceptMinorEdits()
  acceptMinorEdits?: boolean | null;

  @SigningFields.comment()
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
