import { errorCode } from '../../errors';
import { useLinkToken } from '../../link-token';
import { ErrorNote, Loading, PageTitle, Submit } from '../../ui';
import { SignOnConfirmed } from './components/sign-on-confirmed';
import { SignOnRequestSummary } from './components/sign-on-request-summary';
import { useSignOnConfirmation } from './hooks/use-sign-on-confirmation';
import { LetterAsItStands } from '../../components/letter-as-it-stands';
import { TranslationForReading } from '../../components/translation-view';
import { useReaderTranslation } from '../../hooks/use-reader-translation';

const WORDS = {
  NOT_FOUND: 'This link no longer signs anything: the signature was withdrawn or refused.',
  INVALID_STATE: 'This letter no longer takes signatures by open sign-on, or this link has expired.',
  DEADLINE_PASSED: 'The deadline for signing this letter has passed.',
};

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

  if (!request) {
    if (result.fetching || (!result.error && token)) return <Loading />;
    return (
      <>
        <PageTitle>Confirm your signature</PageTitle>
        {errorCode(result.error) === 'NOT_FOUND' || !token ? (
          <p>
            This link no longer opens a request: it was confirmed already, or it is not a confirmation link. Once
            confirmed, the receipt we mailed you has a link to manage your signature.
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
  const askAgain = <a href={`/l/${letter.slug}`}>ask again from the letter’s page</a>;
  return (
    <article>
      <PageTitle>Confirm your signature</PageTitle>
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
          <h2>The text changed since you asked</h2>
          <p>
            The letter now stands at version {letter.currentVersion.number}: this link signs only the text you asked to
            sign, so it signs nothing now. Read the new text, then {askAgain}.
          </p>
        </div>
      ) : expired ? (
        <p className="card warn">This link has expired: {askAgain}.</p>
      ) : letter.status !== 'OPEN' ? (
        <p className="card warn">This letter is not open for signatures now.</p>
      ) : (
        <form
          className="card sign"
          aria-describedby={confirmed.error ? 'confirm-error' : undefined}
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <p>Nothing is signed until you press Confirm.</p>
          <ErrorNote id="confirm-error" error={confirmed.error} words={WORDS} />
          <Submit busy={confirmed.fetching} busyText="Signing…">
            Confirm
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
