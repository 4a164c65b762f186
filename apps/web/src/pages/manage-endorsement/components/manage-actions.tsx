import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote, Notice, Submit, TextArea } from '../../../ui';
import type { ManagedEndorsement } from '../graphql';
import type { useManagedEndorsement } from '../hooks/use-managed-endorsement';
import { ManageChanges } from './manage-diff';

const WORDS = defineMessages({
  STALE_VERSION: {
    id: 'signing.manage.error.STALE_VERSION',
    defaultMessage: 'The letter changed again while you were reading: the page now shows the newest text and changes.',
  },
  FORBIDDEN: {
    id: 'signing.manage.error.FORBIDDEN',
    defaultMessage: 'Your organisation now has members on Undersigned: sign in to change its signature.',
  },
  INVALID_STATE: {
    id: 'signing.manage.error.INVALID_STATE',
    defaultMessage: 'The letter is no longer open for signatures: its signatures cannot change now.',
  },
  NOT_FOUND: {
    id: 'signing.manage.error.NOT_FOUND',
    defaultMessage: 'This link no longer works: it was used to withdraw the signature.',
  },
});

/** Until delivery: re-confirm after a change, switch named/unnamed, withdraw. */
export function ManageActions({
  token,
  endorsement,
  managed,
}: {
  token: string;
  endorsement: ManagedEndorsement;
  managed: ReturnType<typeof useManagedEndorsement>;
}) {
  const { reconfirmed, reconfirm, withdrawn, withdraw, reason, setReason } = managed;
  const current = endorsement.letter.currentVersion;
  const behind = endorsement.contentHash !== current.contentHash;
  const intl = useIntl();
  const words = Object.fromEntries(Object.entries(WORDS).map(([code, message]) => [code, intl.formatMessage(message)]));

  if (endorsement.status === 'WITHDRAWN') {
    return (
      <Notice>
        <FormattedMessage
          id="signing.manage.withdrawn"
          defaultMessage="The signature is withdrawn; the lead organisations were told. This link, and the others mailed about it, no longer work."
        />
      </Notice>
    );
  }
  if (endorsement.status !== 'SIGNED' && endorsement.status !== 'NEEDS_RECONFIRMATION') return null;
  return (
    <>
      {endorsement.status === 'NEEDS_RECONFIRMATION' ? (
        <section className="card warn" aria-labelledby="reconfirm-heading">
          <h2 id="reconfirm-heading">
            <FormattedMessage id="signing.manage.changedHeading" defaultMessage="The text changed" />
          </h2>
          <p>
            <FormattedMessage
              id="signing.manage.changed"
              defaultMessage="Version {current} replaced the version {signed} you signed. Read the changes, then confirm the new text, or withdraw."
              values={{ current: current.number, signed: endorsement.signedVersion.number }}
            />
          </p>
          <ManageChanges token={token} from={endorsement.signedVersion.number} to={current.number} />
          <ErrorNote error={reconfirmed.error} words={words} />
          <button
            type="button"
            disabled={reconfirmed.fetching}
            aria-busy={reconfirmed.fetching}
            onClick={() => void reconfirm(current.contentHash)}
          >
            {reconfirmed.fetching ? (
              <FormattedMessage id="signing.confirming" defaultMessage="Confirming…" />
            ) : (
              <FormattedMessage
                id="signing.manage.confirmVersion"
                defaultMessage="Confirm version {version}"
                values={{ version: current.number }}
              />
            )}
          </button>
        </section>
      ) : (
        <section className="card" aria-labelledby="named-heading">
          <h2 id="named-heading">
            <FormattedMessage id="signing.manage.namedHeading" defaultMessage="Named or unnamed" />
          </h2>
          <p>
            {endorsement.anonymous ? (
              <FormattedMessage
                id="signing.manage.publicCount"
                defaultMessage="The public sees your organisation only in the count of those who cannot be named."
              />
            ) : (
              <FormattedMessage
                id="signing.manage.publicName"
                defaultMessage="The public sees your organisation’s name among the signatories."
              />
            )}
            {behind && (
              <>
                {' '}
                <FormattedMessage
                  id="signing.manage.switchSignsCurrent"
                  defaultMessage="Switching signs the text as it stands now, version {version}."
                  values={{ version: current.number }}
                />
              </>
            )}
          </p>
          {reconfirmed.data && !reconfirmed.fetching && (
            <Notice>
              <FormattedMessage
                id="signing.manage.saved"
                defaultMessage="Saved: your organisation is {anonymous, select, true {not named} other {named}}."
                values={{ anonymous: String(endorsement.anonymous) }}
              />
            </Notice>
          )}
          <ErrorNote error={reconfirmed.error} words={words} />
          <button
            type="button"
            className="secondary"
            disabled={reconfirmed.fetching}
            aria-busy={reconfirmed.fetching}
            onClick={() => void reconfirm(current.contentHash, !endorsement.anonymous)}
          >
            {endorsement.anonymous ? (
              <FormattedMessage id="signing.manage.beNamed" defaultMessage="Be named" />
            ) : (
              <FormattedMessage id="signing.manage.beUnnamed" defaultMessage="Sign without being named" />
            )}
          </button>
        </section>
      )}
      <section className="card" aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading">
          <FormattedMessage id="signing.manage.withdrawHeading" defaultMessage="Withdraw the signature" />
        </h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            withdraw();
          }}
        >
          <TextArea
            label={intl.formatMessage({
              id: 'signing.manage.withdrawReason',
              defaultMessage: 'Reason (optional, for the lead organisations)',
            })}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <ErrorNote error={withdrawn.error} words={words} />
          <Submit
            busy={withdrawn.fetching}
            busyText={<FormattedMessage id="signing.withdrawing" defaultMessage="Withdrawing…" />}
          >
            <FormattedMessage id="signing.manage.withdraw" defaultMessage="Withdraw the signature" />
          </Submit>
        </form>
      </section>
    </>
  );
}
