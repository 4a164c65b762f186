import { useState, type FormEvent } from 'react';
import { ReauthenticationDialog } from '../../../components/reauthentication-dialog';
import { ACCOUNT_MESSAGES } from '../../../messages/account';
import { ErrorNote, Field, Notice, Submit } from '../../../ui';
import { useChangeEmail } from '../hooks/use-change-email';

const WORDS = ACCOUNT_MESSAGES.account;

export function ChangeEmailForm() {
  const [email, setEmail] = useState('');
  const [result, changeEmail, prompt] = useChangeEmail();

  function submit(event: FormEvent) {
    event.preventDefault();
    void changeEmail({ email });
  }

  return (
    <section aria-labelledby="email-heading">
      <h2 id="email-heading">{WORDS.emailHeading}</h2>
      {result.data?.changeEmail ? (
        <Notice>{WORDS.emailSent}</Notice>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <Field
            label={WORDS.newEmail}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          {!prompt && <ErrorNote error={result.error} words={{ BAD_USER_INPUT: WORDS.badEmail }} />}
          <Submit busy={result.fetching} busyText={WORDS.emailBusy}>
            {WORDS.emailSubmit}
          </Submit>
        </form>
      )}
      {prompt && <ReauthenticationDialog prompt={prompt} />}
    </section>
  );
}
