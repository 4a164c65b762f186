import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

const Representatives = graphql(`
  query Representatives($postcode: String!, $areaType: String) {
    representatives(postcode: $postcode, areaType: $areaType) {
      id
      name
      title
      party
      area {
        code
        name
        type
      }
    }
  }
`);

/** The postcode typed so far, and the representatives for the one last asked about (none asked: no query). */
export function useRepresentatives(areaType: string) {
  const [postcode, setPostcode] = useState('');
  const [asked, setAsked] = useState('');
  const [result] = useQuery({
    query: Representatives,
    variables: { postcode: asked, areaType },
    pause: !asked,
  });
  return { postcode, setPostcode, ask: () => setAsked(postcode.trim()), result };
}
