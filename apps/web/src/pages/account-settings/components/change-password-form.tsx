import { useState, type FormEvent } from 'react';
import { ReauthenticationDialog } from '../../../components/reauthentication-dialog';
import { ACCOUNT_MESSAGES } from '../../../messages/account';
import { ErrorNote, Field, Notice, Submit } from '../../../ui';
import { useChangePassword } from '../hooks/use-change-password';

const WORDS = ACCOUNT_MESSAGES.account;

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [result, changePassword, prompt] = useChangePassword();

  function submit(event: FormEvent) {
    event.preventDefault();
    void changePassword({ currentPassword, password });
  }

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{WORDS.passwordHeading}</h2>
      {result.data?.changePassword ? (
        <Notice>{WORDS.changed}</Notice>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <Field
            label={WORDS.current}
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
          />
          <Field
            label={WORDS.next}
            hint={WORDS.nextHint}
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {!prompt && <ErrorNote error={result.error} words={{ BAD_USER_INPUT: WORDS.wrongCurrent }} />}
          <Submit busy={result.fetching} busyText={WORDS.busy}>
            {WORDS.submit}
          </Submit>
        </form>
      )}
      {prompt && <ReauthenticationDialog prompt={prompt} />}
    </section>
  );
}
