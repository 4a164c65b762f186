import { useMutation } from 'urql';
import { ErrorNote } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { Reject } from '../graphql';
import { useSignatoriesExport } from '../hooks/use-signatories-export';

type EndorsementRow = {
  id: string;
  status: string;
  anonymous: boolean;
  displayName: string;
  signerName: string;
  signerTitle: string;
  organisation: { id: string; name: string; verifiedDomain: string | null };
  signedVersion: { number: number };
};

/**
 * Every signature but those waiting for approval (the queue has them), with who really signed
 * behind a display name; rejecting, and the CSV export.
 */
export function Endorsements({ letter, endorsements }: { letter: WorkspaceLetter; endorsements: EndorsementRow[] }) {
  const [rejected, reject] = useMutation(Reject);
  const { exporting, exportFailed, exportCsv } = useSignatoriesExport(letter.slug);

  return (
    <section aria-labelledby="endorsements-heading">
      <h3 id="endorsements-heading">Signatures</h3>
      {endorsements.length === 0 ? (
        <p>No organisation has signed yet.</p>
      ) : (
        <table data-testid="endorsements">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Signed by</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {endorsements.map((e) => (
              <tr key={e.id}>
                <td dir="auto">
                  {e.displayName} {e.anonymous && <span className="tag">unnamed</span>}
                  {/* A display name may be any name: the leads see whose it really is. */}
                  {e.displayName !== e.organisation.name && (
                    <span className="real-name">
                      {' '}
                      (signed by <bdi>{e.organisation.name}</bdi>
                      {e.organisation.verifiedDomain
                        ? `, verified: ${e.organisation.verifiedDomain}`
                        : ', not verified'}
                      )
                    </span>
                  )}
                </td>
                <td dir="auto">
                  {e.signerName}, {e.signerTitle}
                </td>
                <td>
                  {e.status.toLowerCase().replace('_', ' ')} (v{e.signedVersion.number})
                </td>
                <td>
                  {e.status !== 'REJECTED' && e.status !== 'WITHDRAWN' && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        const reason = prompt(`Reject the signature of ${e.organisation.name}? Reason (optional):`);
                        if (reason !== null) void reject({ endorsementId: e.id, reason: reason || null });
                      }}
                    >
                      Reject <span className="visually-hidden">{e.organisation.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorNote error={rejected.error} />
      <button
        type="button"
        className="secondary"
        onClick={() => void exportCsv()}
        disabled={exporting}
        aria-busy={exporting}
      >
        {exporting ? 'Preparing…' : 'Export signatories (CSV)'}
      </button>
      {exportFailed && (
        <p className="error" role="alert">
          The export could not be prepared. Please try again.
        </p>
      )}
    </section>
  );
}
