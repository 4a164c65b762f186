import { ErrorNote, Notice, Submit, TextArea } from '../../../ui';
import type { ManagedEndorsement } from '../graphql';
import type { useManagedEndorsement } from '../hooks/use-managed-endorsement';
import { ManageChanges } from './manage-diff';

const WORDS = {
  STALE_VERSION: 'The letter changed again while you were reading: the page now shows the newest text and changes.',
  FORBIDDEN: 'Your organisation now has members on Undersigned: sign in to change its signature.',
  INVALID_STATE: 'The letter is no longer open for signatures: its signatures cannot change now.',
  NOT_FOUND: 'This link no longer works: it was used to withdraw the signature.',
};

/** Until delivery: re-confirm after a change, switch named/unnamed, withdraw. */
export function ManageActions({
  token,
  endorsement,
  managed,
}: {
  token: string;
  endorsement: ManagedEndorsement;
  managed: ReturnType<typeof useManagedEndorsement>;
}) {
  const { reconfirmed, reconfirm, withdrawn, withdraw, reason, setReason } = managed;
  const current = endorsement.letter.currentVersion;
  const behind = endorsement.contentHash !== current.contentHash;

  if (endorsement.status === 'WITHDRAWN') {
    return (
      <Notice>
        The signature is withdrawn; the lead organisations were told. This link, and the others mailed about it, no
        longer work.
      </Notice>
    );
  }
  if (endorsement.status !== 'SIGNED' && endorsement.status !== 'NEEDS_RECONFIRMATION') return null;
  return (
    <>
      {endorsement.status === 'NEEDS_RECONFIRMATION' ? (
        <section className="card warn" aria-labelledby="reconfirm-heading">
          <h2 id="reconfirm-heading">The text changed</h2>
          <p>
            Version {current.number} replaced the version {endorsement.signedVersion.number} you signed. Read the
            changes, then confirm the new text, or withdraw.
          </p>
          <ManageChanges token={token} from={endorsement.signedVersion.number} to={current.number} />
          <ErrorNote error={reconfirmed.error} words={WORDS} />
          <button
            type="button"
            disabled={reconfirmed.fetching}
            aria-busy={reconfirmed.fetching}
            onClick={() => void reconfirm(current.contentHash)}
          >
            {reconfirmed.fetching ? 'Confirming…' : `Confirm version ${current.number}`}
          </button>
        </section>
      ) : (
        <section className="card" aria-labelledby="named-heading">
          <h2 id="named-heading">Named or unnamed</h2>
          <p>
            {endorsement.anonymous
              ? 'The public sees your organisation only in the count of those who cannot be named.'
              : 'The public sees your organisation’s name among the signatories.'}
            {behind && ` Switching signs the text as it stands now, version ${current.number}.`}
          </p>
          {reconfirmed.data && !reconfirmed.fetching && (
            <Notice>Saved: your organisation is {endorsement.anonymous ? 'not named' : 'named'}.</Notice>
          )}
          <ErrorNote error={reconfirmed.error} words={WORDS} />
          <button
            type="button"
            className="secondary"
            disabled={reconfirmed.fetching}
            aria-busy={reconfirmed.fetching}
            onClick={() => void reconfirm(current.contentHash, !endorsement.anonymous)}
          >
            {endorsement.anonymous ? 'Be named' : 'Sign without being named'}
          </button>
        </section>
      )}
      <section className="card" aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading">Withdraw the signature</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            withdraw();
          }}
        >
          <TextArea
            label="Reason (optional, for the lead organisations)"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <ErrorNote error={withdrawn.error} words={WORDS} />
          <Submit busy={withdrawn.fetching} busyText="Withdrawing…">
            Withdraw the signature
          </Submit>
        </form>
      </section>
    </>
  );
}
