import { Link } from 'wouter';
import { ACCOUNT_MESSAGES } from '../../messages/account';
import { ErrorNote, Field, PageTitle, Submit } from '../../ui';
import { useSignIn } from './hooks/use-sign-in';

export function SignInPage() {
  const { email, setEmail, password, setPassword, code, setCode, needsCode, result, submit } = useSignIn();

  return (
    <>
      <PageTitle>Sign in</PageTitle>
      <form onSubmit={submit} className="card narrow">
        <Field
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {needsCode && (
          <Field
            label="Code from your authenticator app"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        <ErrorNote
          error={result.error}
          words={{
            UNAUTHENTICATED: 'The email or password is not right.',
            BAD_USER_INPUT: 'The email or password is not right.',
          }}
        />
        <Submit busy={result.fetching} busyText="Signing in…">
          Sign in
        </Submit>
      </form>
      <p>
        <Link href="/forgot-password">{ACCOUNT_MESSAGES.signIn.forgot}</Link>
      </p>
      <p>
        No account yet? <Link href="/signup">Create one</Link>.
      </p>
    </>
  );
}
