import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorCode } from '../errors';
import type { ReauthenticationPrompt } from '../hooks/use-reauthenticated-mutation';
import { ACCOUNT_MESSAGES } from '../messages/account';
import { ErrorNote, Field, Submit } from '../ui';

const WORDS = ACCOUNT_MESSAGES.reauth;

/** The prompt shown when an operation answered REAUTHENTICATION_REQUIRED: a modal dialog asking the password again. */
export function ReauthenticationDialog({ prompt }: { prompt: ReauthenticationPrompt }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
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
        <h2 id="reauth-title">{WORDS.title}</h2>
        <p>{WORDS.intro}</p>
        <Field
          label={WORDS.password}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {needsCode && (
          <Field
            label={WORDS.code}
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        <ErrorNote
          error={prompt.result.error}
          words={{ BAD_USER_INPUT: WORDS.wrong, TWO_FACTOR_REQUIRED: WORDS.codeNeeded }}
        />
        <div className="actions">
          <Submit busy={prompt.result.fetching} busyText={WORDS.busy}>
            {WORDS.submit}
          </Submit>
          <button type="button" className="link" onClick={prompt.cancel}>
            {WORDS.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
