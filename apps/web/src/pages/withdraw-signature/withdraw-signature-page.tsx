import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
import { EXPIRED_LINK } from '../../messages/supporter-links';
import { ErrorNote, Notice, PageTitle, Submit } from '../../ui';

const Withdraw = graphql(`
  mutation WithdrawSignature($token: String!) {
    withdrawSignature(token: $token)
  }
`);

/**
 * The link mailed to a supporter to take their signature back.
 * It acts on a button press, not on opening: mail scanners that follow links must not withdraw on a
 * supporter's behalf.
 */
export function WithdrawSignaturePage() {
  const token = useLinkToken();
  const [result, withdraw] = useMutation(Withdraw);
  return (
    <>
      <PageTitle>Withdraw your signature</PageTitle>
      {result.data ? (
        <Notice>Your signature is withdrawn and no longer counted.</Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void withdraw({ token });
          }}
        >
          <p>Your name will no longer count for this letter.</p>
          <ErrorNote error={result.error} words={EXPIRED_LINK} />
          <Submit busy={result.fetching} busyText="Withdrawing…">
            Withdraw my signature
          </Submit>
        </form>
      )}
    </>
  );
}
