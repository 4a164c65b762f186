import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { useSession } from '../../auth';
import { SignInFirst } from '../../components/sign-in-first';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';
import { roleMessage } from '../../member-roles';

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
  const intl = useIntl();
  const membership = result.data?.acceptMembershipInvitation;
  return (
    <>
      <PageTitle>
        <FormattedMessage id="organisation.join.title" defaultMessage="Join an organisation" />
      </PageTitle>
      {!signedIn ? (
        <SignInFirst
          what={intl.formatMessage({ id: 'organisation.join.signInWhat', defaultMessage: 'accept the invitation' })}
          token={token}
        />
      ) : membership ? (
        <Notice>
          <FormattedMessage
            id="organisation.join.done"
            defaultMessage="You are now a member of <link>{organisation}</link> ({role})."
            values={{
              organisation: membership.organisation.name,
              role: intl.formatMessage(roleMessage(membership.role)),
              link: (chunks) => (
                <Link href={`/organisations/${membership.organisation.id}`}>
                  <bdi>{chunks}</bdi>
                </Link>
              ),
            }}
          />
        </Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void accept({ token });
          }}
        >
          <p>
            <FormattedMessage
              id="organisation.join.intro"
              defaultMessage="You were invited to join an organisation on Undersigned."
            />
          </p>
          <ErrorNote
            error={result.error}
            words={{
              FORBIDDEN: intl.formatMessage({
                id: 'organisation.join.otherAddress',
                defaultMessage: 'This invitation was sent to another email address. Sign in with that address.',
              }),
            }}
          />
          <Submit busy={result.fetching}>
            <FormattedMessage id="organisation.join.accept" defaultMessage="Accept the invitation" />
          </Submit>
        </form>
      )}
    </>
  );
}
