import { FormattedMessage, useIntl } from 'react-intl';

// A symbol, not a word: the same in every language (and hidden from screen readers).
const CHECK_MARK = '✔';

/** The badge names the domain it stands for: a display name alone proves nothing. */
export function VerifiedBadge({ domain }: { domain?: string }) {
  const intl = useIntl();
  return (
    <span
      className="verified"
      title={
        domain
          ? intl.formatMessage({ id: 'verifiedBadge.titleDomain', defaultMessage: 'Verified: {domain}' }, { domain })
          : intl.formatMessage({ id: 'verifiedBadge.title', defaultMessage: 'Verified organisation' })
      }
    >
      <span aria-hidden="true">{CHECK_MARK}</span>
      {domain ? (
        <FormattedMessage id="verifiedBadge.textDomain" defaultMessage=" verified: {domain}" values={{ domain }} />
      ) : (
        <FormattedMessage id="verifiedBadge.text" defaultMessage=" verified" />
      )}
    </span>
  );
}
