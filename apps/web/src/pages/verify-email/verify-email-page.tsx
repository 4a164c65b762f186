import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const [result, verify] = useMutation(VerifyEmail);
  // A button press, not the page opening: mail scanners that follow links (and run scripts) must not
  // confirm an address for someone who never received the mail.
  return (
    <>
      <PageTitle>
        <FormattedMessage id="account.verifyEmail.title" defaultMessage="Confirm your email address" />
      </PageTitle>
      {result.data?.verifyEmail.emailVerified ? (
        <Notice>
          <FormattedMessage
            id="account.verifyEmail.done"
            defaultMessage="Your email address is confirmed. <signIn>Sign in</signIn> or <home>go to your start page</home>."
            values={{
              signIn: (chunks) => <Link href="/signin">{chunks}</Link>,
              home: (chunks) => <Link href="/">{chunks}</Link>,
            }}
          />
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
            <FormattedMessage
              id="account.verifyEmail.intro"
              defaultMessage="This link confirms that the email address it was sent to belongs to an account on Undersigned{signedIn, select, yes { (you are signed in as <bdi>{name}</bdi>)} other {}}. Press the button if you created that account; if you did not, close this page."
              values={{
                signedIn: signedIn ? 'yes' : 'no',
                name: signedIn?.name ?? '',
                bdi: (chunks) => <bdi>{chunks}</bdi>,
              }}
            />
          </p>
          <ErrorNote
            error={result.error}
            words={{
              NOT_FOUND: intl.formatMessage({
                id: 'account.verifyEmail.invalid',
                defaultMessage: 'This link is not valid any more. Sign in to ask for a new one.',
              }),
            }}
          />
          <Submit
            busy={result.fetching}
            busyText={<FormattedMessage id="account.verifyEmail.busy" defaultMessage="Confirming…" />}
          >
            <FormattedMessage id="account.verifyEmail.submit" defaultMessage="Confirm my email address" />
          </Submit>
        </form>
      )}
    </>
  );
}
