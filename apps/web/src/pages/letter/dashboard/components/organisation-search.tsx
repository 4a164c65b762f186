import { FormattedMessage, useIntl } from 'react-intl';
import { Field, Loading } from '../../../../ui';
import { useOrganisationSearch } from '../hooks/use-organisation-search';

/** Finds organisations on Undersigned by name; `onPick` hears the one chosen. */
export function OrganisationSearch({
  label,
  onPick,
}: {
  label: string;
  onPick: (org: { id: string; name: string }) => void;
}) {
  const intl = useIntl();
  const { search, setSearch, find, found } = useOrganisationSearch();
  return (
    <div>
      <form
        className="row"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          find();
        }}
      >
        <Field label={label} value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="submit">
          <FormattedMessage id="letter.organisationSearch.find" defaultMessage="Find" />
        </button>
      </form>
      {found.fetching && <Loading />}
      {found.data && (
        <ul
          className="choices"
          aria-label={intl.formatMessage({
            id: 'letter.organisationSearch.found',
            defaultMessage: 'Organisations found',
          })}
        >
          {found.data.organisations.edges.length === 0 && (
            <li>
              <FormattedMessage id="letter.organisationSearch.none" defaultMessage="No organisation has that name." />
            </li>
          )}
          {found.data.organisations.edges.map(({ node }) => (
            <li key={node.id}>
              <FormattedMessage
                id="letter.organisationSearch.result"
                defaultMessage="{name} {country, select, none {} other {({country})}} {choose}"
                values={{
                  name: <bdi>{node.name}</bdi>,
                  country: node.country || 'none',
                  choose: (
                    <button type="button" onClick={() => onPick(node)}>
                      <FormattedMessage
                        id="letter.organisationSearch.choose"
                        defaultMessage="Choose <hidden>{name}</hidden>"
                        values={{
                          name: node.name,
                          hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                        }}
                      />
                    </button>
                  ),
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
