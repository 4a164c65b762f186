import { FormattedMessage } from 'react-intl';
import { ErrorNote, Loading, PageTitle } from '../../ui';
import { ApiKeys } from './components/api-keys';
import { CoLeadRequests } from './components/co-lead-requests';
import { DomainVerification } from './components/domain-verification';
import { MemberInvitations } from './components/member-invitations';
import { Members } from './components/members';
import { Webhooks } from './components/webhooks';
import { SecuritySettings } from './components/security-settings';
import { useOrganisation } from './hooks/use-organisation';

/** An organisation's page: its facts, requests to co-lead, members, and for its owners their management. */
export function OrganisationPage({ id }: { id: string }) {
  const { result, organisation, mine, owner, refresh } = useOrganisation(id);

  if (!organisation) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  return (
    <>
      <PageTitle>{organisation.name}</PageTitle>
      <p dir="auto">{organisation.description}</p>
      <dl className="facts">
        {organisation.country && (
          <>
            <dt>
              <FormattedMessage id="organisation.country" defaultMessage="Country" />
            </dt>
            <dd>{organisation.country}</dd>
          </>
        )}
        {organisation.website && (
          <>
            <dt>
              <FormattedMessage id="organisation.website" defaultMessage="Website" />
            </dt>
            <dd>
              {organisation.verifiedDomain ? (
                <FormattedMessage
                  id="organisation.websiteVerified"
                  defaultMessage="{website} <verified>✔ verified</verified>"
                  values={{
                    website: organisation.website,
                    verified: (chunks) => <span className="verified">{chunks}</span>,
                  }}
                />
              ) : (
                organisation.website
              )}
            </dd>
          </>
        )}
      </dl>
      {owner && organisation.website && !organisation.verifiedDomain && <DomainVerification organisationId={id} />}
      {organisation.coLeadRequests.length > 0 && (
        <CoLeadRequests organisationId={id} requests={organisation.coLeadRequests} />
      )}
      <Members
        organisation={organisation}
        members={organisation.members}
        mineId={mine?.id}
        owner={owner}
        onRemoved={refresh}
      />
      {owner && <MemberInvitations organisationId={id} />}
      {(owner || mine?.role === 'COORDINATOR') && <ApiKeys organisationId={id} owner={owner} />}
      <Webhooks organisationId={id} role={mine?.role} />
      {owner && (
        <SecuritySettings
          organisationId={id}
          requireTwoFactor={organisation.requireTwoFactor}
          requirePhishingResistant={organisation.requirePhishingResistant}
        />
      )}
    </>
  );
}
