import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationRole {
  OWNER = 'OWNER',
  COORDINATOR = 'COORDINATOR',
  SIGNATORY = 'SIGNATORY',
  MEMBER = 'MEMBER',
}

registerEnumType(OrganisationRole, {
  name: 'OrganisationRole',
  description:
    'OWNER: everything, manages members. COORDINATOR: runs the letters the organisation leads (draft, invite, ' +
    'open, close, recipients, deliver, updates, sees unnamed signatories). SIGNATORY: signs for it. MEMBER: reads, comments.',
});

/** The roles that may commit the organisation to a letter. */
export const SIGNING_ROLES: readonly OrganisationRole[] = [OrganisationRole.OWNER, OrganisationRole.SIGNATORY];

/** The roles that run the letters an organisation leads; the others of a lead organisation read and comment. */
export const LEAD_ROLES: readonly OrganisationRole[] = [OrganisationRole.OWNER, OrganisationRole.COORDINATOR];
