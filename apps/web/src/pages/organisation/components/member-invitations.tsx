import { FormattedMessage, useIntl } from 'react-intl';
import type { OrganisationRole } from '../../../gql/graphql';
import { ErrorNote, Field, Notice, Select, Submit } from '../../../ui';
import { useMemberInvitations } from '../hooks/use-member-invitations';
import { invitationStatusMessage, roleMessage, useRoleOptions } from '../../../member-roles';

/** An owner invites people to join by email, with a role, and sees the invitations sent. */
export function MemberInvitations({ organisationId }: { organisationId: string }) {
  const { invitations, email, setEmail, role, setRole, sent, submit } = useMemberInvitations(organisationId);
  const intl = useIntl();
  const roles = useRoleOptions();
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">
        <FormattedMessage id="organisation.invite.heading" defaultMessage="Invite a member" />
      </h2>
      <form className="card" onSubmit={submit}>
        <Field
          label={intl.formatMessage({ id: 'organisation.invite.email', defaultMessage: 'Email' })}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Select
          label={intl.formatMessage({ id: 'organisation.invite.role', defaultMessage: 'Role' })}
          value={role}
          onChange={(value) => setRole(value as OrganisationRole)}
          options={roles}
        />
        <ErrorNote
          error={sent.error}
          words={{
            CONFLICT: intl.formatMessage({
              id: 'organisation.invite.conflict',
              defaultMessage: 'This person is already a member or already invited.',
            }),
          }}
        />
        {sent.data && (
          <Notice>
            <FormattedMessage
              id="organisation.invite.sent"
              defaultMessage="Invitation sent to {email}."
              values={{ email: sent.data.inviteMember.email }}
            />
          </Notice>
        )}
        <Submit busy={sent.fetching} busyText={<FormattedMessage id="ui.sending" defaultMessage="Sending…" />}>
          <FormattedMessage id="organisation.invite.submit" defaultMessage="Send invitation" />
        </Submit>
      </form>
      {(invitations?.length ?? 0) > 0 && (
        <ul>
          {invitations?.map((invitation) => (
            <li key={invitation.id}>
              <FormattedMessage
                id="organisation.invite.item"
                defaultMessage="{email} · {role} · {status}"
                values={{
                  email: invitation.email,
                  role: intl.formatMessage(roleMessage(invitation.role)),
                  status: intl.formatMessage(invitationStatusMessage(invitation.status)),
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
