import { useEffect, useRef } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { SignOnLetterFragment } from '../gql/graphql';
import { useSignOnRequest } from '../hooks/use-sign-on-request';
import { ErrorNote, Submit } from '../ui';
import { SigningFields } from './signing-fields';

const WORDS = defineMessages({
  BAD_USER_INPUT: {
    id: 'signOnForm.error.BAD_USER_INPUT',
    defaultMessage: 'Please check the form: something in it was not accepted.',
  },
  INVALID_STATE: {
    id: 'signOnForm.error.INVALID_STATE',
    defaultMessage: 'This letter no longer takes signatures from this page.',
  },
  DEADLINE_PASSED: {
    id: 'signOnForm.error.DEADLINE_PASSED',
    defaultMessage: 'The deadline for signing this letter has passed.',
  },
  NOT_FOUND: { id: 'signOnForm.error.NOT_FOUND', defaultMessage: 'This letter is no longer public.' },
  STALE_VERSION: {
    id: 'signOnForm.error.STALE_VERSION',
    defaultMessage:
      'The letter’s text changed since this page was loaded: reload the page to read it before you sign on.',
  },
});

/**
 * The open sign-on form: the fields a guest signs with, and the address the confirmation link goes
 * to. Sent, it says to check the mail — the same words whatever the server decided.
 */
export function SignOnForm({ letter }: { letter: SignOnLetterFragment }) {
  const { fields, requested, sentTo, placed, submit } = useSignOnRequest(
    letter.id,
    letter.currentVersion?.contentHash ?? null,
  );
  const intl = useIntl();
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
          <FormattedMessage id="signOnForm.sent.heading" defaultMessage="Check your mail" />
        </h3>
        <p role="status">
          <FormattedMessage
            id="signOnForm.sent.text"
            defaultMessage="We sent a link to <bdi>{email}</bdi>. Open it and press Confirm to sign version {version} of this text. Nothing is signed until you do; if the text changes meanwhile, ask again here."
            values={{ email: sentTo, version: letter.currentVersion.number, bdi: (chunks) => <bdi>{chunks}</bdi> }}
          />
        </p>
      </div>
    );
  }
  const showError = Boolean(requested.error) && !placed;
  return (
    <>
      <p>
        <FormattedMessage
          id="signOnForm.intro"
          defaultMessage="You ask to sign exactly version {version} of the text, whose hash is <code>{hash}</code>. We mail you a link to confirm; the lead organisations approve a signature before it is listed."
          values={{
            version: letter.currentVersion.number,
            hash: letter.currentVersion.contentHash,
            code: (chunks) => <code>{chunks}</code>,
          }}
        />
      </p>
      <form
        ref={form}
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-describedby={showError ? 'sign-on-error' : undefined}
      >
        <SigningFields fields={fields} withEmail />
        {showError && (
          <ErrorNote
            id="sign-on-error"
            error={requested.error}
            words={Object.fromEntries(
              Object.entries(WORDS).map(([code, message]) => [code, intl.formatMessage(message)]),
            )}
          />
        )}
        <Submit busy={requested.fetching} busyText={<FormattedMessage id="ui.sending" defaultMessage="Sending…" />}>
          <FormattedMessage id="signOnForm.submit" defaultMessage="Send me the confirmation link" />
        </Submit>
      </form>
    </>
  );
}
