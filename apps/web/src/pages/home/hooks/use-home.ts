import { useQuery } from 'urql';
import type { HomeQuery as Home } from '../../../gql/graphql';
import { HomeQuery } from '../graphql';

/** The letters their organisations lead first, then the others they can read. */
function sorted({ me, letters }: Home) {
  const myOrganisations = new Set(me.memberships.map((m) => m.organisation.id));
  const mine = letters.edges.filter(({ node }) => node.leadOrganisations.some((o) => myOrganisations.has(o.id)));
  const others = letters.edges.filter((edge) => !mine.includes(edge));
  return { me, mine: mine.map((e) => e.node), others: others.map((e) => e.node) };
}

/** The signed-in person and the letters they can read (`home` once loaded). */
export function useHome() {
  const [result] = useQuery({ query: HomeQuery, requestPolicy: 'cache-and-network' });
  return { result, home: result.data ? sorted(result.data) : undefined };
}
