import { ErrorNote, Field, Loading } from '../../../ui';
import { useRepresentatives } from '../hooks/use-representatives';

/** "Find your representative": who a supporter's signature will be sent to, from their postcode. */
export function RepresentativeFinder({ areaType }: { areaType: string }) {
  const { postcode, setPostcode, ask, result } = useRepresentatives(areaType);
  const found = result.data?.representatives;
  return (
    <section className="card" aria-labelledby="representative-heading">
      <h2 id="representative-heading">Find your representative</h2>
      <p>When you sign, this letter is sent in your name to the representative for your postcode.</p>
      <form
        className="row"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        <Field
          label="Your postcode"
          autoComplete="postal-code"
          required
          value={postcode}
          onChange={(e) => setPostcode(e.target.value)}
        />
        <button type="submit">Find</button>
      </form>
      {result.fetching && <Loading what="your representative" />}
      <ErrorNote
        error={result.error}
        words={{ BAD_USER_INPUT: 'That does not look like a postcode. Please check it.' }}
      />
      {found && (
        <ul aria-live="polite" data-testid="representatives">
          {found.length === 0 && <li>We could not find a representative for this postcode.</li>}
          {found.map((target) => (
            <li key={target.id}>
              <strong dir="auto">{target.name}</strong>
              {target.title && `, ${target.title}`}
              {target.party && ` (${target.party})`}
              {target.area && (
                <>
                  {' '}
                  · <bdi>{target.area.name}</bdi>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
