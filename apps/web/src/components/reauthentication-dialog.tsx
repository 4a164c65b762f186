import { useEffect, useRef, useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../errors';
import type { ReauthenticationPrompt } from '../hooks/use-reauthenticated-mutation';
import { ErrorNote, Field, Submit } from '../ui';

const WORDS = defineMessages({
  password: { id: 'account.reauth.password', defaultMessage: 'Your password' },
  code: { id: 'account.reauth.code', defaultMessage: 'Code from your authenticator app, or a recovery code' },
  wrong: { id: 'account.reauth.wrong', defaultMessage: 'The password is not right.' },
  codeNeeded: {
    id: 'account.reauth.codeNeeded',
    defaultMessage: 'Enter the code from your authenticator app, or a recovery code.',
  },
});

/** The prompt shown when an operation answered REAUTHENTICATION_REQUIRED: a modal dialog asking the password again. */
export function ReauthenticationDialog({ prompt }: { prompt: ReauthenticationPrompt }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const intl = useIntl();
  const needsCode = errorCode(prompt.result.error) === 'TWO_FACTOR_REQUIRED' || code !== '';

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void prompt.confirm(password, code);
  }

  return (
    <dialog ref={dialog} className="card narrow" aria-labelledby="reauth-title" onCancel={prompt.cancel}>
      <form onSubmit={submit}>
        <h2 id="reauth-title">
          <FormattedMessage id="account.reauth.title" defaultMessage="Confirm it is you" />
        </h2>
        <p>
          <FormattedMessage
            id="account.reauth.intro"
            defaultMessage="This step protects your account: enter your password again to continue."
          />
        </p>
        <Field
          label={intl.formatMessage(WORDS.password)}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {needsCode && (
          <Field
            label={intl.formatMessage(WORDS.code)}
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        <ErrorNote
          error={prompt.result.error}
          words={{
            BAD_USER_INPUT: intl.formatMessage(WORDS.wrong),
            TWO_FACTOR_REQUIRED: intl.formatMessage(WORDS.codeNeeded),
          }}
        />
        <div className="actions">
          <Submit
            busy={prompt.result.fetching}
            busyText={<FormattedMessage id="account.reauth.busy" defaultMessage="Confirming…" />}
          >
            <FormattedMessage id="account.reauth.submit" defaultMessage="Confirm and continue" />
          </Submit>
          <button type="button" className="link" onClick={prompt.cancel}>
            <FormattedMessage id="account.reauth.cancel" defaultMessage="Cancel" />
          </button>
        </div>
      </form>
    </dialog>
  );
}
