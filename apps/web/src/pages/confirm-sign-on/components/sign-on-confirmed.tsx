import { useEffect, useRef } from 'react';
import type { ConfirmSignOnMutation } from '../../../gql/graphql';
import { formatDate } from '../../../ui';
import { ReceiptDownload } from '../../../components/receipt-download';

/** The signature made by the press: waiting for the leads, or listed at once; and the receipt on its way. */
export function SignOnConfirmed({
  endorsement,
  organisationName,
  email,
  slug,
}: {
  endorsement: ConfirmSignOnMutation['confirmSignOn'];
  organisationName: string;
  email: string;
  slug: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const pending = endorsement.status === 'PENDING_APPROVAL';
  return (
    <section aria-labelledby="confirmed-heading" className="card sign">
      <h2 id="confirmed-heading" ref={heading} tabIndex={-1}>
        {pending ? 'Received' : 'Signed'} for <bdi>{organisationName}</bdi>
      </h2>
      <p role="status" data-testid="sign-on-result">
        {pending ? (
          <>Your signature waits for the lead organisations’ approval: it is listed and counted once they approve it.</>
        ) : endorsement.anonymous ? (
          <>Signed: your organisation is counted on the letter’s page without being named.</>
        ) : (
          <>
            Signed: your organisation is listed on the letter’s page as “<bdi>{endorsement.displayName}</bdi>”.
          </>
        )}{' '}
        {formatDate(endorsement.signedAt)}, content hash <code>{endorsement.contentHash}</code>.
      </p>
      <p>
        We mailed your receipt to <bdi>{email}</bdi>, with a link to manage your signature: re-confirm it if the text
        changes, sign named or unnamed, or withdraw it, until the letter is delivered. Keep that mail: the link is yours
        alone.
      </p>
      <p>
        <a href={`/l/${slug}`}>Back to the letter</a> ·{' '}
        <ReceiptDownload receipt={endorsement.receipt} name={`receipt-${slug}`} />
      </p>
    </section>
  );
}
