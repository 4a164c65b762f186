import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { session, setSession } from '../../auth';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ACCOUNT_MESSAGES } from '../../messages/account';
import { ErrorNote, Field, Notice, PageTitle, Submit } from '../../ui';

const WORDS = ACCOUNT_MESSAGES.reset;

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
        <PageTitle>{WORDS.title}</PageTitle>
        <Notice>{WORDS.done}</Notice>
        <p>
          <Link href="/signin">{WORDS.signIn}</Link>
        </p>
      </>
    );
  }
  if (!token) {
    return (
      <>
        <PageTitle>{WORDS.title}</PageTitle>
        <p>
          {WORDS.noToken} <Link href="/forgot-password">{WORDS.askAgain}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>{WORDS.title}</PageTitle>
      <form onSubmit={submit} className="card narrow">
        <p>{WORDS.intro}</p>
        <Field
          label={WORDS.password}
          hint={WORDS.passwordHint}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {needsCode && (
          <Field
            label={WORDS.code}
            hint={WORDS.codeNeeded}
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        <ErrorNote
          error={result.error}
          words={{
            BAD_USER_INPUT: password.length < 10 ? WORDS.tooShort : WORDS.invalid,
            TWO_FACTOR_REQUIRED: code ? WORDS.wrongCode : WORDS.codeNeeded,
          }}
        />
        {errorCode(result.error) === 'BAD_USER_INPUT' && password.length >= 10 && (
          <p>
            <Link href="/forgot-password">{WORDS.askAgain}</Link>
          </p>
        )}
        <Submit busy={result.fetching} busyText={WORDS.busy}>
          {WORDS.submit}
        </Submit>
      </form>
    </>
  );
}
