import { plainName } from '../../../names';
import { ErrorNote, Field, formatDate, Submit } from '../../../ui';
import type { WorkspaceLetter } from '../graphql';
import { useEndorsement } from '../hooks/use-endorsement';
import { useSignForm } from '../hooks/use-sign-form';
import { VersionDiff } from './version-diff';
import { ReceiptDownload } from '../../../components/receipt-download';

type Endorsement = WorkspaceLetter['myEndorsements'][number];

const WORDS = {
  STALE_VERSION: 'The letter changed while you were reading. The page now shows the new text: read it, then sign.',
  FORBIDDEN: 'Only the organisation’s owners and signatories, with a confirmed email address, can sign for it.',
};

/**
 * One organisation's signature: the form to sign the current version, or once signed the receipt,
 * re-confirming a changed text, and withdrawing. `onChange` reads the letter again after each change.
 */
export function SignPanel({
  letter,
  organisation,
  endorsement,
  onChange,
}: {
  letter: WorkspaceLetter;
  organisation: { id: string; name: string };
  endorsement: Endorsement | undefined;
  onChange: () => void;
}) {
  const { signed, endorse, withdrawn, withdraw } = useEndorsement(onChange);
  const { form, set, check } = useSignForm(organisation, endorsement);
  const current = letter.currentVersion;
  const headingId = `sign-${organisation.id}`;

  if (endorsement?.status === 'SIGNED' || endorsement?.status === 'NEEDS_RECONFIRMATION') {
    const reconfirm = endorsement.status === 'NEEDS_RECONFIRMATION';
    return (
      <section aria-labelledby={headingId} className="card sign">
        <h2 id={headingId}>
          Signature of <bdi>{organisation.name}</bdi>
        </h2>
        {reconfirm ? (
          <>
            <p role="status" data-testid="reconfirm-needed">
              The text changed since <bdi>{organisation.name}</bdi> signed version {endorsement.signedVersion.number}.
              Read the changes, then confirm the new text, or withdraw.
            </p>
            <VersionDiff slug={letter.slug} from={endorsement.signedVersion.number} to={current.number} />
            <ErrorNote error={signed.error} words={WORDS} />
            <button
              type="button"
              disabled={signed.fetching}
              aria-busy={signed.fetching}
              onClick={() =>
                void endorse({
                  input: {
                    letterId: letter.id,
                    organisationId: organisation.id,
                    contentHash: current.contentHash,
                    signerName: endorsement.signerName,
                    signerTitle: endorsement.signerTitle,
                  },
                })
              }
            >
              {signed.fetching ? 'Confirming…' : `Confirm version ${current.number}`}
            </button>
          </>
        ) : (
          <p role="status" data-testid="signed-status">
            Signed {endorsement.anonymous ? 'without being named' : `as “${endorsement.displayName}”`} on{' '}
            {formatDate(endorsement.signedAt)} (version {endorsement.signedVersion.number}).
          </p>
        )}
        <p>
          <ReceiptDownload
            receipt={endorsement.receipt}
            name={`receipt-${letter.slug}-${organisation.name.replace(/[^\p{L}\p{N}]+/gu, '-')}`}
          />
        </p>
        <ErrorNote error={withdrawn.error} />
        <button
          type="button"
          className="secondary"
          disabled={withdrawn.fetching}
          onClick={() => {
            if (confirm(`Withdraw the signature of ${plainName(organisation.name)}?`))
              void withdraw({ input: { endorsementId: endorsement.id } });
          }}
        >
          Withdraw the signature
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className="card sign">
      <h2 id={headingId}>
        Sign for <bdi>{organisation.name}</bdi>
      </h2>
      <p>
        You sign exactly version {current.number} of the text above, whose hash is <code>{current.contentHash}</code>.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void endorse({
            input: {
              letterId: letter.id,
              organisationId: organisation.id,
              contentHash: current.contentHash,
              signerName: form.signerName,
              signerTitle: form.signerTitle,
              displayName: form.displayName,
              anonymous: form.anonymous,
              acceptMinorEdits: form.acceptMinorEdits,
            },
          });
        }}
      >
        <Field label="Your name" required value={form.signerName} onChange={set('signerName')} />
        <Field label="Your title" required value={form.signerTitle} onChange={set('signerTitle')} />
        <Field label="Name in the signatory block" required value={form.displayName} onChange={set('displayName')} />
        <div className="check">
          <input id={`${headingId}-anon`} type="checkbox" checked={form.anonymous} onChange={check('anonymous')} />
          <label htmlFor={`${headingId}-anon`}>
            Sign without being named: only the lead organisations will know; the public sees a count.
          </label>
        </div>
        <div className="check">
          <input
            id={`${headingId}-minor`}
            type="checkbox"
            checked={form.acceptMinorEdits}
            onChange={check('acceptMinorEdits')}
          />
          <label htmlFor={`${headingId}-minor`}>
            Stay signed if the leads fix typos (at most 5 words, no number or short word changed); you are mailed each
            edit and can object with one click.
          </label>
        </div>
        <ErrorNote error={signed.error} words={WORDS} />
        <Submit busy={signed.fetching} busyText="Signing…">
          Sign for {organisation.name}
        </Submit>
      </form>
    </section>
  );
}
