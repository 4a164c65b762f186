import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { EXPIRED_LINK } from '../../messages/supporter-links';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';

const Confirm = graphql(`
  mutation ConfirmSignature($token: String!) {
    confirmSignature(token: $token) {
      id
      status
      confirmedAt
    }
  }
`);

/**
 * The link mailed to a supporter who signed: their signature counts once they confirm it.
 * It acts on a button press, not on opening: mail scanners that follow links must not confirm on a
 * supporter's behalf.
 */
export function ConfirmSignaturePage() {
  const token = useLinkToken();
  const [result, confirm] = useMutation(Confirm);
  return (
    <>
      <PageTitle>Confirm your signature</PageTitle>
      {result.data ? (
        <Notice>
          {result.data.confirmSignature.status === 'CONFIRMED'
            ? 'Thank you: your signature is confirmed and counted.'
            : 'This signature was withdrawn or set aside, so it is not counted.'}
        </Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm({ token });
          }}
        >
          <p>Press the button to confirm that you signed. Nothing is counted without it.</p>
          <ErrorNote
            error={result.error}
            words={{
              ...EXPIRED_LINK,
              INVALID_STATE: 'This letter is no longer open for signatures.',
              STALE_VERSION:
                'The letter has changed since this link was sent, so it cannot confirm the new text. Use the link in the newest mail about it, or sign again.',
            }}
          />
          <Submit busy={result.fetching} busyText="Confirming…">
            Confirm my signature
          </Submit>
        </form>
      )}
    </>
  );
}
