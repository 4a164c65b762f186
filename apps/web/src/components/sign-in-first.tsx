import { FormattedMessage } from 'react-intl';
import { Link, useLocation } from 'wouter';

/** Sends the visitor to sign in and back to this very link; `what` (in the page's language) says what for. */
export function SignInFirst({ what, token }: { what: string; token: string }) {
  const [location] = useLocation();
  const next = encodeURIComponent(`${location}?token=${encodeURIComponent(token)}`);
  return (
    <p>
      <FormattedMessage
        id="signing.signInFirst"
        defaultMessage="Please <signin>sign in</signin> to {what}. No account yet? <signup>Create one</signup>, then open this link again."
        values={{
          what,
          signin: (chunks) => <Link href={`/signin?next=${next}`}>{chunks}</Link>,
          signup: (chunks) => <Link href="/signup">{chunks}</Link>,
        }}
      />
    </p>
  );
}
