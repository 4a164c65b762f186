import { FormattedMessage } from 'react-intl';
import type { PublicLetter } from '../hooks/use-public-letter';
import { VerifiedBadge } from '../../../components/verified-badge';

/** The organisations that signed, by name, and how many signed without being named. */
export function Signatories({ signatories }: { signatories: PublicLetter['signatories'] }) {
  return (
    <section aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">
        <FormattedMessage id="signatories.heading" defaultMessage="Signatories" />
      </h2>
      {signatories.edges.length === 0 && signatories.anonymousCount === 0 ? (
        <p>
          <FormattedMessage id="signatories.none" defaultMessage="No organisation has signed yet." />
        </p>
      ) : (
        <ul className="signatories">
          {signatories.edges.map(({ node }) => (
            <li key={node.organisationSlug}>
              <bdi>{node.displayName}</bdi>
              {node.country && (
                <span className="country">
                  <FormattedMessage
                    id="signatories.country"
                    defaultMessage=" ({country})"
                    values={{ country: node.country }}
                  />
                </span>
              )}
              {node.lead && (
                <span className="tag">
                  <FormattedMessage id="signatories.lead" defaultMessage="lead" />
                </span>
              )}
              {node.verified && <VerifiedBadge domain={node.verifiedDomain ?? undefined} />}
            </li>
          ))}
        </ul>
      )}
      {signatories.anonymousCount > 0 && (
        <p data-testid="unnamed">
          <FormattedMessage
            id="signatories.unnamed"
            defaultMessage="{named, select, yes {and } other {}}{count, plural, one {# organisation} other {# organisations}} that cannot be named for their safety"
            values={{ named: signatories.edges.length > 0 ? 'yes' : 'no', count: signatories.anonymousCount }}
          />
        </p>
      )}
    </section>
  );
}
