import { useState } from 'react';
import { useLocation } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth';
import { graphql } from '../gql';
import type { OrganisationRole } from '../gql/graphql';
import { plainName } from '../names';
import { ErrorNote, Field, Loading, Notice, PageTitle, Select, Submit, TextArea } from '../ui';

const CreateOrganisation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

export function NewOrganisationPage() {
  const [, navigate] = useLocation();
  const [form, setForm] = useState({ name: '', country: '', website: '', description: '' });
  const [result, create] = useMutation(CreateOrganisation);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  return (
    <>
      <PageTitle>Create an organisation</PageTitle>
      <form
        className="card"
        onSubmit={async (event) => {
          event.preventDefault();
          const input = {
            name: form.name,
            country: form.country || null,
            website: form.website || null,
            description: form.description || null,
          };
          const response = await create({ input });
          const created = response.data?.createOrganisation;
          if (created) navigate(`/organisations/${created.id}`);
        }}
      >
        <Field label="Name" required value={form.name} onChange={set('name')} />
        <Field
          label="Country"
          hint="A two-letter code such as GB, or a region name."
          value={form.country}
          onChange={set('country')}
        />
        <Field label="Website" type="url" placeholder="https://" value={form.website} onChange={set('website')} />
        <TextArea label="Description" rows={3} value={form.description} onChange={set('description')} />
        <ErrorNote
          error={result.error}
          words={{ FORBIDDEN: 'Please confirm your email address first: open the link we sent you.' }}
        />
        <Submit busy={result.fetching} busyText="Creating…">
          Create organisation
        </Submit>
      </form>
    </>
  );
}

const OrganisationQuery = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      slug
      country
      website
      description
      verifiedDomain
      coLeadRequests {
        letterId
        slug
        title
        requestedAt
      }
      members {
        id
        role
        user {
          id
          name
          email
        }
      }
    }
  }
`);

const InvitationsQuery = graphql(`
  query MembershipInvitations($organisationId: ID!) {
    membershipInvitations(organisationId: $organisationId) {
      id
      email
      role
      status
      expiresAt
    }
  }
`);

const InviteMember = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      status
      expiresAt
    }
  }
`);

