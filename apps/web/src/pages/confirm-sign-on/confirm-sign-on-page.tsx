import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../../errors';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Loading, PageTitle, Submit } from '../../ui';
import { SignOnConfirmed } from './components/sign-on-confirmed';
import { SignOnRequestSummary } from './components/sign-on-request-summary';
import { useSignOnConfirmation } from './hooks/use-sign-on-confirmation';
import { LetterAsItStands } from '../../components/letter-as-it-stands';
import { TranslationForReading } from '../../components/translation-view';
import { useReaderTranslation } from '../../hooks/use-reader-translation';

const WORDS = defineMessages({
  NOT_FOUND: {
    id: 'signing.confirmSignOn.error.NOT_FOUND',
    defaultMessage: 'This link no longer signs anything: the signature was withdrawn or refused.',
  },
  INVALID_STATE: {
    id: 'signing.confirmSignOn.error.INVALID_STATE',
    defaultMessage: 'This letter no longer takes signatures by open sign-on, or this link has expired.',
  },
  DEADLINE_PASSED: {
    id: 'signing.confirmSignOn.error.DEADLINE_PASSED',
    defaultMessage: 'The deadline for signing this letter has passed.',
  },
});

/**
 * What an open sign-on's confirmation link opens: what will be signed, and the Confirm button
 * (confirmSignOn) — opening the link changes nothing, as mail scanners open links. The result shows
 * on the same page; a text changed since the request is not signed (ask again from the letter).
 */
export function ConfirmSignOnPage() {
  const token = useLinkToken();
  const { result, confirmed, confirm } = useSignOnConfirmation(token);
  const request = result.data?.signOnRequestByLink;
  const translation = useReaderTranslation(request?.letter.language, request?.letter.translations);
  const intl = useIntl();
  const title = <FormattedMessage id="signing.confirmSignOn.title" defaultMessage="Confirm your signature" />;

  if (!request) {
    if (result.fetching || (!result.error && token)) return <Loading />;
    return (
      <>
        <PageTitle>{title}</PageTitle>
        {errorCode(result.error) === 'NOT_FOUND' || !token ? (
          <p>
            <FormattedMessage
              id="signing.confirmSignOn.invalid"
              defaultMessage="This link no longer opens a request: it was confirmed already, or it is not a confirmation link. Once confirmed, the receipt we mailed you has a link to manage your signature."
            />
          </p>
        ) : (
          <ErrorNote error={result.error} />
        )}
      </>
    );
  }
  const { letter } = request;
  const done = confirmed.data?.confirmSignOn;
  const stale =
    request.contentHash !== letter.currentVersion.contentHash || errorCode(confirmed.error) === 'STALE_VERSION';
  const expired = new Date(request.expiresAt).getTime() <= Date.now();
  const askAgain = (chunks: React.ReactNode[]) => <a href={`/l/${letter.slug}`}>{chunks}</a>;
  return (
    <article>
      <PageTitle>{title}</PageTitle>
      <SignOnRequestSummary request={request} />
      {done ? (
        <SignOnConfirmed
          endorsement={done}
          organisationName={request.organisationName}
          email={request.email}
          slug={letter.slug}
        />
      ) : stale ? (
        <div className="card warn" data-testid="sign-on-stale" role="status">
          <h2>
            <FormattedMessage
              id="signing.confirmSignOn.staleHeading"
              defaultMessage="The text changed since you asked"
            />
          </h2>
          <p>
            <FormattedMessage
              id="signing.confirmSignOn.stale"
              defaultMessage="The letter now stands at version {version}: this link signs only the text you asked to sign, so it signs nothing now. Read the new text, then <a>ask again from the letter’s page</a>."
              values={{ version: letter.currentVersion.number, a: askAgain }}
            />
          </p>
        </div>
      ) : expired ? (
        <p className="card warn">
          <FormattedMessage
            id="signing.confirmSignOn.expired"
            defaultMessage="This link has expired: <a>ask again from the letter’s page</a>."
            values={{ a: askAgain }}
          />
        </p>
      ) : letter.status !== 'OPEN' ? (
        <p className="card warn">
          <FormattedMessage
            id="signing.confirmSignOn.notOpen"
            defaultMessage="This letter is not open for signatures now."
          />
        </p>
      ) : (
        <form
          className="card sign"
          aria-describedby={confirmed.error ? 'confirm-error' : undefined}
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <p>
            <FormattedMessage
              id="signing.confirmSignOn.nothingYet"
              defaultMessage="Nothing is signed until you press Confirm."
            />
          </p>
          <ErrorNote
            id="confirm-error"
            error={confirmed.error}
            words={Object.fromEntries(
              Object.entries(WORDS).map(([code, message]) => [code, intl.formatMessage(message)]),
            )}
          />
          <Submit
            busy={confirmed.fetching}
            busyText={<FormattedMessage id="signing.signing" defaultMessage="Signing…" />}
          >
            <FormattedMessage id="signing.confirmSignOn.confirm" defaultMessage="Confirm" />
          </Submit>
        </form>
      )}
      <TranslationForReading
        translation={translation}
        original={{ language: letter.language, contentHash: letter.currentVersion.contentHash }}
      />
      <LetterAsItStands version={letter.currentVersion} />
    </article>
  );
}
