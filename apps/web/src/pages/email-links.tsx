import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth';
import { graphql } from '../gql';
import { useLinkToken } from '../link-token';
import { ErrorNote, Loading, Notice, PageTitle, Select, Submit, TextArea } from '../ui';

/** Sends the visitor to sign in and back to this very link. */
function SignInFirst({ what, token }: { what: string; token: string }) {
  const [location] = useLocation();
  const next = encodeURIComponent(`${location}?token=${encodeURIComponent(token)}`);
  return (
    <p>
      Please <Link href={`/signin?next=${next}`}>sign in</Link> to {what}. No account yet?{' '}
      <Link href="/signup">Create one</Link>, then open this link again.
    </p>
  );
}

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

const AcceptMembership = graphql(`
  mutation AcceptMembership($token: String!) {
    acceptMembershipInvitation(token: $token) {
      id
      role
      organisation {
        id
        name
      }
    }
  }
`);

export function MembershipInvitationPage() {
  const token = useLinkToken();
  const signedIn = useSession();
  const [result, accept] = useMutation(AcceptMembership);
  const membership = result.data?.acceptMembershipInvitation;
  return (
    <>
      <PageTitle>Join an organisation</PageTitle>
      {!signedIn ? (
        <SignInFirst what="accept the invitation" token={token} />
      ) : membership ? (
        <Notice>
          You are now a member of{' '}
          <Link href={`/organisations/${membership.organisation.id}`}>
            <bdi>{membership.organisation.name}</bdi>
          </Link>{' '}
          ({membership.role.toLowerCase()}).
        </Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void accept({ token });
          }}
        >
          <p>You were invited to join an organisation on Undersigned.</p>
          <ErrorNote
            error={result.error}
            words={{ FORBIDDEN: 'This invitation was sent to another email address. Sign in with that address.' }}
          />
          <Submit busy={result.fetching}>Accept the invitation</Submit>
        </form>
      )}
    </>
  );
}

const SigningOrganisations = graphql(`
  query SigningOrganisations {
    me {
      ...MyMemberships
    }
  }
`);

const AcceptLetterInvitation = graphql(`
  mutation AcceptLetterInvitation($token: String!, $organisationId: ID!) {
    acceptInvitation(token: $token, organisationId: $organisationId) {
      id
      status
      letter {
        id
        slug
        title
      }
    }
  }
`);

const DeclineLetterInvitation = graphql(`
  mutation DeclineLetterInvitation($token: String!, $reason: String) {
    declineInvitation(token: $token, reason: $reason) {
      id
      status
    }
  }
`);

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

function LetterInvitationForms({ token }: { token: string }) {
  const [me] = useQuery({ query: SigningOrganisations });
  const [accepted, accept] = useMutation(AcceptLetterInvitation);
  const [declined, decline] = useMutation(DeclineLetterInvitation);
  const [reason, setReason] = useState('');
  const signing = (me.data?.me.memberships ?? []).filter((m) => m.role === 'OWNER' || m.role === 'SIGNATORY');
  const [organisationId, setOrganisationId] = useState('');
  const chosen = organisationId || signing[0]?.organisation.id || '';

  if (!me.data) return me.error ? <ErrorNote error={me.error} /> : <Loading what="your organisations" />;
  const invitation = accepted.data?.acceptInvitation;
  if (invitation) {
    return (
      <Notice>
        Invitation accepted.{' '}
        <Link href={`/letters/${invitation.letter.slug}`}>
          Read and sign “<bdi>{invitation.letter.title}</bdi>”
        </Link>
        .
      </Notice>
    );
  }
  if (declined.data) return <Notice>You declined the invitation. The coordinators were told.</Notice>;
  if (signing.length === 0) {
    return (
      <p>Only an organisation’s owners and signatories can answer an invitation. Ask your organisation’s owner.</p>
    );
  }
  return (
    <>
      <form
        className="card narrow"
        onSubmit={(event) => {
          event.preventDefault();
          void accept({ token, organisationId: chosen });
        }}
      >
        <Select
          label="Answer for"
          value={chosen}
          onChange={setOrganisationId}
          options={signing.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))}
        />
        <ErrorNote
          error={accepted.error}
          words={{ FORBIDDEN: 'This invitation was sent to another address or organisation.' }}
        />
        <Submit busy={accepted.fetching}>Accept and read the letter</Submit>
      </form>
      <form
        className="card narrow"
        onSubmit={(event) => {
          event.preventDefault();
          void decline({ token, reason: reason || null });
        }}
      >
        <TextArea
          label="Reason for declining (optional)"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
        />
        <ErrorNote error={declined.error} />
        <Submit busy={declined.fetching}>Decline</Submit>
      </form>
    </>
  );
}
