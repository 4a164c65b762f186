import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import type { OrganisationRole } from '../../../gql/graphql';
import { plainName } from '../../../names';
import { ErrorNote, Select } from '../../../ui';
import { ChangeRole, RemoveMember } from '../graphql';
import { roleMessage, useRoleOptions } from '../../../member-roles';

type Member = { id: string; role: OrganisationRole; user: { name: string; email: string } };

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
  const intl = useIntl();
  const roles = useRoleOptions();
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">
        <FormattedMessage id="organisation.members.heading" defaultMessage="Members" />
      </h2>
      <ErrorNote error={changed.error ?? removed.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="organisation.members.name" defaultMessage="Name" />
            </th>
            <th scope="col">
              <FormattedMessage id="organisation.members.email" defaultMessage="Email" />
            </th>
            <th scope="col">
              <FormattedMessage id="organisation.members.role" defaultMessage="Role" />
            </th>
            {owner && (
              <th scope="col">
                <FormattedMessage id="organisation.members.actions" defaultMessage="Actions" />
              </th>
            )}
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
                    label={intl.formatMessage(
                      { id: 'organisation.members.roleOf', defaultMessage: 'Role of {name}' },
                      { name: member.user.name },
                    )}
                    value={member.role}
                    onChange={(role) =>
                      void changeRole({ input: { membershipId: member.id, role: role as OrganisationRole } })
                    }
                    options={roles}
                  />
                ) : (
                  <FormattedMessage {...roleMessage(member.role)} />
                )}
              </td>
              {owner && (
                <td>
                  {member.id !== mineId && (
                    <button
                      type="button"
                      onClick={async () => {
                        const question = intl.formatMessage(
                          {
                            id: 'organisation.members.removeConfirm',
                            defaultMessage: 'Remove {name} from {organisation}?',
                          },
                          { name: plainName(member.user.name), organisation: plainName(organisation.name) },
                        );
                        if (!confirm(question)) return;
                        await removeMember({ membershipId: member.id });
                        onRemoved();
                      }}
                    >
                      <FormattedMessage id="organisation.members.remove" defaultMessage="Remove" />
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
