import { useEffect, useRef } from 'react';
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
  return (
    <section aria-labelledby="guest-signed-heading" className="card sign">
      <h2 id="guest-signed-heading" ref={heading} tabIndex={-1}>
        Signed for <bdi>{organisationName}</bdi>
      </h2>
      <p role="status" data-testid="guest-signed">
        {endorsement.status === 'SIGNED' ? 'Signed' : 'Received'}{' '}
        {endorsement.anonymous ? (
          'without being named'
        ) : (
          <>
            as “<bdi>{endorsement.displayName}</bdi>”
          </>
        )}{' '}
        on {formatDate(endorsement.signedAt)}: version {version}, content hash <code>{endorsement.contentHash}</code>.
      </p>
      {endorsement.status === 'PENDING_APPROVAL' && (
        <p>The lead organisations approve the signature before it is listed.</p>
      )}
      <p>
        We mailed your receipt
        {email && (
          <>
            {' '}
            to <bdi>{email}</bdi>
          </>
        )}
        , with a link to manage your signature: re-confirm it if the text changes, sign named or unnamed, or withdraw
        it, until the letter is delivered. Keep that mail: the link is yours alone.
      </p>
      <p>
        <ReceiptDownload receipt={endorsement.receipt} name={`receipt-${slug}`} />
      </p>
    </section>
  );
}
