import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ErrorNote } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { Reject } from '../graphql';
import { DASHBOARD_ENUMS } from '../status-messages';
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
  const intl = useIntl();
  const [rejected, reject] = useMutation(Reject);
  const { exporting, exportFailed, exportCsv } = useSignatoriesExport(letter.slug);

  return (
    <section aria-labelledby="endorsements-heading">
      <h3 id="endorsements-heading">
        <FormattedMessage id="letter.endorsements.heading" defaultMessage="Signatures" />
      </h3>
      {endorsements.length === 0 ? (
        <p>
          <FormattedMessage id="letter.endorsements.none" defaultMessage="No organisation has signed yet." />
        </p>
      ) : (
        <table data-testid="endorsements">
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="letter.endorsements.organisation" defaultMessage="Organisation" />
              </th>
              <th scope="col">
                <FormattedMessage id="letter.endorsements.signer" defaultMessage="Signed by" />
              </th>
              <th scope="col">
                <FormattedMessage id="letter.endorsements.status" defaultMessage="Status" />
              </th>
              <th scope="col">
                <FormattedMessage id="letter.endorsements.actions" defaultMessage="Actions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {endorsements.map((e) => (
              <tr key={e.id}>
                <td dir="auto">
                  <FormattedMessage
                    id="letter.endorsements.name"
                    defaultMessage="{name}{anonymous, select, yes { <tag>unnamed</tag>} other {}}"
                    values={{
                      name: e.displayName,
                      anonymous: e.anonymous ? 'yes' : 'no',
                      tag: (chunks) => <span className="tag">{chunks}</span>,
                    }}
                  />
                  {/* A display name may be any name: the leads see whose it really is. */}
                  {e.displayName !== e.organisation.name && (
                    <span className="real-name">
                      <FormattedMessage
                        id="letter.endorsements.realName"
                        defaultMessage=" (signed by <bdi>{name}</bdi>{verified, select, yes {, verified: {domain}} other {, not verified}})"
                        values={{
                          name: e.organisation.name,
                          verified: e.organisation.verifiedDomain ? 'yes' : 'no',
                          domain: e.organisation.verifiedDomain,
                          bdi: (chunks) => <bdi>{chunks}</bdi>,
                        }}
                      />
                    </span>
                  )}
                </td>
                <td dir="auto">
                  <FormattedMessage
                    id="letter.endorsements.signerValue"
                    defaultMessage="{name}, {title}"
                    values={{ name: e.signerName, title: e.signerTitle }}
                  />
                </td>
                <td>
                  <FormattedMessage
                    id="letter.endorsements.statusValue"
                    defaultMessage="{status} (v{number})"
                    values={{
                      status: intl.formatMessage(DASHBOARD_ENUMS.endorsementStatus, { status: e.status }),
                      number: e.signedVersion.number,
                    }}
                  />
                </td>
                <td>
                  {e.status !== 'REJECTED' && e.status !== 'WITHDRAWN' && (
                    <button
                      type="button"
                      className="secondary"
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
                        if (reason !== null) void reject({ endorsementId: e.id, reason: reason || null });
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
        {exporting ? (
          <FormattedMessage id="letter.endorsements.exporting" defaultMessage="Preparing…" />
        ) : (
          <FormattedMessage id="letter.endorsements.export" defaultMessage="Export signatories (CSV)" />
        )}
      </button>
      {exportFailed && (
        <p className="error" role="alert">
          <FormattedMessage
            id="letter.endorsements.exportFailed"
            defaultMessage="The export could not be prepared. Please try again."
          />
        </p>
      )}
    </section>
  );
}
