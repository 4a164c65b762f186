import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IdField, PaginationArgs, SingleLine, Trim } from '@undersigned/common';
import { IsCountry } from '@undersigned/organisations';
import { SupporterNames } from '../signature-status';

@InputType()
export class PetitionSettingsInput {
  @IdField()
  letterId: string;

  @Field()
  @IsBoolean()
  acceptSupporters: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  goal?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'When the goal is reached, set the next one (50 → 100 → 250 …)',
  })
  @IsOptional()
  @IsBoolean()
  raiseGoalWhenReached?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Supporters must confirm they are at least this old' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  minimumAge?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  askPostcode?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'What a supporter agrees to by ticking "contact me"; kept verbatim',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  consentText?: string | null;

  @Field(() => SupporterNames, { nullable: true, description: 'COUNT_ONLY when omitted' })
  @IsOptional()
  @IsEnum(SupporterNames)
  supporterNames?: SupporterNames | null;

  @Field(() => [String], { nullable: true, description: 'Signatures from these mail domains are never counted' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  @Matches(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, { each: true, message: 'blockedEmailDomains must be domain names' })
  blockedEmailDomains?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Addresses or networks (CIDR) whose signatures are never counted',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  blockedIpRanges?: string[] | null;
}

@InputType()
export class SignPetitionInput {
  @IdField()
  letterId: string;

  @Field()
  @Trim()
  @IsString()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field()
  @Trim()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, or a region name' })
  @IsOptional()
  @Trim()
  @IsCountry()
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  postcode?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  ageConfirmed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Consent to be contacted, to the letter’s consent text' })
  @IsOptional()
  @IsBoolean()
  consent?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'List my name (on letters that list supporters); true when omitted',
  })
  @IsOptional()
  @IsBoolean()
  showName?: boolean | null;
}

@InputType()
export class InvalidateSignaturesInput {
  @IdField()
  letterId: string;

  @Field(() => String, { nullable: true, description: 'The domain and its subdomains' })
  @IsOptional()
  @Trim()
  @MaxLength(253)
  @Matches(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, { message: 'emailDomain must be a domain name' })
  emailDomain?: string | null;

  @Field(() => String, { nullable: true, description: 'An address, or a network such as 203.0.113.0/24' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  ipAddress?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class SupportersArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: "The leads only: supporters' countries are not public" })
  @IsOptional()
  @Trim()
  @IsCountry()
  country?: string | null;
}
