import { useQuery } from 'urql';
import { useLiveCounts } from '../../../../hooks/use-live-counts';
import type { WorkspaceLetter } from '../../graphql';
import { ApprovalQueueQuery } from '../graphql';

/**
 * The signatures waiting for the leads' approval, read again whenever the letter's counts change (a
 * confirmed sign-on announces itself so, though it counts nowhere yet) and after each decision.
 */
export function useApprovalQueue(letter: WorkspaceLetter) {
  const [result, refetch] = useQuery({
    query: ApprovalQueueQuery,
    variables: { slug: letter.slug },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  useLiveCounts(letter.id, refresh);
  return { result, refresh };
}
