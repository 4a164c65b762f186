import { formatDate, NameList } from '../../../ui';
import type { ManagedEndorsement } from '../graphql';
import { ReceiptDownload } from '../../../components/receipt-download';

const STATUS: Record<string, string> = {
  SIGNED: 'Signed',
  NEEDS_RECONFIRMATION: 'Not listed until you re-confirm: the text changed since you signed',
  WITHDRAWN: 'Withdrawn',
  PENDING_APPROVAL: 'Waiting for the lead organisations’ approval',
  REJECTED: 'Not accepted by the lead organisations',
};

/** The signature as it stands: its status, the text it signed, how it is listed, and its receipt. */
export function ManagedSignature({ endorsement }: { endorsement: ManagedEndorsement }) {
  const { letter, organisation } = endorsement;
  return (
    <>
      <p>
        The signature of <bdi>{organisation.name}</bdi> on “<bdi>{letter.title}</bdi>”, a letter led by{' '}
        <NameList names={letter.leadOrganisations.map((o) => o.name)} />.
      </p>
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="manage-status">
          {STATUS[endorsement.status] ?? endorsement.status}
          {endorsement.withdrawnAt && <> on {formatDate(endorsement.withdrawnAt)}</>}
        </dd>
        <dt>Text signed</dt>
        <dd>
          Version {endorsement.signedVersion.number}, on {formatDate(endorsement.signedAt)}; content hash{' '}
          <code data-testid="manage-hash">{endorsement.contentHash}</code>
        </dd>
        <dt>Listed as</dt>
        <dd data-testid="manage-listed">
          {endorsement.anonymous ? (
            'Not named: only the lead organisations know; the public sees a count'
          ) : (
            <bdi>{endorsement.displayName}</bdi>
          )}
        </dd>
        <dt>Signed by</dt>
        <dd>
          <bdi>{endorsement.signerName}</bdi>, <bdi>{endorsement.signerTitle}</bdi>
        </dd>
      </dl>
      <p>
        <ReceiptDownload receipt={endorsement.receipt} name={`receipt-${letter.slug}`} />
      </p>
    </>
  );
}
