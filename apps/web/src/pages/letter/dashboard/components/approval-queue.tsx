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
      <h3 id="queue-heading">Waiting for your approval ({queue.totalCount})</h3>
      {awaiting.length === 0 ? (
        <p>No signature is waiting for approval.</p>
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
                  <span className="tag">not verified</span>
                )}
                {e.anonymous && <span className="tag">unnamed</span>}
              </p>
              <dl className="facts">
                {e.displayName !== e.organisation.name && (
                  <>
                    <dt>Shown as</dt>
                    <dd>
                      <bdi>{e.displayName}</bdi>
                    </dd>
                  </>
                )}
                <dt>Signer</dt>
                <dd>
                  <bdi>{e.signerName}</bdi>, <bdi>{e.signerTitle}</bdi>
                </dd>
                {e.signedBy && (
                  <>
                    <dt>Signed from</dt>
                    <dd>
                      <bdi>{e.signedBy}</bdi>
                    </dd>
                  </>
                )}
                {e.organisation.website && (
                  <>
                    <dt>Website</dt>
                    <dd>
                      <bdi>{e.organisation.website}</bdi>
                    </dd>
                  </>
                )}
                {e.comment && (
                  <>
                    <dt>Comment</dt>
                    <dd dir="auto">{e.comment}</dd>
                  </>
                )}
                <dt>Signed</dt>
                <dd>{formatDate(e.signedAt)}</dd>
              </dl>
              <div className="row">
                <button
                  type="button"
                  disabled={approved.fetching}
                  onClick={() => void approve({ endorsementId: e.id }).then(decided)}
                >
                  Approve <span className="visually-hidden">{e.organisation.name}</span>
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={rejected.fetching}
                  onClick={() => {
                    const reason = prompt(`Reject the signature of ${e.organisation.name}? Reason (optional):`);
                    if (reason !== null) void reject({ endorsementId: e.id, reason: reason || null }).then(decided);
                  }}
                >
                  Reject <span className="visually-hidden">{e.organisation.name}</span>
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
