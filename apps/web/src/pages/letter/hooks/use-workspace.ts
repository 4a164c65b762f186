import { useQuery } from 'urql';
import { useLiveCounts } from '../../../hooks/use-live-counts';
import { Workspace } from '../graphql';

/** The letter as its organisations work on it, with live counts; `refresh` reads it again from the API. */
export function useWorkspace(slug: string) {
  const [result, reexecute] = useQuery({
    query: Workspace,
    variables: { slug },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  useLiveCounts(result.data?.letter?.id);
  return { result, refresh };
}
