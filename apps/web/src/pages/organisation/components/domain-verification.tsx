import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ErrorNote } from '../../../ui';
import { VerifyDomain } from '../graphql';

/** An owner proves the organisation runs its website, by a confirmed email address at its domain. */
export function DomainVerification({ organisationId }: { organisationId: string }) {
  const [verify, verifyDomain] = useMutation(VerifyDomain);
  const intl = useIntl();
  return (
    <div className="card">
      <p>
        <FormattedMessage
          id="organisation.domain.intro"
          defaultMessage="Prove the organisation runs its website: your confirmed email address must be at its domain."
        />
      </p>
      <ErrorNote
        error={verify.error}
        words={{
          FORBIDDEN: intl.formatMessage({
            id: 'organisation.domain.wrongDomain',
            defaultMessage: 'Your confirmed email address is not at the website’s domain.',
          }),
        }}
      />
      <button type="button" disabled={verify.fetching} onClick={() => void verifyDomain({ organisationId })}>
        <FormattedMessage id="organisation.domain.verify" defaultMessage="Verify the domain" />
      </button>
    </div>
  );
}
