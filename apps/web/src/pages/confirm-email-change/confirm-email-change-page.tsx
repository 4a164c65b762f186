import { type FormEvent } from 'react';
import { Link } from 'wouter';
import { useMutation } from 'urql';
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

/** The link mailed to a new address. A button press, not the page opening: mail scanners follow links. */
export function ConfirmEmailChangePage() {
  const token = useLinkToken();
  const [result, confirm] = useMutation(ConfirmEmailChange);

  function submit(event: FormEvent) {
    event.preventDefault();
    void confirm({ token });
  }

  const changed = result.data?.confirmEmailChange;
  return (
    <>
      <PageTitle>{WORDS.title}</PageTitle>
      {changed ? (
        <Notice>
          {WORDS.done} <bdi>{changed.email}</bdi>. <Link href="/">Undersigned</Link>
        </Notice>
      ) : (
        <form onSubmit={submit} className="card narrow">
          <p>{WORDS.intro}</p>
          <ErrorNote error={result.error} words={{ BAD_USER_INPUT: WORDS.invalid }} />
          <Submit busy={result.fetching} busyText={WORDS.busy}>
            {WORDS.submit}
          </Submit>
        </form>
      )}
    </>
  );
}
