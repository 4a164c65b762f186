import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { OrganisationRole } from '../../../gql/graphql';
import { InvitationsQuery, InviteMember } from '../graphql';

/** The organisation's membership invitations, and the one being written (an address and a role). */
export function useMemberInvitations(organisationId: string) {
  const [list, refetch] = useQuery({ query: InvitationsQuery, variables: { organisationId } });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganisationRole>('SIGNATORY');
  const [sent, invite] = useMutation(InviteMember);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await invite({ input: { organisationId, email, role } });
    if (response.data) {
      setEmail('');
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return { invitations: list.data?.membershipInvitations, email, setEmail, role, setRole, sent, submit };
}
