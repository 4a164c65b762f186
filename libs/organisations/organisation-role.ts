import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationRole {
  OWNER = 'OWNER',
  SIGNATORY = 'SIGNATORY',
  MEMBER = 'MEMBER',
}

registerEnumType(OrganisationRole, {
  name: 'OrganisationRole',
  description: 'OWNER and SIGNATORY may sign for the organisation; OWNER also manages its members.',
});

/** The roles that may commit the organisation to a letter. */
export const SIGNING_ROLES: readonly OrganisationRole[] = [OrganisationRole.OWNER, OrganisationRole.SIGNATORY];
