import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim } from '@undersigned/common';

export const AREA_TYPE_PATTERN = /^[A-Z0-9_]{1,32}$/;
export const AREA_CODE_PATTERN = /^[A-Za-z0-9:/_.-]{1,128}$/;

@InputType()
export class TargetInput {
  @Field({ description: "The data source's id of the person, unique within the area type" })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  externalId: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email?: string | null;

  @Field({ description: 'e.g. E14001465' })
  @Trim()
  @IsString()
  @Matches(AREA_CODE_PATTERN, { message: 'areaCode must be letters, digits and : / _ . -' })
  areaCode: string;

  @Field({ description: 'e.g. WMC' })
  @Trim()
  @IsString()
  @Matches(AREA_TYPE_PATTERN, { message: 'areaType must be upper-case letters, digits and _' })
  areaType: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  party?: string | null;

  @Field(() => String, { nullable: true, description: 'First day in office (YYYY-MM-DD); always when omitted' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validFrom must be a date YYYY-MM-DD' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'First day no longer in office (YYYY-MM-DD); open when omitted' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validTo must be a date YYYY-MM-DD' })
  validTo?: string | null;
}
