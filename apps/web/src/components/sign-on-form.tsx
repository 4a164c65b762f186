import { useEffect, useRef } from 'react';
import type { SignOnLetterFragment } from '../gql/graphql';
import { useSignOnRequest } from '../hooks/use-sign-on-request';
import { ErrorNote, Submit } from '../ui';
import { SigningFields } from './signing-fields';

const WORDS = {
  BAD_USER_INPUT: 'Please check the form: something in it was not accepted.',
  INVALID_STATE: 'This letter no longer takes signatures from this page.',
  DEADLINE_PASSED: 'The deadline for signing this letter has passed.',
  NOT_FOUND: 'This letter is no longer public.',
  STALE_VERSION: 'The letter’s text changed since this page was loaded: reload the page to read it before you sign on.',
};

/**
 * The open sign-on form: the fields a guest signs with, and the address the confirmation link goes
 * to. Sent, it says to check the mail — the same words whatever the server decided.
 */
export function SignOnForm({ letter }: { letter: SignOnLetterFragment }) {
  const { fields, requested, sentTo, placed, submit } = useSignOnRequest(
    letter.id,
    letter.currentVersion?.contentHash ?? null,
  );
  const form = useRef<HTMLFormElement>(null);
  const done = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sentTo) done.current?.focus();
    else form.current?.querySelector<HTMLElement>('input')?.focus();
  }, [sentTo]);

  if (sentTo) {
    return (
      <div data-testid="sign-on-sent">
        <h3 ref={done} tabIndex={-1}>
          Check your mail
        </h3>
        <p role="status">
          We sent a link to <bdi>{sentTo}</bdi>. Open it and press Confirm to sign version{' '}
          {letter.currentVersion.number} of this text. Nothing is signed until you do; if the text changes meanwhile,
          ask again here.
        </p>
      </div>
    );
  }
  const showError = Boolean(requested.error) && !placed;
  return (
    <>
      <p>
        You ask to sign exactly version {letter.currentVersion.number} of the text, whose hash is{' '}
        <code>{letter.currentVersion.contentHash}</code>. We mail you a link to confirm; the lead organisations approve
        a signature before it is listed.
      </p>
      <form
        ref={form}
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-describedby={showError ? 'sign-on-error' : undefined}
      >
        <SigningFields fields={fields} withEmail />
        {showError && <ErrorNote id="sign-on-error" error={requested.error} words={WORDS} />}
        <Submit busy={requested.fetching} busyText="Sending…">
          Send me the confirmation link
        </Submit>
      </form>
    </>
  );
}
