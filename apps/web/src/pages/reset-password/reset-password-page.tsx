import { useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { session, setSession } from '../../auth';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Field, Notice, PageTitle, Submit } from '../../ui';

const WORDS = defineMessages({
  code: { id: 'account.reset.code', defaultMessage: 'Code from your authenticator app, or a recovery code' },
  codeNeeded: {
    id: 'account.reset.codeNeeded',
    defaultMessage:
      'Your account has two-factor sign-in on: enter the code from your authenticator app, or a recovery code.',
  },
  invalid: {
    id: 'account.reset.invalid',
    defaultMessage: 'This link is not valid any more (it was used, or is older than an hour). Ask for a new one.',
  },
  wrongCode: {
    id: 'account.reset.wrongCode',
    defaultMessage: 'This code is not valid. Enter the current code from your app, or an unused recovery code.',
  },
});

const TITLE = <FormattedMessage id="account.reset.title" defaultMessage="Choose a new password" />;
const ASK_AGAIN = <FormattedMessage id="account.reset.askAgain" defaultMessage="Ask for a new link" />;

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $password: String!, $code: String) {
    resetPassword(token: $token, password: $password, code: $code)
  }
`);

/** The reset mail's link: a new password, and the two-factor code when the account asks for one. */
export function ResetPasswordPage() {
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [result, reset] = useMutation(ResetPassword);
  const intl = useIntl();
  const needsCode = errorCode(result.error) === 'TWO_FACTOR_REQUIRED' || code !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await reset({ token, password, code: code || null });
    // Every session ended, this browser's too.
    if (outcome.data?.resetPassword && session()) setSession(null);
  }

  if (result.data?.resetPassword) {
    return (
      <>
        <PageTitle>{TITLE}</PageTitle>
        <Notice>
          <FormattedMessage
            id="account.reset.done"
            defaultMessage="Your password is changed and every device was signed out."
          />
        </Notice>
        <p>
          <Link href="/signin">
            <FormattedMessage id="account.reset.signIn" defaultMessage="Sign in with the new password" />
          </Link>
        </p>
      </>
    );
  }
  if (!token) {
    return (
      <>
        <PageTitle>{TITLE}</PageTitle>
        <p>
          <FormattedMessage
            id="account.reset.noToken"
            defaultMessage="This page opens from the link in the mail we sent you. <link>Ask for a new link</link>"
            values={{ link: (chunks) => <Link href="/forgot-password">{chunks}</Link> }}
          />
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <form onSubmit={submit} className="card narrow">
        <p>
          <FormattedMessage
            id="account.reset.intro"
            defaultMessage="Resetting your password signs you out on every device."
          />
        </p>
        <Field
          label={intl.formatMessage({ id: 'account.reset.password', defaultMessage: 'New password' })}
          hint={intl.formatMessage(
            { id: 'account.reset.passwordHint', defaultMessage: 'At least {count, number} characters.' },
            { count: 10 },
          )}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {needsCode && (
          <Field
            label={intl.formatMessage(WORDS.code)}
            hint={intl.formatMessage(WORDS.codeNeeded)}
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        <ErrorNote
          error={result.error}
          words={{
            BAD_USER_INPUT:
              password.length < 10
                ? intl.formatMessage(
                    {
                      id: 'account.reset.tooShort',
                      defaultMessage: 'Please use a password of at least {count, number} characters.',
                    },
                    { count: 10 },
                  )
                : intl.formatMessage(WORDS.invalid),
            TWO_FACTOR_REQUIRED: intl.formatMessage(code ? WORDS.wrongCode : WORDS.codeNeeded),
          }}
        />
        {errorCode(result.error) === 'BAD_USER_INPUT' && password.length >= 10 && (
          <p>
            <Link href="/forgot-password">{ASK_AGAIN}</Link>
          </p>
        )}
        <Submit busy={result.fetching} busyText={<FormattedMessage id="account.reset.busy" defaultMessage="Saving…" />}>
          <FormattedMessage id="account.reset.submit" defaultMessage="Set the new password" />
        </Submit>
      </form>
    </>
  );
}
