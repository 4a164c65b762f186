import { errorCode } from '../../errors';
import { FormattedMessage } from 'react-intl';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Loading, PageTitle } from '../../ui';
import { ManagedSignature } from './components/managed-signature';
import { useManagedEndorsement } from './hooks/use-managed-endorsement';
import { ManageActions } from './components/manage-actions';
import { LetterAsItStands } from '../../components/letter-as-it-stands';

/**
 * What a guest signer's manage link opens (the receipt mail's, and each revision mail's): the
 * signature as it stands, and until delivery the buttons that re-confirm it after a change, switch
 * named/unnamed and withdraw it. Opening the link changes nothing (mail scanners open links).
 */
export function ManageEndorsementPage() {
  const token = useLinkToken();
  const managed = useManagedEndorsement(token);
  const { result } = managed;
  const endorsement = result.data?.endorsementByLink;

  if (!endorsement) {
    if (result.fetching || (!result.error && token)) return <Loading />;
    return (
      <>
        <PageTitle>
          <FormattedMessage id="signing.manage.title" defaultMessage="Your signature" />
        </PageTitle>
        {errorCode(result.error) === 'NOT_FOUND' || !token ? (
          <p>
            <FormattedMessage
              id="signing.manage.invalid"
              defaultMessage="This link no longer opens a signature: it was used to withdraw it, or it is not a manage link. Each mail about your signature carries its own link."
            />
          </p>
        ) : (
          <ErrorNote error={result.error} />
        )}
      </>
    );
  }
  const { letter } = endorsement;
  return (
    <article>
      <PageTitle>
        <FormattedMessage id="signing.manage.title" defaultMessage="Your signature" />
      </PageTitle>
      <ManagedSignature endorsement={endorsement} />
      {letter.status === 'OPEN' ? (
        <ManageActions token={token} endorsement={endorsement} managed={managed} />
      ) : (
        <p data-testid="manage-final">
          <FormattedMessage
            id="manageEndorsement.final"
            defaultMessage="{status, select, DELIVERED {The letter is delivered: its signatures are final.} CLOSED {The letter is closed: signatures change only while it is open for signatures.} other {The letter is a draft: signatures change only while it is open for signatures.}}"
            values={{ status: letter.status }}
          />
        </p>
      )}
      <LetterAsItStands version={letter.currentVersion} />
    </article>
  );
}
