import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useLinkToken } from '../link-token';
import { ErrorNote, Notice, PageTitle, Submit } from '../ui';

const Confirm = graphql(`
  mutation ConfirmSignature($token: String!) {
    confirmSignature(token: $token) {
      id
      status
      confirmedAt
    }
  }
`);

const Withdraw = graphql(`
  mutation WithdrawSignature($token: String!) {
    withdrawSignature(token: $token)
  }
`);

const Erase = graphql(`
  mutation EraseSupporterData($token: String!) {
    eraseSupporterData(token: $token)
  }
`);

const EXPIRED = { NOT_FOUND: 'This link is not valid any more, or was already used to erase your data.' };

// Each page acts on a button press, not on opening: mail scanners that follow links must not
// confirm, withdraw or erase on a supporter's behalf.

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
              ...EXPIRED,
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
          <ErrorNote error={result.error} words={EXPIRED} />
          <Submit busy={result.fetching} busyText="Withdrawing…">
            Withdraw my signature
          </Submit>
        </form>
      )}
    </>
  );
}

export function EraseDataPage() {
  const token = useLinkToken();
  const [sure, setSure] = useState(false);
  const [result, erase] = useMutation(Erase);
  return (
    <>
      <PageTitle>Erase your data</PageTitle>
      {result.data ? (
        <Notice>Your name, email address, postcode and IP address are erased. The count stays as it was.</Notice>
      ) : (
        <form
          className="card narrow"
          onSubmit={(event) => {
            event.preventDefault();
            void erase({ token });
          }}
        >
          <p>
            This erases your name, email address, postcode and IP address everywhere on Undersigned. The number of
            supporters stays as it was. It cannot be undone.
          </p>
          <div className="check">
            <input
              id="erase-sure"
              type="checkbox"
              required
              checked={sure}
              onChange={(e) => setSure(e.target.checked)}
            />
            <label htmlFor="erase-sure">I understand that this cannot be undone.</label>
          </div>
          <ErrorNote error={result.error} words={EXPIRED} />
          <Submit busy={result.fetching} busyText="Erasing…">
            Erase my data
          </Submit>
        </form>
      )}
    </>
  );
}
