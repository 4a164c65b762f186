import { useRef } from 'react';
import { useQuery } from 'urql';
import { useSearch } from 'wouter';
import { graphql } from '../../../gql';
import type { PublicLetterQuery } from '../../../gql/graphql';
import { useLiveCounts } from '../../../hooks/use-live-counts';
import { useLetterLanguageParam } from '../../../i18n/locale-root';
import { canonicalTag } from '../../../text-language';

const PublicLetterQuery = graphql(`
  query PublicLetter($slug: String!, $lang: String!, $translated: Boolean!) {
    letter(slug: $slug) {
      id
      slug
      title
      status
      language
      translations(status: APPROVED) {
        id
        language
      }
      translation(language: $lang) @include(if: $translated) {
        ...ShownTranslation
      }
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

/**
 * The public letter, with its counts kept live, and the translation `?lang=` asks for in the same
 * request (an APPROVED one only: a lead reading the public page would otherwise see a DRAFT).
 */
export function usePublicLetter(slug: string) {
  useLetterLanguageParam(); // ?lang picks the letter's text here too, so the header's picker keeps it
  const lang = canonicalTag(new URLSearchParams(useSearch()).get('lang'));
  const [result, reexecute] = useQuery({
    query: PublicLetterQuery,
    variables: { slug, lang: lang ?? '', translated: lang !== null },
  });
  const letter = result.data?.letter;
  const signed = useRef<number | undefined>(undefined);
  signed.current = letter?.counts.signed;
  // The supporter count arrives with the event itself; the signatory list is read again only
  // when an organisation's signature changed it (a petition's crowd does not refetch the page).
  useLiveCounts(letter?.id, (counts) => {
    if (counts.signed !== signed.current) reexecute({ requestPolicy: 'network-only' });
  });
  const found = result.data?.letter?.translation;
  const translation = found?.status === 'APPROVED' ? found : null;
  return { result, lang, translation };
}