const ChangeRole = graphql(`
  mutation ChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

const RemoveMember = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

const VerifyDomain = graphql(`
  mutation VerifyDomain($organisationId: ID!) {
    verifyOrganisationDomain(organisationId: $organisationId) {
      id
      verifiedDomain
    }
  }
`);

const AcceptCoLeadRequest = graphql(`
  mutation AcceptCoLeadRequest($letterId: ID!, $organisationId: ID!) {
    acceptCoLead(letterId: $letterId, organisationId: $organisationId) {
      id
      slug
    }
  }
`);

const ROLES: { value: OrganisationRole; label: string }[] = [
  { value: 'MEMBER', label: 'Member (reads, comments)' },
  { value: 'SIGNATORY', label: 'Signatory (signs for the organisation)' },
  { value: 'COORDINATOR', label: 'Coordinator (runs letters)' },
  { value: 'OWNER', label: 'Owner (everything)' },
];

export function OrganisationPage({ id }: { id: string }) {
  const signedIn = useSession();
  const [result, refetch] = useQuery({
    query: OrganisationQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const organisation = result.data?.organisation;
  const mine = organisation?.members.find((m) => m.user.id === signedIn?.userId);
  const owner = mine?.role === 'OWNER';
  const [verify, verifyDomain] = useMutation(VerifyDomain);
  const [changed, changeRole] = useMutation(ChangeRole);
  const [removed, removeMember] = useMutation(RemoveMember);
  const [coLead, acceptCoLead] = useMutation(AcceptCoLeadRequest);
  const [, navigate] = useLocation();

  if (!organisation) return result.error ? <ErrorNote error={result.error} /> : <Loading what="the organisation" />;
  return (
    <>
      <PageTitle>{organisation.name}</PageTitle>
      <p dir="auto">{organisation.description}</p>
      <dl className="facts">
        {organisation.country && (
          <>
            <dt>Country</dt>
            <dd>{organisation.country}</dd>
          </>
        )}
        {organisation.website && (
          <>
            <dt>Website</dt>
            <dd>
              {organisation.website} {organisation.verifiedDomain ? <span className="verified">✔ verified</span> : null}
            </dd>
          </>
        )}
      </dl>
      {owner && organisation.website && !organisation.verifiedDomain && (
        <div className="card">
          <p>Prove the organisation runs its website: your confirmed email address must be at its domain.</p>
          <ErrorNote
            error={verify.error}
            words={{ FORBIDDEN: 'Your confirmed email address is not at the website’s domain.' }}
          />
          <button type="button" disabled={verify.fetching} onClick={() => void verifyDomain({ organisationId: id })}>
            Verify the domain
          </button>
        </div>
      )}
      {organisation.coLeadRequests.length > 0 && (
        <section aria-labelledby="colead-requests-heading">
          <h2 id="colead-requests-heading">Asked to co-lead</h2>
          <ul>
            {organisation.coLeadRequests.map((request) => (
              <li key={request.letterId}>
                <bdi>{request.title}</bdi>{' '}
                <button
                  type="button"
                  disabled={coLead.fetching}
                  onClick={async () => {
                    const response = await acceptCoLead({ letterId: request.letterId, organisationId: id });
                    const letter = response.data?.acceptCoLead;
                    if (letter) navigate(`/letters/${letter.slug}`);
                  }}
                >
                  Accept co-leading <span className="visually-hidden">{request.title}</span>
                </button>
              </li>
            ))}
          </ul>
          <ErrorNote error={coLead.error} />
        </section>
      )}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <ErrorNote error={changed.error ?? removed.error} />
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              {owner && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {organisation.members.map((member) => (
              <tr key={member.id}>
                <td dir="auto">{member.user.name}</td>
                <td>{member.user.email}</td>
                <td>
                  {owner && member.id !== mine?.id ? (
                    <Select
                      label={`Role of ${member.user.name}`}
                      value={member.role}
                      onChange={(role) =>
                        void changeRole({ input: { membershipId: member.id, role: role as OrganisationRole } })
                      }
                      options={ROLES}
                    />
                  ) : (
                    member.role.toLowerCase()
                  )}
                </td>
                {owner && (
                  <td>
                    {member.id !== mine?.id && (
                      <button
                        type="button"
                        onClick={async () => {
                          if (!confirm(`Remove ${plainName(member.user.name)} from ${plainName(organisation.name)}?`))
                            return;
                          await removeMember({ membershipId: member.id });
                          refetch({ requestPolicy: 'network-only' });
                        }}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {owner && <MemberInvitations organisationId={id} />}
    </>
  );
}

function MemberInvitations({ organisationId }: { organisationId: string }) {
  const [list, refetch] = useQuery({ query: InvitationsQuery, variables: { organisationId } });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganisationRole>('SIGNATORY');
  const [sent, invite] = useMutation(InviteMember);
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a member</h2>
      <form
        className="card"
        onSubmit={async (event) => {
          event.preventDefault();
          const response = await invite({ input: { organisationId, email, role } });
          if (response.data) {
            setEmail('');
            refetch({ requestPolicy: 'network-only' });
          }
        }}
      >
        <Field label="Email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <Select label="Role" value={role} onChange={(value) => setRole(value as OrganisationRole)} options={ROLES} />
        <ErrorNote error={sent.error} words={{ CONFLICT: 'This person is already a member or already invited.' }} />
        {sent.data && <Notice>Invitation sent to {sent.data.inviteMember.email}.</Notice>}
        <Submit busy={sent.fetching} busyText="Sending…">
          Send invitation
        </Submit>
      </form>
      {(list.data?.membershipInvitations.length ?? 0) > 0 && (
        <ul>
          {list.data?.membershipInvitations.map((invitation) => (
            <li key={invitation.id}>
              {invitation.email} · {invitation.role.toLowerCase()} · {invitation.status.toLowerCase()}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
