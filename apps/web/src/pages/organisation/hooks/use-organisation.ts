import { useQuery } from 'urql';
import { useSession } from '../../../auth';
import { OrganisationQuery } from '../graphql';

/** The organisation, the signed-in person's own membership of it and whether they own it; `refresh` reads it again. */
export function useOrganisation(id: string) {
  const signedIn = useSession();
  const [result, refetch] = useQuery({
    query: OrganisationQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const organisation = result.data?.organisation;
  const mine = organisation?.members.find((m) => m.user.id === signedIn?.userId);
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  return { result, organisation, mine, owner: mine?.role === 'OWNER', refresh };
}
