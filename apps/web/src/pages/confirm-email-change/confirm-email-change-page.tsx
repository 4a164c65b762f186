import { type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useMutation } from 'urql';
import { useSession } from '../../auth';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { ACCOUNT_MESSAGES } from '../../messages/account';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';

const WORDS = ACCOUNT_MESSAGES.confirmEmail;

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

  function submit(event: FormEvent) {
    event.preventDefault();
    void confirm({ token });
  }

  const changed = result.data?.confirmEmailChange;
  const next = encodeURIComponent(`${location}?token=${encodeURIComponent(token)}`);
  return (
    <>
      <PageTitle>{WORDS.title}</PageTitle>
      {changed ? (
        <Notice>
          {WORDS.done} <bdi>{changed.email}</bdi>. <Link href="/">Undersigned</Link>
        </Notice>
      ) : !signedIn ? (
        <div className="card narrow">
          <p>{WORDS.intro}</p>
          <p>
            {WORDS.signInFirst} <Link href={`/signin?next=${next}`}>{WORDS.signIn}</Link>
          </p>
        </div>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <p>
            {WORDS.intro} {WORDS.signedInAs} <bdi>{signedIn.name}</bdi>.
          </p>
          <ErrorNote error={result.error} words={{ BAD_USER_INPUT: WORDS.invalid, NOT_FOUND: WORDS.otherAccount }} />
          <Submit busy={result.fetching} busyText={WORDS.busy}>
            {WORDS.submit}
          </Submit>
        </form>
      )}
    </>
  );
}
