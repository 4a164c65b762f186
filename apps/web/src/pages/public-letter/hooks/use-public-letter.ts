import { useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { PublicLetterQuery } from '../../../gql/graphql';
import { useLiveCounts } from '../../../hooks/use-live-counts';

const PublicLetterQuery = graphql(`
  query PublicLetter($slug: String!) {
    letter(slug: $slug) {
      id
      slug
      title
      status
      endorsementDeadline
      currentVersion {
        id
        number
        title
        body
        contentHash
      }
      leadOrganisations {
        id
        name
        slug
        verifiedDomain
      }
      signatories(first: 100) {
        totalCount
        anonymousCount
        edges {
          node {
            displayName
            country
            organisationSlug
            lead
            verified
            verifiedDomain
          }
        }
      }
      counts {
        ...LetterCountFields
      }
      timeline {
        id
        kind
        title
        body
        occurredAt
      }
      edition {
        id
        verifyUrl
      }
      targeting {
        mode
        areaType
      }
      ...PetitionForm
      ...SignOnLetter
    }
  }
`);

export type PublicLetter = NonNullable<PublicLetterQuery['letter']>;

/** The public letter, with its counts kept live. */
export function usePublicLetter(slug: string) {
  const [result, reexecute] = useQuery({ query: PublicLetterQuery, variables: { slug } });
  const letter = result.data?.letter;
  const signed = useRef<number | undefined>(undefined);
  signed.current = letter?.counts.signed;
  // The supporter count arrives with the event itself; the signatory list is read again only
  // when an organisation's signature changed it (a petition's crowd does not refetch the page).
  useLiveCounts(letter?.id, (counts) => {
    if (counts.signed !== signed.current) reexecute({ requestPolicy: 'network-only' });
  });
  return result;
}
