import { useState } from 'react';
import { useQuery } from 'urql';
import { SearchOrganisations } from '../graphql';

/** The name typed so far, and the organisations found for the one last searched (none searched: no query). */
export function useOrganisationSearch() {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [found] = useQuery({ query: SearchOrganisations, variables: { search: query }, pause: !query });
  return { search, setSearch, find: () => setQuery(search.trim()), found };
}
