import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import type { MembershipInvitationStatus, OrganisationRole } from './gql/graphql';

const ROLE_NAMES: Record<OrganisationRole, MessageDescriptor> = defineMessages({
  MEMBER: { id: 'organisation.role.MEMBER', defaultMessage: 'member' },
  SIGNATORY: { id: 'organisation.role.SIGNATORY', defaultMessage: 'signatory' },
  COORDINATOR: { id: 'organisation.role.COORDINATOR', defaultMessage: 'coordinator' },
  OWNER: { id: 'organisation.role.OWNER', defaultMessage: 'owner' },
});

const ROLE_OPTIONS: Record<OrganisationRole, MessageDescriptor> = defineMessages({
  MEMBER: { id: 'organisation.roleOption.MEMBER', defaultMessage: 'Member (reads, comments)' },
  SIGNATORY: { id: 'organisation.roleOption.SIGNATORY', defaultMessage: 'Signatory (signs for the organisation)' },
  COORDINATOR: { id: 'organisation.roleOption.COORDINATOR', defaultMessage: 'Coordinator (runs letters)' },
  OWNER: { id: 'organisation.roleOption.OWNER', defaultMessage: 'Owner (everything)' },
});

const INVITATION_STATUS: Record<MembershipInvitationStatus, MessageDescriptor> = defineMessages({
  PENDING: { id: 'organisation.invitationStatus.PENDING', defaultMessage: 'pending' },
  ACCEPTED: { id: 'organisation.invitationStatus.ACCEPTED', defaultMessage: 'accepted' },
  EXPIRED: { id: 'organisation.invitationStatus.EXPIRED', defaultMessage: 'expired' },
  REVOKED: { id: 'organisation.invitationStatus.REVOKED', defaultMessage: 'revoked' },
});

const ORDER: OrganisationRole[] = ['MEMBER', 'SIGNATORY', 'COORDINATOR', 'OWNER'];

/** A member's role in a word (`<FormattedMessage {...roleMessage(role)} />`), as the start page and the organisation page show it. */
export function roleMessage(role: OrganisationRole): MessageDescriptor {
  return ROLE_NAMES[role];
}

/** A membership invitation's state in a word. */
export function invitationStatusMessage(status: MembershipInvitationStatus): MessageDescriptor {
  return INVITATION_STATUS[status];
}

/** The roles an owner gives members, each with what it lets them do, in the page's language. */
export function useRoleOptions(): { value: OrganisationRole; label: string }[] {
  const intl = useIntl();
  return ORDER.map((value) => ({ value, label: intl.formatMessage(ROLE_OPTIONS[value]) }));
}
