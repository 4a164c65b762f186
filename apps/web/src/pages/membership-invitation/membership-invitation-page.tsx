import { Link } from 'wouter';
import { useMutation } from 'urql';
import { useSession } from '../../auth';
import { SignInFirst } from '../../components/sign-in-first';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';

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
