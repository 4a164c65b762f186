import { useMutation } from 'urql';
import { ErrorNote, NameList, Notice } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { AddCoLead } from '../graphql';
import { OrganisationSearch } from './organisation-search';

/** The lead organisations, and asking another to co-lead while the letter is a draft or open. */
export function CoLeads({ letter }: { letter: WorkspaceLetter }) {
  const [added, addCoLead] = useMutation(AddCoLead);
  if (letter.status !== 'DRAFT' && letter.status !== 'OPEN') return null;
  return (
    <section aria-labelledby="coleads-heading">
      <h3 id="coleads-heading">Co-leads</h3>
      <p>
        Lead organisations: <NameList names={letter.leadOrganisations.map((o) => o.name)} />.
      </p>
      <OrganisationSearch
        label="Ask an organisation to co-lead"
        onPick={(org) => void addCoLead({ input: { letterId: letter.id, organisationId: org.id } })}
      />
      <ErrorNote error={added.error} words={{ CONFLICT: 'This organisation already leads the letter.' }} />
      {added.data && <Notice>Asked. The organisation’s owner must accept.</Notice>}
    </section>
  );
}
