import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@undersigned/common';
import type { Organisation } from '../organisation.entity';

@ObjectType('Organisation')
export class OrganisationObject {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The website's domain, once an OWNER with a verified email there vouched for the organisation",
  })
  verifiedDomain: string | null;

  @Field({ description: 'Members without two-factor sign-in may read but not act for the organisation' })
  requireTwoFactor: boolean;

  @Field({
    description:
      'Members may act for the organisation only in a session begun with a passkey (phishing-resistant sign-in)',
  })
  requirePhishingResistant: boolean;
}

@ObjectType('OrganisationConnection')
export class OrganisationConnection extends Connection(OrganisationObject, 'Organisation') {}

export function toOrganisationObject(organisation: Organisation): OrganisationObject {
  return {
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    country: organisation.country,
    website: organisation.website,
    description: organisation.description,
    verifiedDomain: organisation.verifiedDomain,
    requireTwoFactor: organisation.requireTwoFactor,
    requirePhishingResistant: organisation.requirePhishingResistant,
  };
}
