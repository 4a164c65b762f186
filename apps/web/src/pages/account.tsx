import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { setSession, useSession } from '../auth';
import { errorCode } from '../errors';
import { graphql } from '../gql';
import { ACCOUNT_MESSAGES } from '../messages/account';
import { ErrorNote, Field, Loading, Notice, PageTitle, Submit } from '../ui';
import { statusText } from '../letter-status';

const LogIn = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
      refreshToken
      user {
        id
        name
      }
    }
  }
`);

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

/** Where to go after signing in: a path of this app only, never another site. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [result, logIn] = useMutation(LogIn);
  const needsCode = errorCode(result.error) === 'TWO_FACTOR_REQUIRED' || code !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await logIn({ input: { email, password, ...(code ? { code } : {}) } });
    const payload = response.data?.logIn;
    if (!payload) return;
    setSession({
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      userId: payload.user.id,
      name: payload.user.name,
    });
    navigate(nextPath(search));
  }

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

export function SignUpPage() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signUp] = useMutation(SignUp);

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
      <form
        className="card narrow"
        onSubmit={(event) => {
          event.preventDefault();
          void signUp({ input: { name, email, password } });
        }}
      >
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

const HomeQuery = graphql(`
  query Home {
    me {
      ...MyMemberships
      name
      email
    }
    letters(first: 50) {
      edges {
        node {
          id
          slug
          title
          status
          leadOrganisations {
            id
            name
          }
        }
      }
    }
  }
`);

const Resend = graphql(`
  mutation ResendVerification {
    resendVerificationEmail
  }
`);

export function HomePage() {
  const signedIn = useSession();
  if (!signedIn) {
    return (
      <>
        <PageTitle>Joint letters, signed together</PageTitle>
        <p>
          Draft a letter with partner organisations, invite others to co-sign the exact text, and deliver it with every
          signature verifiable.
        </p>
        <p>
          <Link href="/signin">Sign in</Link> or <Link href="/signup">create an account</Link>.
        </p>
      </>
    );
  }
  return <Dashboard />;
}

function Dashboard() {
  const [result] = useQuery({ query: HomeQuery, requestPolicy: 'cache-and-network' });
  const [resent, resend] = useMutation(Resend);
  if (!result.data) return result.error ? <ErrorNote error={result.error} /> : <Loading what="your organisations" />;
  const { me, letters } = result.data;
  const myOrganisations = new Set(me.memberships.map((m) => m.organisation.id));
  const mine = letters.edges.filter(({ node }) => node.leadOrganisations.some((o) => myOrganisations.has(o.id)));
  const others = letters.edges.filter((edge) => !mine.includes(edge));
  return (
    <>
      <PageTitle>Welcome, {me.name}</PageTitle>
      {!me.emailVerified && (
        <div className="card warn">
          <p>
            Please confirm your email address with the link we sent you: until then you can read, but not act for an
            organisation.
          </p>
          {resent.data ? (
            <Notice>A new link is on its way.</Notice>
          ) : (
            <button type="button" onClick={() => void resend({})} disabled={resent.fetching}>
              Send the link again
            </button>
          )}
        </div>
      )}
      <section aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">Your organisations</h2>
        {me.memberships.length === 0 ? (
          <p>You are not a member of an organisation yet.</p>
        ) : (
          <ul>
            {me.memberships.map((m) => (
              <li key={m.id}>
                <Link href={`/organisations/${m.organisation.id}`}>
                  <bdi>{m.organisation.name}</bdi>
                </Link>{' '}
                <span className="tag">{m.role.toLowerCase()}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/organisations/new">Create an organisation</Link>
        </p>
      </section>
      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">Your letters</h2>
        <LetterList items={mine.map((e) => e.node)} empty="Your organisations lead no letter yet." />
        {me.memberships.length > 0 && (
          <p>
            <Link href="/letters/new">Draft a new letter</Link>
          </p>
        )}
        {others.length > 0 && (
          <>
            <h3>Other letters you can read</h3>
            <LetterList items={others.map((e) => e.node)} empty="" />
          </>
        )}
      </section>
    </>
  );
}

function LetterList({
  items,
  empty,
}: {
  items: { id: string; slug: string; title: string; status: string }[];
  empty: string;
}) {
  if (items.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul>
      {items.map((letter) => (
        <li key={letter.id}>
          <Link href={`/letters/${letter.slug}`}>
            <bdi>{letter.title}</bdi>
          </Link>{' '}
          <span className="tag">{statusText(letter.status)}</span>
        </li>
      ))}
    </ul>
  );
}
