import { useState } from 'react';
import { useQuery } from 'urql';
import { SigningOrganisations } from '../graphql';

/**
 * The organisations the signed-in person may answer for (as owner or signatory), and the one chosen:
 * the first until another is.
 */
export function useSigningOrganisations() {
  const [me] = useQuery({ query: SigningOrganisations });
  const signing = (me.data?.me.memberships ?? []).filter((m) => m.role === 'OWNER' || m.role === 'SIGNATORY');
  const [organisationId, setOrganisationId] = useState('');
  const chosen = organisationId || signing[0]?.organisation.id || '';
  return { me, signing, chosen, setOrganisationId };
}
