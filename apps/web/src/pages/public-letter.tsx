import { useEffect, useRef } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { CountsChangedSubscription } from '../gql/graphql';
import { ErrorNote, formatDate, Loading, Markdown, PageTitle } from '../ui';
import { RepresentativeFinder } from './representative-finder';
import { GoalBar, SupporterForm } from './supporter-form';

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
    }
  }
`);

export const CountsSubscription = graphql(`
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

export function PublicLetterPage({ slug }: { slug: string }) {
  const [result, reexecute] = useQuery({ query: PublicLetterQuery, variables: { slug } });
  const letter = result.data?.letter;
  const signed = useRef<number | undefined>(undefined);
  signed.current = letter?.counts.signed;
  // The supporter count arrives with the event itself; the signatory list is read again only
  // when an organisation's signature changed it (a petition's crowd does not refetch the page).
  useLiveCounts(letter?.id, (counts) => {
    if (counts.signed !== signed.current) reexecute({ requestPolicy: 'network-only' });
  });

  if (result.fetching && !letter) return <Loading what="the letter" />;
  if (result.error) return <ErrorNote error={result.error} />;
  if (!letter) {
    return (
      <>
        <PageTitle>Letter not found</PageTitle>
        <p>There is no public letter at this address.</p>
      </>
    );
  }
  const signatories = letter.signatories;
  return (
    <article className="public-letter">
      <PageTitle>{letter.currentVersion.title}</PageTitle>
      <p className="leads" dir="auto">
        Led by{' '}
        {letter.leadOrganisations.map((org, index) => (
          <span key={org.id}>
            {index > 0 && ', '}
            <bdi>{org.name}</bdi>
            {org.verifiedDomain && <VerifiedBadge domain={org.verifiedDomain} />}
          </span>
        ))}
      </p>
      <section aria-labelledby="counts-heading" className="counts-box">
        <h2 id="counts-heading" className="visually-hidden">
          Counts
        </h2>
        <p aria-live="polite" data-testid="public-counts">
          <strong>{letter.counts.signed}</strong>{' '}
          {letter.counts.signed === 1 ? 'organisation has' : 'organisations have'} signed
          {letter.counts.supporters > 0 && (
            <>
              {' '}
              · <strong>{letter.counts.supporters}</strong> supporters
            </>
          )}
          {letter.counts.supportersAwaitingReconfirmation > 0 && (
            <>
              {' '}
              · <strong>{letter.counts.supportersAwaitingReconfirmation}</strong> waiting to re-confirm the revised text
            </>
          )}
        </p>
        <p className="status">
          {statusText(letter.status)}
          {letter.endorsementDeadline && letter.status === 'OPEN' && (
            <> · open until {formatDate(letter.endorsementDeadline)}</>
          )}
        </p>
      </section>
      {letter.petition && <GoalBar supporters={letter.counts.supporters} goal={letter.goal ?? null} />}
      <Markdown source={letter.currentVersion.body} />
      {letter.targeting?.mode === 'OWN_REPRESENTATIVE' && <RepresentativeFinder areaType={letter.targeting.areaType} />}
      {letter.petition && letter.status === 'OPEN' && <SupporterForm letter={letter} />}
      <p className="hash">
        Content hash of this text: <code>{letter.currentVersion.contentHash}</code>
      </p>
      {letter.edition && (
        <p>
          <a href={letter.edition.verifyUrl}>Verify the delivered letter</a>
        </p>
      )}
      <section aria-labelledby="signatories-heading">
        <h2 id="signatories-heading">Signatories</h2>
        {signatories.edges.length === 0 && signatories.anonymousCount === 0 ? (
          <p>No organisation has signed yet.</p>
        ) : (
          <ul className="signatories">
            {signatories.edges.map(({ node }) => (
              <li key={node.organisationSlug}>
                <bdi>{node.displayName}</bdi>
                {node.country && <span className="country"> ({node.country})</span>}
                {node.lead && <span className="tag">lead</span>}
                {node.verified && <VerifiedBadge domain={node.verifiedDomain ?? undefined} />}
              </li>
            ))}
          </ul>
        )}
        {signatories.anonymousCount > 0 && (
          <p data-testid="unnamed">
            {signatories.edges.length > 0 ? 'and ' : ''}
            {signatories.anonymousCount} {signatories.anonymousCount === 1 ? 'organisation' : 'organisations'} that
            cannot be named for their safety
          </p>
        )}
      </section>
      {letter.timeline.length > 0 && (
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          <ol className="timeline">
            {letter.timeline.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.occurredAt}>{formatDate(entry.occurredAt)}</time>{' '}
                <strong dir="auto">{entry.title}</strong>
                {entry.body && <p dir="auto">{entry.body}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <p>
        <a href={`/letters/${letter.slug}.pdf`}>Download the letter (PDF)</a>
      </p>
    </article>
  );
}

/** The badge names the domain it stands for: a display name alone proves nothing. */
function VerifiedBadge({ domain }: { domain?: string }) {
  return (
    <span className="verified" title={domain ? `Verified: ${domain}` : 'Verified organisation'}>
      <span aria-hidden="true">✔</span> verified{domain ? `: ${domain}` : ''}
    </span>
  );
}

export function statusText(status: string): string {
  switch (status) {
    case 'DRAFT':
      return 'Draft';
    case 'OPEN':
      return 'Open for signatures';
    case 'CLOSED':
      return 'Closed';
    case 'DELIVERED':
      return 'Delivered';
    default:
      return status;
  }
}
