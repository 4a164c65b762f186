import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { ErrorNote, Field, PageTitle, Submit } from '../../ui';
import { usePasskeySignIn } from './hooks/use-passkey-sign-in';
import { useSignIn } from './hooks/use-sign-in';

export function SignInPage() {
  const { email, setEmail, password, setPassword, code, setCode, needsCode, result, submit } = useSignIn();
  const passkey = usePasskeySignIn();
  const intl = useIntl();
  const wrong = intl.formatMessage({
    id: 'account.signIn.wrongPassword',
    defaultMessage: 'The email or password is not right.',
  });

  return (
    <>
      <PageTitle>
        <FormattedMessage id="account.signIn.title" defaultMessage="Sign in" />
      </PageTitle>
      <form onSubmit={submit} className="card narrow">
        <Field
          label={intl.formatMessage({ id: 'account.signIn.email', defaultMessage: 'Email' })}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          label={intl.formatMessage({ id: 'account.signIn.password', defaultMessage: 'Password' })}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {needsCode && (
          <Field
            label={intl.formatMessage({
              id: 'account.signIn.code',
              defaultMessage: 'Code from your authenticator app',
            })}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        <ErrorNote error={result.error} words={{ UNAUTHENTICATED: wrong, BAD_USER_INPUT: wrong }} />
        <Submit
          busy={result.fetching}
          busyText={<FormattedMessage id="account.signIn.busy" defaultMessage="Signing in…" />}
        >
          <FormattedMessage id="account.signIn.submit" defaultMessage="Sign in" />
        </Submit>
      </form>
      <div className="card narrow">
        <button type="button" onClick={() => void passkey.signIn()} disabled={passkey.busy} aria-busy={passkey.busy}>
          <FormattedMessage id="passkey.signIn.button" defaultMessage="Sign in with a passkey" />
        </button>
        <ErrorNote
          error={passkey.error}
          words={{
            UNAUTHENTICATED: intl.formatMessage({
              id: 'passkey.signIn.refused',
              defaultMessage: 'This passkey was not accepted. Try again, or sign in with your password.',
            }),
          }}
        />
        {passkey.browserFailed && (
          <p className="error" role="alert">
            <FormattedMessage
              id="passkey.signIn.browserFailed"
              defaultMessage="No passkey answered: the browser or the authenticator refused, or it was cancelled."
            />
          </p>
        )}
      </div>
      <p>
        <Link href="/forgot-password">
          <FormattedMessage id="account.signIn.forgot" defaultMessage="Forgot your password?" />
        </Link>
      </p>
      <p>
        <FormattedMessage
          id="account.signIn.noAccount"
          defaultMessage="No account yet? <link>Create one</link>."
          values={{ link: (chunks) => <Link href="/signup">{chunks}</Link> }}
        />
      </p>
    </>
  );
}
