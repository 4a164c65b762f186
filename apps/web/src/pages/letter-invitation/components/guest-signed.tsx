import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import type { SignByInvitationMutation } from '../../../gql/graphql';
import { formatDate } from '../../../ui';
import { ReceiptDownload } from '../../../components/receipt-download';

/** The guest's signature, shown where the form was: what was signed, and that the receipt is on its way. */
export function GuestSigned({
  endorsement,
  organisationName,
  email,
  slug,
  version,
}: {
  endorsement: SignByInvitationMutation['signByInvitation'];
  organisationName: string;
  email: string | null;
  slug: string;
  version: number;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const bdi = (chunks: React.ReactNode[]) => <bdi>{chunks}</bdi>;
  const code = (chunks: React.ReactNode[]) => <code>{chunks}</code>;
  return (
    <section aria-labelledby="guest-signed-heading" className="card sign">
      <h2 id="guest-signed-heading" ref={heading} tabIndex={-1}>
        <FormattedMessage
          id="signing.guestSigned.heading"
          defaultMessage="Signed for <bdi>{organisation}</bdi>"
          values={{ organisation: organisationName, bdi }}
        />
      </h2>
      <p role="status" data-testid="guest-signed">
        <FormattedMessage
          id="signing.guestSigned.result"
          defaultMessage="{signed, select, true {Signed} other {Received}} {anonymous, select, true {without being named} other {as “<bdi>{name}</bdi>”}} on {date}: version {version}, content hash <code>{hash}</code>."
          values={{
            signed: String(endorsement.status === 'SIGNED'),
            anonymous: String(endorsement.anonymous),
            name: endorsement.displayName ?? '',
            date: formatDate(endorsement.signedAt),
            version,
            hash: endorsement.contentHash,
            bdi,
            code,
          }}
        />
      </p>
      {endorsement.status === 'PENDING_APPROVAL' && (
        <p>
          <FormattedMessage
            id="signing.guestSigned.pending"
            defaultMessage="The lead organisations approve the signature before it is listed."
          />
        </p>
      )}
      <p>
        {email ? (
          <FormattedMessage
            id="signing.guestSigned.mailedTo"
            defaultMessage="We mailed your receipt to <bdi>{email}</bdi>, with a link to manage your signature: re-confirm it if the text changes, sign named or unnamed, or withdraw it, until the letter is delivered. Keep that mail: the link is yours alone."
            values={{ email, bdi }}
          />
        ) : (
          <FormattedMessage
            id="signing.guestSigned.mailed"
            defaultMessage="We mailed your receipt, with a link to manage your signature: re-confirm it if the text changes, sign named or unnamed, or withdraw it, until the letter is delivered. Keep that mail: the link is yours alone."
          />
        )}
      </p>
      <p>
        <ReceiptDownload receipt={endorsement.receipt} name={`receipt-${slug}`} />
      </p>
    </section>
  );
}
