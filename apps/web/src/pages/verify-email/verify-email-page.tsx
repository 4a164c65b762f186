import { Link } from 'wouter';
import { useMutation } from 'urql';
import { useSession } from '../../auth';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';

const VerifyEmail = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      emailVerified
    }
  }
`);

export function VerifyEmailPage() {
  const token = useLinkToken();
  const signedIn = useSession();
  const [result, verify] = useMutation(VerifyEmail);
  // A button press, not the page opening: mail scanners that follow links (and run scripts) must not
  // confirm an address for someone who never received the mail.
  return (
    <>
      <PageTitle>Confirm your email address</PageTitle>
      {result.data?.verifyEmail.emailVerified ? (
        <Notice>
          Your email address is confirmed. <Link href="/signin">Sign in</Link> or{' '}
          <Link href="/">go to your start page</Link>.
        </Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void verify({ token });
          }}
        >
          <p>
            This link confirms that the email address it was sent to belongs to an account on Undersigned
            {signedIn && (
              <>
                {' '}
                (you are signed in as <bdi>{signedIn.name}</bdi>)
              </>
            )}
            . Press the button if you created that account; if you did not, close this page.
          </p>
          <ErrorNote
            error={result.error}
            words={{ NOT_FOUND: 'This link is not valid any more. Sign in to ask for a new one.' }}
          />
          <Submit busy={result.fetching} busyText="Confirming…">
            Confirm my email address
          </Submit>
        </form>
      )}
    </>
  );
}
