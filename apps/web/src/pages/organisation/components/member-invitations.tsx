import type { OrganisationRole } from '../../../gql/graphql';
import { ErrorNote, Field, Notice, Select, Submit } from '../../../ui';
import { useMemberInvitations } from '../hooks/use-member-invitations';
import { ROLES } from '../member-roles';

/** An owner invites people to join by email, with a role, and sees the invitations sent. */
export function MemberInvitations({ organisationId }: { organisationId: string }) {
  const { invitations, email, setEmail, role, setRole, sent, submit } = useMemberInvitations(organisationId);
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a member</h2>
      <form className="card" onSubmit={submit}>
        <Field label="Email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <Select label="Role" value={role} onChange={(value) => setRole(value as OrganisationRole)} options={ROLES} />
        <ErrorNote error={sent.error} words={{ CONFLICT: 'This person is already a member or already invited.' }} />
        {sent.data && <Notice>Invitation sent to {sent.data.inviteMember.email}.</Notice>}
        <Submit busy={sent.fetching} busyText="Sending…">
          Send invitation
        </Submit>
      </form>
      {(invitations?.length ?? 0) > 0 && (
        <ul>
          {invitations?.map((invitation) => (
            <li key={invitation.id}>
              {invitation.email} · {invitation.role.toLowerCase()} · {invitation.status.toLowerCase()}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
