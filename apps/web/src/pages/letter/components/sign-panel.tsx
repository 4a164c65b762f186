import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { ReactNode } from 'react';
import { plainName } from '../../../names';
import { ErrorNote, Field, formatDate, Submit } from '../../../ui';
import type { WorkspaceLetter } from '../graphql';
import { useEndorsement } from '../hooks/use-endorsement';
import { useSignForm } from '../hooks/use-sign-form';
import { VersionDiff } from './version-diff';
import { ReceiptDownload } from '../../../components/receipt-download';

type Endorsement = WorkspaceLetter['myEndorsements'][number];

const WORDS = defineMessages({
  STALE_VERSION: {
    id: 'letter.sign.error.staleVersion',
    defaultMessage: 'The letter changed while you were reading. The page now shows the new text: read it, then sign.',
  },
  FORBIDDEN: {
    id: 'letter.sign.error.forbidden',
    defaultMessage: 'Only the organisation’s owners and signatories, with a confirmed email address, can sign for it.',
  },
});

const bdi = (chunks: ReactNode[]) => <bdi>{chunks}</bdi>;

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
  const intl = useIntl();
  const words = Object.fromEntries(Object.entries(WORDS).map(([code, message]) => [code, intl.formatMessage(message)]));
  const { signed, endorse, withdrawn, withdraw } = useEndorsement(onChange);
  const { form, set, check } = useSignForm(organisation, endorsement);
  const current = letter.currentVersion;
  const headingId = `sign-${organisation.id}`;

  if (endorsement?.status === 'SIGNED' || endorsement?.status === 'NEEDS_RECONFIRMATION') {
    const reconfirm = endorsement.status === 'NEEDS_RECONFIRMATION';
    return (
      <section aria-labelledby={headingId} className="card sign">
        <h2 id={headingId}>
          <FormattedMessage
            id="letter.sign.signatureOf"
            defaultMessage="Signature of <bdi>{name}</bdi>"
            values={{ name: organisation.name, bdi }}
          />
        </h2>
        {reconfirm ? (
          <>
            <p role="status" data-testid="reconfirm-needed">
              <FormattedMessage
                id="letter.sign.reconfirm"
                defaultMessage="The text changed since <bdi>{name}</bdi> signed version {number}. Read the changes, then confirm the new text, or withdraw."
                values={{ name: organisation.name, number: endorsement.signedVersion.number, bdi }}
              />
            </p>
            <VersionDiff slug={letter.slug} from={endorsement.signedVersion.number} to={current.number} />
            <ErrorNote error={signed.error} words={words} />
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
              {signed.fetching ? (
                <FormattedMessage id="letter.sign.confirming" defaultMessage="Confirming…" />
              ) : (
                <FormattedMessage
                  id="letter.sign.confirm"
                  defaultMessage="Confirm version {number}"
                  values={{ number: current.number }}
                />
              )}
            </button>
          </>
        ) : (
          <p role="status" data-testid="signed-status">
            <FormattedMessage
              id="letter.sign.signed"
              defaultMessage="Signed {anonymous, select, yes {without being named} other {as “{displayName}”}} on {date} (version {number})."
              values={{
                anonymous: endorsement.anonymous ? 'yes' : 'no',
                displayName: endorsement.displayName,
                date: formatDate(endorsement.signedAt),
                number: endorsement.signedVersion.number,
              }}
            />
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
            const question = intl.formatMessage(
              { id: 'letter.sign.withdrawConfirm', defaultMessage: 'Withdraw the signature of {name}?' },
              { name: plainName(organisation.name) },
            );
            if (confirm(question)) void withdraw({ input: { endorsementId: endorsement.id } });
          }}
        >
          <FormattedMessage id="letter.sign.withdraw" defaultMessage="Withdraw the signature" />
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className="card sign">
      <h2 id={headingId}>
        <FormattedMessage
          id="letter.sign.heading"
          defaultMessage="Sign for <bdi>{name}</bdi>"
          values={{ name: organisation.name, bdi }}
        />
      </h2>
      <p>
        <FormattedMessage
          id="letter.sign.exactly"
          defaultMessage="You sign exactly version {number} of the text above, whose hash is <code>{hash}</code>."
          values={{
            number: current.number,
            hash: current.contentHash,
            code: (chunks: ReactNode[]) => <code>{chunks}</code>,
          }}
        />
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
        <Field
          label={intl.formatMessage({ id: 'letter.sign.signerName', defaultMessage: 'Your name' })}
          required
          value={form.signerName}
          onChange={set('signerName')}
        />
        <Field
          label={intl.formatMessage({ id: 'letter.sign.signerTitle', defaultMessage: 'Your title' })}
          required
          value={form.signerTitle}
          onChange={set('signerTitle')}
        />
        <Field
          label={intl.formatMessage({ id: 'letter.sign.displayName', defaultMessage: 'Name in the signatory block' })}
          required
          value={form.displayName}
          onChange={set('displayName')}
        />
        <div className="check">
          <input id={`${headingId}-anon`} type="checkbox" checked={form.anonymous} onChange={check('anonymous')} />
          <label htmlFor={`${headingId}-anon`}>
            <FormattedMessage
              id="letter.sign.anonymous"
              defaultMessage="Sign without being named: only the lead organisations will know; the public sees a count."
            />
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
            <FormattedMessage
              id="letter.sign.acceptMinorEdits"
              defaultMessage="Stay signed if the leads fix typos (at most 5 words, no number or short word changed); you are mailed each edit and can object with one click."
            />
          </label>
        </div>
        <ErrorNote error={signed.error} words={words} />
        <Submit
          busy={signed.fetching}
          busyText={<FormattedMessage id="letter.sign.signing" defaultMessage="Signing…" />}
        >
          <FormattedMessage
            id="letter.sign.submit"
            defaultMessage="Sign for {name}"
            values={{ name: organisation.name }}
          />
        </Submit>
      </form>
    </section>
  );
}
