import { useQuery, useSubscription } from 'urql';
import type { WorkspaceLetter } from '../../graphql';
import { DeliveryQuery, DeliverySubscription } from '../graphql';

/**
 * The letter's recipients and deliveries, each delivery kept live by its subscription;
 * `refresh` reads them again after a change the subscription does not carry (a recipient added or removed).
 */
export function useDeliveryTracking(letter: WorkspaceLetter) {
  const [delivery, refetchDelivery] = useQuery({
    query: DeliveryQuery,
    variables: { slug: letter.slug },
    requestPolicy: 'cache-and-network',
  });
  useSubscription({ query: DeliverySubscription, variables: { letterId: letter.id } });
  const refresh = () => refetchDelivery({ requestPolicy: 'network-only' });
  return { delivery, refresh };
}
