import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ReauthenticationDialog } from '../../../components/reauthentication-dialog';
import { ErrorNote, Field, Notice, Submit } from '../../../ui';
import { useChangeEmail } from '../hooks/use-change-email';

export function ChangeEmailForm() {
  const [email, setEmail] = useState('');
  const [result, changeEmail, prompt] = useChangeEmail();
  const intl = useIntl();

  function submit(event: FormEvent) {
    event.preventDefault();
    void changeEmail({ email });
  }

  return (
    <section aria-labelledby="email-heading">
      <h2 id="email-heading">
        <FormattedMessage id="account.settings.emailHeading" defaultMessage="Change your email address" />
      </h2>
      {result.data?.changeEmail ? (
        <Notice>
          <FormattedMessage
            id="account.settings.emailSent"
            defaultMessage="We mailed a link to the new address; the change happens when it is opened. Your current address was told."
          />
        </Notice>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <Field
            label={intl.formatMessage({ id: 'account.settings.newEmail', defaultMessage: 'New email address' })}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          {!prompt && (
            <ErrorNote
              error={result.error}
              words={{
                BAD_USER_INPUT: intl.formatMessage({
                  id: 'account.settings.badEmail',
                  defaultMessage: 'Please check the new address.',
                }),
              }}
            />
          )}
          <Submit busy={result.fetching} busyText={<FormattedMessage id="ui.sending" defaultMessage="Sending…" />}>
            <FormattedMessage id="account.settings.emailSubmit" defaultMessage="Send a confirmation link" />
          </Submit>
        </form>
      )}
      {prompt && <ReauthenticationDialog prompt={prompt} />}
    </section>
  );
}
