import type { PublicLetter } from '../hooks/use-public-letter';
import { VerifiedBadge } from '../../../components/verified-badge';

/** The organisations that signed, by name, and how many signed without being named. */
export function Signatories({ signatories }: { signatories: PublicLetter['signatories'] }) {
  return (
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
          {signatories.anonymousCount} {signatories.anonymousCount === 1 ? 'organisation' : 'organisations'} that cannot
          be named for their safety
        </p>
      )}
    </section>
  );
}
