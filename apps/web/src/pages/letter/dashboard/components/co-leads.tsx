import { useMutation } from 'urql';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote, NameList, Notice } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { AddCoLead } from '../graphql';
import { OrganisationSearch } from './organisation-search';

/** The lead organisations, and asking another to co-lead while the letter is a draft or open. */
export function CoLeads({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const [added, addCoLead] = useMutation(AddCoLead);
  if (letter.status !== 'DRAFT' && letter.status !== 'OPEN') return null;
  return (
    <section aria-labelledby="coleads-heading">
      <h3 id="coleads-heading">
        <FormattedMessage id="letter.coLeads.heading" defaultMessage="Co-leads" />
      </h3>
      <p>
        <FormattedMessage
          id="letter.coLeads.leads"
          defaultMessage="Lead organisations: {leads}."
          values={{ leads: <NameList names={letter.leadOrganisations.map((o) => o.name)} /> }}
        />
      </p>
      <OrganisationSearch
        label={intl.formatMessage({ id: 'letter.coLeads.ask', defaultMessage: 'Ask an organisation to co-lead' })}
        onPick={(org) => void addCoLead({ input: { letterId: letter.id, organisationId: org.id } })}
      />
      <ErrorNote
        error={added.error}
        words={{
          CONFLICT: intl.formatMessage({
            id: 'letter.coLeads.conflict',
            defaultMessage: 'This organisation already leads the letter.',
          }),
        }}
      />
      {added.data && (
        <Notice>
          <FormattedMessage id="letter.coLeads.asked" defaultMessage="Asked. The organisation’s owner must accept." />
        </Notice>
      )}
    </section>
  );
}
