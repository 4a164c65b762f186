import { Link } from 'wouter';
import { useSession } from '../../auth';
import { PageTitle } from '../../ui';
import { SignedInHome } from './components/signed-in-home';

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
  return <SignedInHome />;
}
