import { Link, useLocation } from 'wouter';

/** Sends the visitor to sign in and back to this very link. */
export function SignInFirst({ what, token }: { what: string; token: string }) {
  const [location] = useLocation();
  const next = encodeURIComponent(`${location}?token=${encodeURIComponent(token)}`);
  return (
    <p>
      Please <Link href={`/signin?next=${next}`}>sign in</Link> to {what}. No account yet?{' '}
      <Link href="/signup">Create one</Link>, then open this link again.
    </p>
  );
}
