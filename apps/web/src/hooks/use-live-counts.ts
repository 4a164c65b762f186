import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';
import type { CountsChangedSubscription } from '../gql/graphql';

const CountsSubscription = graphql(`
  subscription CountsChanged($letterId: ID!) {
    letterCountsChanged(letterId: $letterId) {
      ...LetterCountFields
    }
  }
`);

type Counts = CountsChangedSubscription['letterCountsChanged'];

/** Keeps a letter's counts live (the cache files them under the letter); `onChange` hears each change. */
export function useLiveCounts(letterId: string | undefined, onChange?: (counts: Counts) => void): void {
  const [event] = useSubscription({
    query: CountsSubscription,
    variables: { letterId: letterId ?? '' },
    pause: !letterId,
  });
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (event.data) latest.current?.(event.data.letterCountsChanged);
  }, [event.data]);
}
