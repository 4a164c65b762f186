import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ReauthenticationDialog } from '../../../components/reauthentication-dialog';
import { ErrorNote, Field, formatDate, Submit } from '../../../ui';
import { usePasskeys } from '../hooks/use-passkeys';

/** The account's passkeys: listed with when they were last used, named when registered, removable. */
export function PasskeysSection() {
  const intl = useIntl();
  const [name, setName] = useState('');
  const {
    passkeys,
    passkeySession,
    strictOrganisations,
    register,
    registering,
    registerError,
    browserFailed,
    startPrompt,
    removePasskey,
    removeError,
    lastRemovalError,
    removePrompt,
  } = usePasskeys();
  const lastInStrict = passkeys.length === 1 && strictOrganisations.length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    void register(name.trim());
    setName('');
  }

  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">
        <FormattedMessage id="passkey.account.heading" defaultMessage="Passkeys" />
      </h2>
      <p>
        <FormattedMessage
          id="passkey.account.intro"
          defaultMessage="A passkey signs you in without a password, and cannot be given away to a fake page. It counts as two-factor sign-in."
        />
      </p>
      {passkeys.length === 0 ? (
        <p>
          <FormattedMessage id="passkey.account.none" defaultMessage="You have no passkey yet." />
        </p>
      ) : (
        <ul className="passkeys">
          {passkeys.map((passkey) => (
            <li key={passkey.id}>
              <strong dir="auto">{passkey.name}</strong>
              <FormattedMessage
                id="passkey.account.dates"
                defaultMessage="added {created}; {used, select, never {never used} other {last used {used}}}"
                values={{
                  created: formatDate(passkey.createdAt),
                  used: passkey.lastUsedAt ? formatDate(passkey.lastUsedAt) : 'never',
                }}
              />
              <button type="button" onClick={() => void removePasskey(passkey.id, lastInStrict)}>
                <FormattedMessage
                  id="passkey.account.remove"
                  defaultMessage="Remove {name}"
                  values={{ name: passkey.name }}
                />
              </button>
            </li>
          ))}
        </ul>
      )}
      {lastInStrict && (
        <p className="notice" role="note">
          <FormattedMessage
            id="passkey.account.lastWarning"
            defaultMessage="{count, plural, one {{organisations} requires a passkey sign-in. Without this passkey you could no longer act for it; to remove it, sign in with it first.} other {{organisations} require a passkey sign-in. Without this passkey you could no longer act for them; to remove it, sign in with it first.}}"
            values={{
              organisations: strictOrganisations.map((organisation) => organisation.name).join(', '),
              count: strictOrganisations.length,
            }}
          />
        </p>
      )}
      <ErrorNote
        error={lastRemovalError}
        words={{
          REAUTHENTICATION_REQUIRED: intl.formatMessage({
            id: 'passkey.account.lastNeedsPasskey',
            defaultMessage:
              'This is your last passkey: sign out, sign in again with this passkey, then remove it within 5 minutes.',
          }),
        }}
      />
      <ErrorNote error={removeError} />
      {passkeys.length > 0 && !passkeySession ? (
        <p className="notice" role="note">
          <FormattedMessage
            id="revp.passkey.addNeedsPasskeySession"
            defaultMessage="To add another passkey, sign in with one you hold: a password and code could have been given to a fake page. If you lost it, remove it first."
          />
        </p>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <Field
            label={intl.formatMessage({ id: 'passkey.account.name', defaultMessage: 'Name of the new passkey' })}
            hint={intl.formatMessage({
              id: 'passkey.account.nameHint',
              defaultMessage: 'To tell your passkeys apart, such as “Work laptop”.',
            })}
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <ErrorNote error={registerError} />
          {browserFailed && (
            <p className="error" role="alert">
              <FormattedMessage
                id="passkey.account.browserFailed"
                defaultMessage="No passkey was created: the browser or the authenticator refused, or it was cancelled."
              />
            </p>
          )}
          <Submit
            busy={registering}
            busyText={<FormattedMessage id="passkey.account.adding" defaultMessage="Adding the passkey…" />}
          >
            <FormattedMessage id="passkey.account.add" defaultMessage="Add a passkey" />
          </Submit>
        </form>
      )}
      {startPrompt && <ReauthenticationDialog prompt={startPrompt} />}
      {removePrompt && <ReauthenticationDialog prompt={removePrompt} />}
    </section>
  );
}
