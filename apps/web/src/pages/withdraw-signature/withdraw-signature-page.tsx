import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
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
  const intl = useIntl();
  return (
    <>
      <PageTitle>
        <FormattedMessage id="links.withdraw.title" defaultMessage="Withdraw your signature" />
      </PageTitle>
      {result.data ? (
        <Notice>
          <FormattedMessage
            id="links.withdraw.done"
            defaultMessage="Your signature is withdrawn and no longer counted."
          />
        </Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void withdraw({ token });
          }}
        >
          <p>
            <FormattedMessage
              id="links.withdraw.intro"
              defaultMessage="Your name will no longer count for this letter."
            />
          </p>
          <ErrorNote
            error={result.error}
            words={{
              NOT_FOUND: intl.formatMessage({
                id: 'links.expired',
                defaultMessage: 'This link is not valid any more, or was already used to erase your data.',
              }),
            }}
          />
          <Submit
            busy={result.fetching}
            busyText={<FormattedMessage id="signing.withdrawing" defaultMessage="Withdrawing…" />}
          >
            <FormattedMessage id="links.withdraw.submit" defaultMessage="Withdraw my signature" />
          </Submit>
        </form>
      )}
    </>
  );
}
