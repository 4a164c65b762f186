import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';
import { useSession } from '../../auth';
import { PageTitle } from '../../ui';
import { SignedInHome } from './components/signed-in-home';

export function HomePage() {
  const signedIn = useSession();
  if (!signedIn) {
    return (
      <>
        <PageTitle>
          <FormattedMessage id="home.title" defaultMessage="Joint letters, signed together" />
        </PageTitle>
        <p>
          <FormattedMessage
            id="home.intro"
            defaultMessage="Draft a letter with partner organisations, invite others to co-sign the exact text, and deliver it with every signature verifiable."
          />
        </p>
        <p>
          <FormattedMessage
            id="home.signInOrSignUp"
            defaultMessage="<signIn>Sign in</signIn> or <signUp>create an account</signUp>."
            values={{
              signIn: (chunks) => <Link href="/signin">{chunks}</Link>,
              signUp: (chunks) => <Link href="/signup">{chunks}</Link>,
            }}
          />
        </p>
      </>
    );
  }
  return <SignedInHome />;
}
