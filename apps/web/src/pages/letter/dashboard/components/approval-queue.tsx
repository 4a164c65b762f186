import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ErrorNote, formatDate, Loading } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { useApprovalQueue } from '../hooks/use-approval-queue';
import { VerifiedBadge } from '../../../../components/verified-badge';
import { Approve, Reject } from '../graphql';

/**
 * The signatures waiting for the leads (PENDING_APPROVAL): those that came by open sign-on, and
 * those signed under a display name other than the organisation's own. Counted and listed nowhere
 * until approved; rejected, they never are.
 */
export function ApprovalQueue({ letter, onChange }: { letter: WorkspaceLetter; onChange: () => void }) {
  const intl = useIntl();
  const { result, refresh } = useApprovalQueue(letter);
  const [approved, approve] = useMutation(Approve);
  const [rejected, reject] = useMutation(Reject);
  const decided = () => {
    refresh();
    onChange();
  };
  const queue = result.data?.letter?.awaiting;
  if (!queue) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  const awaiting = queue.edges.map((e) => e.node);
  return (
    <section aria-labelledby="queue-heading">
      <h3 id="queue-heading">
        <FormattedMessage
          id="letter.queue.heading"
          defaultMessage="Waiting for your approval ({count, number})"
          values={{ count: queue.totalCount }}
        />
      </h3>
      {awaiting.length === 0 ? (
        <p>
          <FormattedMessage id="letter.queue.none" defaultMessage="No signature is waiting for approval." />
        </p>
      ) : (
        <ul className="queue" data-testid="approval-queue">
          {awaiting.map((e) => (
            <li key={e.id} className="card">
              <p>
                <strong>
                  <bdi>{e.organisation.name}</bdi>
                </strong>
                {e.organisation.verifiedDomain ? (
                  <VerifiedBadge domain={e.organisation.verifiedDomain} />
                ) : (
                  <span className="tag">
                    <FormattedMessage id="letter.queue.notVerified" defaultMessage="not verified" />
                  </span>
                )}
                {e.anonymous && (
                  <span className="tag">
                    <FormattedMessage id="letter.unnamed" defaultMessage="unnamed" />
                  </span>
                )}
              </p>
              <dl className="facts">
                {e.displayName !== e.organisation.name && (
                  <>
                    <dt>
                      <FormattedMessage id="letter.queue.shownAs" defaultMessage="Shown as" />
                    </dt>
                    <dd>
                      <bdi>{e.displayName}</bdi>
                    </dd>
                  </>
                )}
                <dt>
                  <FormattedMessage id="letter.queue.signer" defaultMessage="Signer" />
                </dt>
                <dd>
                  <FormattedMessage
                    id="letter.queue.signerValue"
                    defaultMessage="{name}, {title}"
                    values={{ name: <bdi>{e.signerName}</bdi>, title: <bdi>{e.signerTitle}</bdi> }}
                  />
                </dd>
                {e.signedBy && (
                  <>
                    <dt>
                      <FormattedMessage id="letter.queue.signedFrom" defaultMessage="Signed from" />
                    </dt>
                    <dd>
                      <bdi>{e.signedBy}</bdi>
                    </dd>
                  </>
                )}
                {e.organisation.website && (
                  <>
                    <dt>
                      <FormattedMessage id="letter.queue.website" defaultMessage="Website" />
                    </dt>
                    <dd>
                      <bdi>{e.organisation.website}</bdi>
                    </dd>
                  </>
                )}
                {e.comment && (
                  <>
                    <dt>
                      <FormattedMessage id="letter.queue.comment" defaultMessage="Comment" />
                    </dt>
                    <dd dir="auto">{e.comment}</dd>
                  </>
                )}
                <dt>
                  <FormattedMessage id="letter.queue.signed" defaultMessage="Signed" />
                </dt>
                <dd>{formatDate(e.signedAt)}</dd>
              </dl>
              <div className="row">
                <button
                  type="button"
                  disabled={approved.fetching}
                  onClick={() => void approve({ endorsementId: e.id }).then(decided)}
                >
                  <FormattedMessage
                    id="letter.approve"
                    defaultMessage="Approve <hidden>{name}</hidden>"
                    values={{
                      name: e.organisation.name,
                      hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                    }}
                  />
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={rejected.fetching}
                  onClick={() => {
                    const reason = prompt(
                      intl.formatMessage(
                        {
                          id: 'letter.rejectPrompt',
                          defaultMessage: 'Reject the signature of {name}? Reason (optional):',
                        },
                        { name: e.organisation.name },
                      ),
                    );
                    if (reason !== null) void reject({ endorsementId: e.id, reason: reason || null }).then(decided);
                  }}
                >
                  <FormattedMessage
                    id="letter.reject"
                    defaultMessage="Reject <hidden>{name}</hidden>"
                    values={{
                      name: e.organisation.name,
                      hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                    }}
                  />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={approved.error ?? rejected.error} />
    </section>
  );
}
