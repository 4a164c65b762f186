import { formatDate, NameList } from '../../../ui';
import type { SignOnRequestView } from '../graphql';

/** What the request will sign, and for whom: as it was asked on the letter's page. */
export function SignOnRequestSummary({ request }: { request: SignOnRequestView }) {
  const { letter } = request;
  return (
    <dl className="facts" data-testid="sign-on-request">
      <dt>Letter</dt>
      <dd>
        <a href={`/l/${letter.slug}`}>
          <bdi>{letter.title}</bdi>
        </a>
        , led by <NameList names={letter.leadOrganisations.map((o) => o.name)} />
        {letter.endorsementDeadline && <> · sign by {formatDate(letter.endorsementDeadline)}</>}
      </dd>
      <dt>Content hash of the text you sign</dt>
      <dd>
        <code data-testid="request-hash">{request.contentHash}</code>
      </dd>
      <dt>Organisation</dt>
      <dd>
        <bdi>{request.organisationName}</bdi>
        {request.country && <> ({request.country})</>}
        {request.website && (
          <>
            {' '}
            · <bdi>{request.website}</bdi>
          </>
        )}
      </dd>
      <dt>Signed by</dt>
      <dd>
        <bdi>{request.signerName}</bdi>, <bdi>{request.signerTitle}</bdi>, from <bdi>{request.email}</bdi>
      </dd>
      <dt>Shown</dt>
      <dd>
        {request.anonymous ? (
          'Without being named: only the lead organisations will know; the public sees a count.'
        ) : (
          <>
            Named as “<bdi>{request.displayName ?? request.organisationName}</bdi>”
          </>
        )}
        {request.acceptMinorEdits && ' · stays signed across minor edits'}
      </dd>
      {request.comment && (
        <>
          <dt>Comment for the lead organisations</dt>
          <dd dir="auto">{request.comment}</dd>
        </>
      )}
    </dl>
  );
}
