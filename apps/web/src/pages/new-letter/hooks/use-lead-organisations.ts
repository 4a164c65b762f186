import { useQuery } from 'urql';
import { MyOrganisations } from '../graphql';

/** The signed-in person's organisations, and those among them they may draft for (as owner or coordinator). */
export function useLeadOrganisations() {
  const [me] = useQuery({ query: MyOrganisations });
  const leads = (me.data?.me.memberships ?? []).filter((m) => m.role === 'OWNER' || m.role === 'COORDINATOR');
  return { me, leads };
}
