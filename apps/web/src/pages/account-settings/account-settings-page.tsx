import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';
import { useSession } from '../../auth';
import { PageTitle } from '../../ui';
import { ChangeEmailForm } from './components/change-email-form';
import { ChangePasswordForm } from './components/change-password-form';
import { PasskeysSection } from './components/passkeys-section';
import { SessionsSection } from './components/sessions-section';

const TITLE = <FormattedMessage id="account.settings.title" defaultMessage="Your account" />;

/** The signed-in person's own account: password, address, passkeys and sessions. */
export function AccountSettingsPage() {
  const signedIn = useSession();
  if (!signedIn) {
    return (
      <>
        <PageTitle>{TITLE}</PageTitle>
        <p>
          <FormattedMessage
            id="account.settings.signInFirst"
            defaultMessage="Please sign in to manage your account. <link>Sign in</link>"
            values={{ link: (chunks) => <Link href={`/signin?next=${encodeURIComponent('/account')}`}>{chunks}</Link> }}
          />
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <ChangePasswordForm />
      <ChangeEmailForm />
      <PasskeysSection />
      <SessionsSection />
    </>
  );
}
