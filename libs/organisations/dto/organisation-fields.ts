import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { SingleLine, Trim } from '@undersigned/common';
import { IsCountry } from '../country';

/**
 * The fields that describe an organisation, each declared once with its validation: creating one
 * signed in (createOrganisation) and signing for a new one without an account (signByInvitation).
 */
export const OrganisationFields = {
  name: (property: string, description?: string): PropertyDecorator =>
    applyDecorators(
      Field({ description }),
      Trim(),
      IsString(),
      MinLength(1, { message: `${property} must not be empty` }),
      MaxLength(200),
      SingleLine(),
    ),
  country: (): PropertyDecorator =>
    applyDecorators(
      Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, or a region name' }),
      IsOptional(),
      Trim(),
      IsCountry(),
    ),
  website: (description?: string): PropertyDecorator =>
    applyDecorators(
      Field(() => String, { nullable: true, description }),
      IsOptional(),
      Trim(),
      IsUrl(
        { protocols: ['http', 'https'], require_protocol: true, disallow_auth: true },
        { message: 'website must be an http(s) URL without a user name' },
      ),
      MaxLength(2048),
    ),
};
