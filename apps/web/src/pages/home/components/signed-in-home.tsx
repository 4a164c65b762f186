import { Link } from 'wouter';
import { ErrorNote, Loading, PageTitle } from '../../../ui';
import { useHome } from '../hooks/use-home';
import { EmailUnconfirmed } from './email-unconfirmed';
import { LetterList } from './letter-list';

/** The start page of someone signed in: their organisations and letters. */
export function SignedInHome() {
  const { result, home } = useHome();
  if (!home) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  const { me, mine, others } = home;
  return (
    <>
      <PageTitle>Welcome, {me.name}</PageTitle>
      {!me.emailVerified && <EmailUnconfirmed />}
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
        <LetterList items={mine} empty="Your organisations lead no letter yet." />
        {me.memberships.length > 0 && (
          <p>
            <Link href="/letters/new">Draft a new letter</Link>
          </p>
        )}
        {others.length > 0 && (
          <>
            <h3>Other letters you can read</h3>
            <LetterList items={others} empty="" />
          </>
        )}
      </section>
    </>
  );
}
