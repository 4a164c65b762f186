import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '@undersigned/common';
import { OrganisationFields } from './organisation-fields';

@InputType()
export class CreateOrganisationInput {
  @OrganisationFields.name('name')
  name: string;

  @OrganisationFields.country()
  country?: string | null;

  @OrganisationFields.website()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}
