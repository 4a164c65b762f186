import { useMutation } from 'urql';
import type { OrganisationRole } from '../../../gql/graphql';
import { plainName } from '../../../names';
import { ErrorNote, Select } from '../../../ui';
import { ChangeRole, RemoveMember } from '../graphql';
import { ROLES } from '../member-roles';

type Member = { id: string; role: string; user: { name: string; email: string } };

/**
 * The organisation's members; an owner changes the others' roles and removes them (never their own
 * membership here). `onRemoved` hears each removal.
 */
export function Members({
  organisation,
  members,
  mineId,
  owner,
  onRemoved,
}: {
  organisation: { name: string };
  members: Member[];
  mineId: string | undefined;
  owner: boolean;
  onRemoved: () => void;
}) {
  const [changed, changeRole] = useMutation(ChangeRole);
  const [removed, removeMember] = useMutation(RemoveMember);
  return (
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
          {members.map((member) => (
            <tr key={member.id}>
              <td dir="auto">{member.user.name}</td>
              <td>{member.user.email}</td>
              <td>
                {owner && member.id !== mineId ? (
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
                  {member.id !== mineId && (
                    <button
                      type="button"
                      onClick={async () => {
                        if (!confirm(`Remove ${plainName(member.user.name)} from ${plainName(organisation.name)}?`))
                          return;
                        await removeMember({ membershipId: member.id });
                        onRemoved();
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
  );
}
