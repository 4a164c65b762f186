import { useQuery } from 'urql';
import { InvitationByLink } from '../graphql';

/** The invitation of the mail's link and its letter as it stands; `refresh` reads them again from the server. */
export function useInvitation(token: string) {
  const [result, reexecute] = useQuery({ query: InvitationByLink, variables: { token }, pause: !token });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return { result, refresh };
}
