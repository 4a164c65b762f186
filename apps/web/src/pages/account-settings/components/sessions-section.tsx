import { FormattedMessage } from 'react-intl';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { ErrorNote, formatDate } from '../../../ui';

const MySessions = graphql(`
  query MySessions {
    sessions {
      id
      createdAt
      lastUsedAt
      userAgent
      methods
      current
    }
  }
`);

/** How a session began, in words (its `methods`, as the API records them). */
function SignInMethod({ methods }: { methods: string[] }) {
  if (methods.includes('passkey'))
    return <FormattedMessage id="passkey.sessions.methodPasskey" defaultMessage="Signed in with a passkey" />;
  if (methods.includes('recovery'))
    return (
      <FormattedMessage
        id="passkey.sessions.methodRecovery"
        defaultMessage="Signed in with the password and a recovery code"
      />
    );
  if (methods.includes('totp'))
    return (
      <FormattedMessage
        id="passkey.sessions.methodTotp"
        defaultMessage="Signed in with the password and an authenticator code"
      />
    );
  return <FormattedMessage id="passkey.sessions.methodPassword" defaultMessage="Signed in with the password alone" />;
}

/** Where the account is signed in, and how each session began. */
export function SessionsSection() {
  const [result] = useQuery({ query: MySessions, requestPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">
        <FormattedMessage id="passkey.sessions.heading" defaultMessage="Where you are signed in" />
      </h2>
      <ErrorNote error={result.error} />
      <ul className="sessions">
        {(result.data?.sessions ?? []).map((session) => (
          <li key={session.id} aria-current={session.current ? 'true' : undefined}>
            <span dir="auto">{session.userAgent}</span>
            {session.current && <FormattedMessage id="passkey.sessions.current" defaultMessage="(this session)" />}
            <SignInMethod methods={session.methods} />
            <FormattedMessage
              id="passkey.sessions.dates"
              defaultMessage="since {created}, last used {used}"
              values={{ created: formatDate(session.createdAt), used: formatDate(session.lastUsedAt) }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
