import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
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
  const bdi = (chunks: React.ReactNode[]) => <bdi>{chunks}</bdi>;
  return (
    <section aria-labelledby="confirmed-heading" className="card sign">
      <h2 id="confirmed-heading" ref={heading} tabIndex={-1}>
        <FormattedMessage
          id="signing.signOnConfirmed.heading"
          defaultMessage="{pending, select, true {Received} other {Signed}} for <bdi>{organisation}</bdi>"
          values={{ pending: String(pending), organisation: organisationName, bdi }}
        />
      </h2>
      <p role="status" data-testid="sign-on-result">
        <FormattedMessage
          id="signing.signOnConfirmed.result"
          defaultMessage="{outcome} {date}, content hash <code>{hash}</code>."
          values={{
            outcome: pending ? (
              <FormattedMessage
                id="signing.signOnConfirmed.pending"
                defaultMessage="Your signature waits for the lead organisations’ approval: it is listed and counted once they approve it."
              />
            ) : endorsement.anonymous ? (
              <FormattedMessage
                id="signing.signOnConfirmed.anonymous"
                defaultMessage="Signed: your organisation is counted on the letter’s page without being named."
              />
            ) : (
              <FormattedMessage
                id="signing.signOnConfirmed.named"
                defaultMessage="Signed: your organisation is listed on the letter’s page as “<bdi>{name}</bdi>”."
                values={{ name: endorsement.displayName ?? '', bdi }}
              />
            ),
            date: formatDate(endorsement.signedAt),
            hash: endorsement.contentHash,
            code: (chunks) => <code>{chunks}</code>,
          }}
        />
      </p>
      <p>
        <FormattedMessage
          id="signing.guestSigned.mailedTo"
          defaultMessage="We mailed your receipt to <bdi>{email}</bdi>, with a link to manage your signature: re-confirm it if the text changes, sign named or unnamed, or withdraw it, until the letter is delivered. Keep that mail: the link is yours alone."
          values={{ email, bdi }}
        />
      </p>
      <p>
        <FormattedMessage
          id="signing.signOnConfirmed.back"
          defaultMessage="<a>Back to the letter</a> · {receipt}"
          values={{
            a: (chunks) => <a href={`/l/${slug}`}>{chunks}</a>,
            receipt: <ReceiptDownload receipt={endorsement.receipt} name={`receipt-${slug}`} />,
          }}
        />
      </p>
    </section>
  );
}
