import type { WorkspaceLetter } from '../../graphql';

/** The letter's counts, as the leads follow them. */
export function DashboardCounts({ counts }: { counts: WorkspaceLetter['counts'] }) {
  return (
    <dl className="counts" aria-live="polite" data-testid="dashboard-counts">
      <div>
        <dt>Signed</dt>
        <dd data-testid="count-signed">{counts.signed}</dd>
      </div>
      <div>
        <dt>of them unnamed</dt>
        <dd data-testid="count-anonymous">{counts.anonymous}</dd>
      </div>
      <div>
        <dt>Must re-confirm</dt>
        <dd data-testid="count-reconfirm">{counts.needsReconfirmation}</dd>
      </div>
      <div>
        <dt>Invited</dt>
        <dd data-testid="count-invited">{counts.invited}</dd>
      </div>
      <div>
        <dt>Declined</dt>
        <dd>{counts.declined}</dd>
      </div>
      <div>
        <dt>Withdrawn</dt>
        <dd>{counts.withdrawn}</dd>
      </div>
      <div>
        <dt>Supporters</dt>
        <dd>{counts.supporters}</dd>
      </div>
      <div>
        <dt>Supporters to re-confirm</dt>
        <dd data-testid="count-supporters-reconfirm">{counts.supportersAwaitingReconfirmation}</dd>
      </div>
    </dl>
  );
}
