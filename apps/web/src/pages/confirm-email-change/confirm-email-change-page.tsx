import { type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { useMutation } from 'urql';
import { useSession } from '../../auth';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';

const ConfirmEmailChange = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      id
      email
    }
  }
`);

/**
 * The link mailed to a new address, confirmed signed in to the account that asked (the API refuses
 * anyone else: the owner of an address must not hand it to a stranger's account by a click).
 * A button press, not the page opening: mail scanners follow links.
 */
export function ConfirmEmailChangePage() {
  const token = useLinkToken();
  const signedIn = useSession();
  const [location] = useLocation();
  const [result, confirm] = useMutation(ConfirmEmailChange);
  const intl = useIntl();
  const intro = (
    <FormattedMessage
      id="account.confirmEmail.intro"
      defaultMessage="This link makes the address it was sent to the address of the Undersigned account that asked for it. Press the button only if that account is yours and you asked for it."
    />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    void confirm({ token });
  }

  const changed = result.data?.confirmEmailChange;
  const next = encodeURIComponent(`${location}?token=${encodeURIComponent(token)}`);
  return (
    <>
      <PageTitle>
        <FormattedMessage id="account.confirmEmail.title" defaultMessage="Confirm your new email address" />
      </PageTitle>
      {changed ? (
        <Notice>
          <FormattedMessage
            id="account.confirmEmail.done"
            defaultMessage="Your account now uses <bdi>{email}</bdi>. <link>Undersigned</link>"
            values={{
              email: changed.email,
              bdi: (chunks) => <bdi>{chunks}</bdi>,
              link: (chunks) => <Link href="/">{chunks}</Link>,
            }}
          />
        </Notice>
      ) : !signedIn ? (
        <div className="card narrow">
          <p>{intro}</p>
          <p>
            <FormattedMessage
              id="account.confirmEmail.signInFirst"
              defaultMessage="Sign in to the account that asked for the change first, then confirm it here. <link>Sign in and continue</link>"
              values={{ link: (chunks) => <Link href={`/signin?next=${next}`}>{chunks}</Link> }}
            />
          </p>
        </div>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <p>
            <FormattedMessage
              id="account.confirmEmail.signedInAs"
              defaultMessage="{intro} You are signed in as <bdi>{name}</bdi>."
              values={{ intro, name: signedIn.name, bdi: (chunks) => <bdi>{chunks}</bdi> }}
            />
          </p>
          <ErrorNote
            error={result.error}
            words={{
              BAD_USER_INPUT: intl.formatMessage({
                id: 'account.confirmEmail.invalid',
                defaultMessage: 'This link is not valid any more. Ask for the change again from your account page.',
              }),
              NOT_FOUND: intl.formatMessage({
                id: 'account.confirmEmail.otherAccount',
                defaultMessage:
                  'This change was asked for by another account, not the one you are signed in to. Nothing has changed. If you did not ask for it, ignore the link.',
              }),
            }}
          />
          <Submit
            busy={result.fetching}
            busyText={<FormattedMessage id="account.confirmEmail.busy" defaultMessage="Confirming…" />}
          >
            <FormattedMessage id="account.confirmEmail.submit" defaultMessage="Confirm the new address" />
          </Submit>
        </form>
      )}
    </>
  );
}
