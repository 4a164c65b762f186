import { FormattedMessage } from 'react-intl';
import { ErrorNote, Loading } from '../../../ui';
import type { WorkspaceLetter } from '../graphql';
import { CoLeads } from './components/co-leads';
import { DashboardCounts } from './components/dashboard-counts';
import { EmbargoSettings } from './components/embargo-settings';
import { Deliveries } from './components/deliveries';
import { ApprovalQueue } from './components/approval-queue';
import { Endorsements } from './components/endorsements';
import { Invitations } from './components/invitations';
import { LetterStageActions } from './components/letter-stage-actions';
import { OpenSignOnSettings } from './components/open-sign-on-settings';
import { Recipients } from './components/recipients';
import { Translations } from './components/translations';
import { Updates } from './components/updates';
import { useDashboardEndorsements } from './hooks/use-dashboard-endorsements';
import { useDeliveryTracking } from './hooks/use-delivery-tracking';

/**
 * The coordinators' part of a letter's page: counts, opening and closing, co-leads, invitations,
 * signatures, recipients, delivery and timeline updates. `onLetterChange` reads the letter again
 * after a change its own mutation does not return (delivering).
 */
export function LetterDashboard({ letter, onLetterChange }: { letter: WorkspaceLetter; onLetterChange: () => void }) {
  const { result, refresh } = useDashboardEndorsements(letter);
  const { delivery, refresh: refreshDelivery } = useDeliveryTracking(letter);
  const data = result.data?.letter;
  const sending = delivery.data?.letter;
  return (
    <section aria-labelledby="dashboard-heading" className="dashboard">
      <h2 id="dashboard-heading">
        <FormattedMessage id="letter.dashboard.heading" defaultMessage="Coordination" />
      </h2>
      <DashboardCounts counts={letter.counts} />
      <LetterStageActions letter={letter} />
      {letter.visibility === 'PUBLIC' && <EmbargoSettings letter={letter} onPublished={onLetterChange} />}
      <CoLeads letter={letter} />
      {(letter.status === 'DRAFT' || letter.status === 'OPEN') && <Invitations letter={letter} />}
      {letter.visibility === 'PUBLIC' && (letter.status === 'DRAFT' || letter.status === 'OPEN') && (
        <OpenSignOnSettings letter={letter} />
      )}
      <ApprovalQueue letter={letter} onChange={refresh} />
      {data ? (
        <Endorsements
          letter={letter}
          endorsements={data.endorsements.edges.map((e) => e.node).filter((e) => e.status !== 'PENDING_APPROVAL')}
        />
      ) : result.error ? (
        <ErrorNote error={result.error} />
      ) : (
        <Loading />
      )}
      <Translations letter={letter} />
      {sending ? (
        <>
          <Recipients letter={letter} recipients={sending.recipients} onChange={refreshDelivery} />
          <Deliveries
            letter={letter}
            deliveries={sending.deliveries}
            onChange={() => {
              refreshDelivery();
              onLetterChange();
            }}
          />
        </>
      ) : delivery.error ? (
        <ErrorNote error={delivery.error} />
      ) : (
        <Loading />
      )}
      <Updates letter={letter} />
    </section>
  );
}
