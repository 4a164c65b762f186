import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ReauthenticationDialog } from '../../../components/reauthentication-dialog';
import { ErrorNote, Field, Notice, Submit } from '../../../ui';
import { useChangePassword } from '../hooks/use-change-password';

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [result, changePassword, prompt] = useChangePassword();
  const intl = useIntl();

  function submit(event: FormEvent) {
    event.preventDefault();
    void changePassword({ currentPassword, password });
  }

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">
        <FormattedMessage id="account.settings.passwordHeading" defaultMessage="Change your password" />
      </h2>
      {result.data?.changePassword ? (
        <Notice>
          <FormattedMessage
            id="account.settings.passwordChanged"
            defaultMessage="Your password is changed. Your other devices were signed out."
          />
        </Notice>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <Field
            label={intl.formatMessage({ id: 'account.settings.currentPassword', defaultMessage: 'Current password' })}
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
          />
          <Field
            label={intl.formatMessage({ id: 'account.settings.newPassword', defaultMessage: 'New password' })}
            hint={intl.formatMessage(
              {
                id: 'account.settings.newPasswordHint',
                defaultMessage: 'At least {count, number} characters. Your other devices will be signed out.',
              },
              { count: 10 },
            )}
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {!prompt && (
            <ErrorNote
              error={result.error}
              words={{
                BAD_USER_INPUT: intl.formatMessage(
                  {
                    id: 'account.settings.wrongCurrentPassword',
                    defaultMessage:
                      'The current password is not right, or the new one is shorter than {count, number} characters.',
                  },
                  { count: 10 },
                ),
              }}
            />
          )}
          <Submit
            busy={result.fetching}
            busyText={<FormattedMessage id="account.settings.passwordBusy" defaultMessage="Changing…" />}
          >
            <FormattedMessage id="account.settings.passwordSubmit" defaultMessage="Change password" />
          </Submit>
        </form>
      )}
      {prompt && <ReauthenticationDialog prompt={prompt} />}
    </section>
  );
}
