import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ACCOUNT_MESSAGES } from '../../messages/account';
import { ErrorNote, Field, Notice, PageTitle, Submit } from '../../ui';

const WORDS = ACCOUNT_MESSAGES.forgot;

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** From the sign-in page: asks for a reset link by mail. The answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [result, request] = useMutation(RequestPasswordReset);

  function submit(event: FormEvent) {
    event.preventDefault();
    void request({ email });
  }

  if (result.data?.requestPasswordReset) {
    return (
      <>
        <PageTitle>{WORDS.sentTitle}</PageTitle>
        <Notice>
          {WORDS.sent} <bdi>{email}</bdi>. {WORDS.sentAfter}
        </Notice>
        <p>
          <Link href="/signin">{WORDS.backToSignIn}</Link>
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
          label={WORDS.email}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <ErrorNote error={result.error} />
        <Submit busy={result.fetching} busyText={WORDS.busy}>
          {WORDS.submit}
        </Submit>
      </form>
      <p>
        <Link href="/signin">{WORDS.backToSignIn}</Link>
      </p>
    </>
  );
}
