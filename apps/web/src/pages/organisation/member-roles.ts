import type { OrganisationRole } from '../../gql/graphql';

/** The roles an owner gives members, each with what it lets them do. */
export const ROLES: { value: OrganisationRole; label: string }[] = [
  { value: 'MEMBER', label: 'Member (reads, comments)' },
  { value: 'SIGNATORY', label: 'Signatory (signs for the organisation)' },
  { value: 'COORDINATOR', label: 'Coordinator (runs letters)' },
  { value: 'OWNER', label: 'Owner (everything)' },
];
