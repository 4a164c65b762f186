import { Link } from 'wouter';
import { ErrorNote, Field, Notice, PageTitle, Submit } from '../../ui';
import { useSignUp } from './hooks/use-sign-up';

export function SignUpPage() {
  const { name, setName, email, setEmail, password, setPassword, result, submit } = useSignUp();

  if (result.data?.signUp) {
    return (
      <>
        <PageTitle>Check your email</PageTitle>
        <Notice>
          We sent a link to <bdi>{email}</bdi>. Open it to confirm your address, then{' '}
          <Link href="/signin">sign in</Link>.
        </Notice>
      </>
    );
  }
  return (
    <>
      <PageTitle>Create an account</PageTitle>
      <form className="card narrow" onSubmit={submit}>
        <Field label="Your name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
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
          hint="At least 12 characters."
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorNote
          error={result.error}
          words={{ BAD_USER_INPUT: 'Please check the email address, and use a password of at least 12 characters.' }}
        />
        <Submit busy={result.fetching} busyText="Creating your account…">
          Create account
        </Submit>
      </form>
    </>
  );
}
