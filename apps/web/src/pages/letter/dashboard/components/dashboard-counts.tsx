import { FormattedMessage, FormattedNumber } from 'react-intl';
import type { WorkspaceLetter } from '../../graphql';

/** The letter's counts, as the leads follow them. */
export function DashboardCounts({ counts }: { counts: WorkspaceLetter['counts'] }) {
  return (
    <dl className="counts" aria-live="polite" data-testid="dashboard-counts">
      <div>
        <dt>
          <FormattedMessage id="letter.counts.signed" defaultMessage="Signed" />
        </dt>
        <dd data-testid="count-signed">
          <FormattedNumber value={counts.signed} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="letter.counts.anonymous" defaultMessage="of them unnamed" />
        </dt>
        <dd data-testid="count-anonymous">
          <FormattedNumber value={counts.anonymous} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="letter.counts.reconfirm" defaultMessage="Must re-confirm" />
        </dt>
        <dd data-testid="count-reconfirm">
          <FormattedNumber value={counts.needsReconfirmation} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="letter.counts.invited" defaultMessage="Invited" />
        </dt>
        <dd data-testid="count-invited">
          <FormattedNumber value={counts.invited} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="letter.counts.declined" defaultMessage="Declined" />
        </dt>
        <dd>
          <FormattedNumber value={counts.declined} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="letter.counts.withdrawn" defaultMessage="Withdrawn" />
        </dt>
        <dd>
          <FormattedNumber value={counts.withdrawn} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="letter.counts.supporters" defaultMessage="Supporters" />
        </dt>
        <dd>
          <FormattedNumber value={counts.supporters} />
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="letter.counts.supportersReconfirm" defaultMessage="Supporters to re-confirm" />
        </dt>
        <dd data-testid="count-supporters-reconfirm">
          <FormattedNumber value={counts.supportersAwaitingReconfirmation} />
        </dd>
      </div>
    </dl>
  );
}
