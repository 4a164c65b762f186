import { Link } from 'wouter';
import { useSession } from '../../auth';
import { ACCOUNT_MESSAGES } from '../../messages/account';
import { PageTitle } from '../../ui';
import { ChangeEmailForm } from './components/change-email-form';
import { ChangePasswordForm } from './components/change-password-form';

const WORDS = ACCOUNT_MESSAGES.account;

/** The signed-in person's own account: password and address. */
export function AccountSettingsPage() {
  const signedIn = useSession();
  if (!signedIn) {
    return (
      <>
        <PageTitle>{WORDS.title}</PageTitle>
        <p>
          {WORDS.signInFirst} <Link href={`/signin?next=${encodeURIComponent('/account')}`}>{WORDS.signIn}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>{WORDS.title}</PageTitle>
      <ChangePasswordForm />
      <ChangeEmailForm />
    </>
  );
}
