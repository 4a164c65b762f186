import { useSession } from '../../auth';
import { SignInFirst } from '../../components/sign-in-first';
import { errorCode } from '../../errors';
import { FormattedMessage, useIntl } from 'react-intl';
import { statusMessage } from '../../letter-status';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Loading, PageTitle } from '../../ui';
import { DeclineForm } from './components/decline-form';
import { GuestSigningForm } from './components/guest-signing-form';
import { InvitationLetter } from './components/invitation-letter';
import { LetterInvitationForms } from './components/letter-invitation-forms';
import type { InvitationView } from './graphql';
import { useInvitation } from './hooks/use-invitation';

/**
 * What the invitation mail's link opens. An invitation sent to an address signs here, on this one
 * page, with no account (signByInvitation); one sent to an organisation on Undersigned is answered
 * by its members signed in, as is any invitation by someone signed in who prefers to.
 */
export function LetterInvitationPage() {
  const token = useLinkToken();
  const signedIn = useSession();
  const intl = useIntl();
  const { result, refresh } = useInvitation(token);
  const invitation = result.data?.invitationByLink;

  if (!invitation) {
    if (result.fetching || (!result.error && token)) return <Loading />;
    return (
      <>
        <PageTitle>
          <FormattedMessage id="signing.invitation.title" defaultMessage="Invitation to endorse a letter" />
        </PageTitle>
        {errorCode(result.error) === 'NOT_FOUND' || !token ? (
          <p>
            <FormattedMessage
              id="signing.invitation.invalid"
              defaultMessage="This invitation link is no longer valid: it was answered, declined or has expired. If you signed with it, the receipt we mailed you has a link to manage your signature."
            />
          </p>
        ) : (
          <ErrorNote error={result.error} />
        )}
        {signedIn && token && <LetterInvitationForms token={token} />}
      </>
    );
  }
  const { letter } = invitation;
  const open = letter.status === 'OPEN';
  const invitee = invitation.organisation?.name ?? invitation.name;
  return (
    <article>
      <PageTitle>{letter.currentVersion.title}</PageTitle>
      <p>
        <FormattedMessage
          id="signing.invitation.invited"
          defaultMessage="{hasInvitee, select, true {You are invited to co-sign this letter for <bdi>{invitee}</bdi>.} other {You are invited to co-sign this letter.}} {status}"
          values={{
            hasInvitee: String(Boolean(invitee)),
            invitee: invitee ?? '',
            bdi: (chunks) => <bdi>{chunks}</bdi>,
            status: (
              <span className="tag">
                <FormattedMessage {...statusMessage(letter.status)} />
              </span>
            ),
          }}
        />
      </p>
      <InvitationLetter letter={letter} />
      {invitation.organisation ? (
        // Sent to an organisation on Undersigned: its members answer it signed in, as before.
        signedIn ? (
          <LetterInvitationForms token={token} />
        ) : (
          <SignInFirst
            what={intl.formatMessage({
              id: 'signing.invitation.signInToAnswer',
              defaultMessage: 'answer for your organisation',
            })}
            token={token}
          />
        )
      ) : (
        <GuestAnswers
          token={token}
          invitation={invitation}
          open={open}
          signedIn={Boolean(signedIn)}
          onStale={refresh}
        />
      )}
    </article>
  );
}

/** An invitation sent to an address: the one-page signing form, and the other answers beside it. */
function GuestAnswers({
  token,
  invitation,
  open,
  signedIn,
  onStale,
}: {
  token: string;
  invitation: InvitationView;
  open: boolean;
  signedIn: boolean;
  onStale: () => void;
}) {
  const others = signedIn ? (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">
        <FormattedMessage id="signing.invitation.accountHeading" defaultMessage="Or answer from your account" />
      </h2>
      <p>
        <FormattedMessage
          id="signing.invitation.accountIntro"
          defaultMessage="You are signed in: you may instead accept the invitation for an organisation you sign for."
        />
      </p>
      <LetterInvitationForms token={token} />
    </section>
  ) : (
    <details className="card">
      <summary>
        <FormattedMessage id="signing.invitation.declineSummary" defaultMessage="Not signing? Decline the invitation" />
      </summary>
      <DeclineForm token={token} />
    </details>
  );
  if (!open) {
    return (
      <>
        <p>
          <FormattedMessage
            id="signing.invitation.notOpen"
            defaultMessage="This letter is not open for signatures: it can be signed once its leads open it, until it closes."
          />
        </p>
        {others}
      </>
    );
  }
  return (
    <GuestSigningForm token={token} invitation={invitation} onStale={onStale}>
      {others}
    </GuestSigningForm>
  );
}
