import { useSession } from '../../auth';
import { SignInFirst } from '../../components/sign-in-first';
import { useLinkToken } from '../../link-token';
import { PageTitle } from '../../ui';
import { LetterInvitationForms } from './components/letter-invitation-forms';

export function LetterInvitationPage() {
  const token = useLinkToken();
  const signedIn = useSession();
  return (
    <>
      <PageTitle>Invitation to endorse a letter</PageTitle>
      {signedIn ? (
        <LetterInvitationForms token={token} />
      ) : (
        <SignInFirst what="answer for your organisation" token={token} />
      )}
    </>
  );
}
