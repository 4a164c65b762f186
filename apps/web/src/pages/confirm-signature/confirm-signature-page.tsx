import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useLinkToken } from '../../link-token';
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
  const intl = useIntl();
  return (
    <>
      <PageTitle>
        <FormattedMessage id="links.confirm.title" defaultMessage="Confirm your signature" />
      </PageTitle>
      {result.data ? (
        <Notice>
          {result.data.confirmSignature.status === 'CONFIRMED' ? (
            <FormattedMessage
              id="links.confirm.confirmed"
              defaultMessage="Thank you: your signature is confirmed and counted."
            />
          ) : (
            <FormattedMessage
              id="links.confirm.notCounted"
              defaultMessage="This signature was withdrawn or set aside, so it is not counted."
            />
          )}
        </Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm({ token });
          }}
        >
          <p>
            <FormattedMessage
              id="links.confirm.intro"
              defaultMessage="Press the button to confirm that you signed. Nothing is counted without it."
            />
          </p>
          <ErrorNote
            error={result.error}
            words={{
              NOT_FOUND: intl.formatMessage({
                id: 'links.expired',
                defaultMessage: 'This link is not valid any more, or was already used to erase your data.',
              }),
              INVALID_STATE: intl.formatMessage({
                id: 'links.confirm.error.INVALID_STATE',
                defaultMessage: 'This letter is no longer open for signatures.',
              }),
              STALE_VERSION: intl.formatMessage({
                id: 'links.confirm.error.STALE_VERSION',
                defaultMessage:
                  'The letter has changed since this link was sent, so it cannot confirm the new text. Use the link in the newest mail about it, or sign again.',
              }),
            }}
          />
          <Submit
            busy={result.fetching}
            busyText={<FormattedMessage id="signing.confirming" defaultMessage="Confirming…" />}
          >
            <FormattedMessage id="links.confirm.submit" defaultMessage="Confirm my signature" />
          </Submit>
        </form>
      )}
    </>
  );
}
