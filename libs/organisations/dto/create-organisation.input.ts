import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { SingleLine, Trim } from '@undersigned/common';
import { IsCountry } from '../country';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  @SingleLine()
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, or a region name' })
  @IsOptional()
  @Trim()
  @IsCountry()
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, disallow_auth: true },
    { message: 'website must be an http(s) URL without a user name' },
  )
  @MaxLength(2048)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}
