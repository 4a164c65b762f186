import { useQuery } from 'urql';
import { useLiveCounts } from '../../../../hooks/use-live-counts';
import type { WorkspaceLetter } from '../../graphql';
import { DashboardQuery } from '../graphql';

/** The letter's endorsements as the leads see them, and those waiting for approval, read again whenever its counts change. */
export function useDashboardEndorsements(letter: WorkspaceLetter) {
  const [result, refetch] = useQuery({
    query: DashboardQuery,
    variables: { slug: letter.slug },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  useLiveCounts(letter.id, refresh);
  return { result, refresh };
}
