import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import type { WorkspaceLetter } from '../../graphql';
import { LetterTranslationsQuery } from '../graphql';

/**
 * The letter's translations in every status, as its leads see them; read again when the letter's
 * version changes (a material revision outdates them); `refresh` reads them again.
 */
export function useLetterTranslations(letter: WorkspaceLetter) {
  const [result, refetch] = useQuery({
    query: LetterTranslationsQuery,
    variables: { slug: letter.slug },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const version = useRef(letter.currentVersion.number);
  useEffect(() => {
    if (version.current === letter.currentVersion.number) return;
    version.current = letter.currentVersion.number;
    refetch({ requestPolicy: 'network-only' });
  }, [letter.currentVersion.number, refetch]);
  return { result, refresh };
}
