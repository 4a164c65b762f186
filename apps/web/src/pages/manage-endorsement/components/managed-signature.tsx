import { defineMessages, FormattedMessage } from 'react-intl';
import { formatDate, NameList } from '../../../ui';
import type { ManagedEndorsement } from '../graphql';
import { ReceiptDownload } from '../../../components/receipt-download';

const STATUS = defineMessages({
  SIGNED: { id: 'signing.manage.status.SIGNED', defaultMessage: 'Signed' },
  NEEDS_RECONFIRMATION: {
    id: 'signing.manage.status.NEEDS_RECONFIRMATION',
    defaultMessage: 'Not listed until you re-confirm: the text changed since you signed',
  },
  WITHDRAWN: { id: 'signing.manage.status.WITHDRAWN', defaultMessage: 'Withdrawn' },
  PENDING_APPROVAL: {
    id: 'signing.manage.status.PENDING_APPROVAL',
    defaultMessage: 'Waiting for the lead organisations’ approval',
  },
  REJECTED: { id: 'signing.manage.status.REJECTED', defaultMessage: 'Not accepted by the lead organisations' },
});

/** The signature as it stands: its status, the text it signed, how it is listed, and its receipt. */
export function ManagedSignature({ endorsement }: { endorsement: ManagedEndorsement }) {
  const { letter, organisation } = endorsement;
  const status = STATUS[endorsement.status as keyof typeof STATUS];
  const bdi = (chunks: React.ReactNode[]) => <bdi>{chunks}</bdi>;
  return (
    <>
      <p>
        <FormattedMessage
          id="signing.manage.intro"
          defaultMessage="The signature of <bdi>{organisation}</bdi> on “<bdi>{title}</bdi>”, a letter led by {leads}."
          values={{
            organisation: organisation.name,
            title: letter.title,
            leads: <NameList names={letter.leadOrganisations.map((o) => o.name)} />,
            bdi,
          }}
        />
      </p>
      <dl className="facts">
        <dt>
          <FormattedMessage id="signing.manage.statusLabel" defaultMessage="Status" />
        </dt>
        <dd data-testid="manage-status">
          {status ? <FormattedMessage {...status} /> : endorsement.status}
          {endorsement.withdrawnAt && (
            <>
              {' '}
              <FormattedMessage
                id="signing.manage.on"
                defaultMessage="on {date}"
                values={{ date: formatDate(endorsement.withdrawnAt) }}
              />
            </>
          )}
        </dd>
        <dt>
          <FormattedMessage id="signing.manage.textSigned" defaultMessage="Text signed" />
        </dt>
        <dd>
          <FormattedMessage
            id="signing.manage.signedVersion"
            defaultMessage="Version {version}, on {date}; content hash <code>{hash}</code>"
            values={{
              version: endorsement.signedVersion.number,
              date: formatDate(endorsement.signedAt),
              hash: endorsement.contentHash,
              code: (chunks) => <code data-testid="manage-hash">{chunks}</code>,
            }}
          />
        </dd>
        <dt>
          <FormattedMessage id="signing.manage.listedAs" defaultMessage="Listed as" />
        </dt>
        <dd data-testid="manage-listed">
          {endorsement.anonymous ? (
            <FormattedMessage
              id="signing.manage.notNamed"
              defaultMessage="Not named: only the lead organisations know; the public sees a count"
            />
          ) : (
            <bdi>{endorsement.displayName}</bdi>
          )}
        </dd>
        <dt>
          <FormattedMessage id="signing.signedBy" defaultMessage="Signed by" />
        </dt>
        <dd>
          <FormattedMessage
            id="signing.signerNameTitle"
            defaultMessage="<bdi>{name}</bdi>, <bdi>{title}</bdi>"
            values={{ name: endorsement.signerName, title: endorsement.signerTitle, bdi }}
          />
        </dd>
      </dl>
      <p>
        <ReceiptDownload receipt={endorsement.receipt} name={`receipt-${letter.slug}`} />
      </p>
    </>
  );
}
