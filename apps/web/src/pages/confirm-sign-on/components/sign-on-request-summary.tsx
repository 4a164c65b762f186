import { FormattedMessage } from 'react-intl';
import { formatDate, NameList } from '../../../ui';
import type { SignOnRequestView } from '../graphql';

/** What the request will sign, and for whom: as it was asked on the letter's page. */
export function SignOnRequestSummary({ request }: { request: SignOnRequestView }) {
  const { letter } = request;
  const bdi = (chunks: React.ReactNode[]) => <bdi>{chunks}</bdi>;
  return (
    <dl className="facts" data-testid="sign-on-request">
      <dt>
        <FormattedMessage id="signing.request.letter" defaultMessage="Letter" />
      </dt>
      <dd>
        <FormattedMessage
          id="signing.request.letterLedBy"
          defaultMessage="<a><bdi>{title}</bdi></a>, led by {leads}"
          values={{
            title: letter.title,
            leads: <NameList names={letter.leadOrganisations.map((o) => o.name)} />,
            a: (chunks) => <a href={`/l/${letter.slug}`}>{chunks}</a>,
            bdi,
          }}
        />
        {letter.endorsementDeadline && (
          <>
            {' · '}
            <FormattedMessage
              id="signing.signBy"
              defaultMessage="sign by {date}"
              values={{ date: formatDate(letter.endorsementDeadline) }}
            />
          </>
        )}
      </dd>
      <dt>
        <FormattedMessage id="signing.request.hash" defaultMessage="Content hash of the text you sign" />
      </dt>
      <dd>
        <code data-testid="request-hash">{request.contentHash}</code>
      </dd>
      <dt>
        <FormattedMessage id="signing.request.organisation" defaultMessage="Organisation" />
      </dt>
      <dd>
        <FormattedMessage
          id="signing.request.organisationDetails"
          defaultMessage="<bdi>{name}</bdi>{hasCountry, select, true { ({country})} other {}}{hasWebsite, select, true { · <bdi>{website}</bdi>} other {}}"
          values={{
            name: request.organisationName,
            hasCountry: String(Boolean(request.country)),
            country: request.country ?? '',
            hasWebsite: String(Boolean(request.website)),
            website: request.website ?? '',
            bdi,
          }}
        />
      </dd>
      <dt>
        <FormattedMessage id="signing.signedBy" defaultMessage="Signed by" />
      </dt>
      <dd>
        <FormattedMessage
          id="signing.request.signer"
          defaultMessage="<bdi>{name}</bdi>, <bdi>{title}</bdi>, from <bdi>{email}</bdi>"
          values={{ name: request.signerName, title: request.signerTitle, email: request.email, bdi }}
        />
      </dd>
      <dt>
        <FormattedMessage id="signing.request.shown" defaultMessage="Shown" />
      </dt>
      <dd>
        {request.anonymous ? (
          <FormattedMessage
            id="signing.request.anonymous"
            defaultMessage="Without being named: only the lead organisations will know; the public sees a count."
          />
        ) : (
          <FormattedMessage
            id="signing.request.namedAs"
            defaultMessage="Named as “<bdi>{name}</bdi>”"
            values={{ name: request.displayName ?? request.organisationName, bdi }}
          />
        )}
        {request.acceptMinorEdits && (
          <>
            {' · '}
            <FormattedMessage id="signing.request.minorEdits" defaultMessage="stays signed across minor edits" />
          </>
        )}
      </dd>
      {request.comment && (
        <>
          <dt>
            <FormattedMessage id="signing.request.comment" defaultMessage="Comment for the lead organisations" />
          </dt>
          <dd dir="auto">{request.comment}</dd>
        </>
      )}
    </dl>
  );
}
