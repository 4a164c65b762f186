import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import { SingleLine, Trim } from '@undersigned/common';
import { IsCountry } from '@undersigned/organisations';

@InputType()
export class SignByInvitationInput {
  @Field({ description: "The token of the invitation mail's link: the proof of the mailbox it was sent to" })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field({ description: 'The content hash of the version being signed: the current one' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'contentHash must be 64 lowercase hex characters' })
  contentHash: string;

  @Field({
    description: 'The organisation signing, created without members (the invitation gives a name to start from)',
  })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'organisationName must not be empty' })
  @MaxLength(200)
  @SingleLine()
  organisationName: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, or a region name' })
  @IsOptional()
  @Trim()
  @IsCountry()
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The organisation's website: an address at its domain (or a subdomain) signs verified",
  })
  @IsOptional()
  @Trim()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, disallow_auth: true },
    { message: 'website must be an http(s) URL without a user name' },
  )
  @MaxLength(2048)
  website?: string | null;

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
    description: "How the signatory block names it; the organisation's name by default (another name waits for a lead)",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Sign without being named to anyone but the lead organisations',
  })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Stay signed across minor edits (typo fixes)' })
  @IsOptional()
  @IsBoolean()
  acceptMinorEdits?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;

  @Field({ description: '"I am authorised to sign for this organisation": must be true' })
  @IsBoolean()
  authorised: boolean;
}
