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
        <button type="submit">Find</button>
      </form>
      {found.fetching && <Loading />}
      {found.data && (
        <ul className="choices" aria-label="Organisations found">
          {found.data.organisations.edges.length === 0 && <li>No organisation has that name.</li>}
          {found.data.organisations.edges.map(({ node }) => (
            <li key={node.id}>
              <bdi>{node.name}</bdi> {node.country && `(${node.country})`}{' '}
              <button type="button" onClick={() => onPick(node)}>
                Choose <span className="visually-hidden">{node.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
