import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote, Field, Loading } from '../../../ui';
import { useRepresentatives } from '../hooks/use-representatives';

/** "Find your representative": who a supporter's signature will be sent to, from their postcode. */
export function RepresentativeFinder({ areaType }: { areaType: string }) {
  const { postcode, setPostcode, ask, result } = useRepresentatives(areaType);
  const found = result.data?.representatives;
  const intl = useIntl();
  return (
    <section className="card" aria-labelledby="representative-heading">
      <h2 id="representative-heading">
        <FormattedMessage id="representativeFinder.heading" defaultMessage="Find your representative" />
      </h2>
      <p>
        <FormattedMessage
          id="representativeFinder.intro"
          defaultMessage="When you sign, this letter is sent in your name to the representative for your postcode."
        />
      </p>
      <form
        className="row"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        <Field
          label={intl.formatMessage({ id: 'representativeFinder.postcode', defaultMessage: 'Your postcode' })}
          autoComplete="postal-code"
          required
          value={postcode}
          onChange={(e) => setPostcode(e.target.value)}
        />
        <button type="submit">
          <FormattedMessage id="representativeFinder.find" defaultMessage="Find" />
        </button>
      </form>
      {result.fetching && <Loading />}
      <ErrorNote
        error={result.error}
        words={{
          BAD_USER_INPUT: intl.formatMessage({
            id: 'representativeFinder.badPostcode',
            defaultMessage: 'That does not look like a postcode. Please check it.',
          }),
        }}
      />
      {found && (
        <ul aria-live="polite" data-testid="representatives">
          {found.length === 0 && (
            <li>
              <FormattedMessage
                id="representativeFinder.none"
                defaultMessage="We could not find a representative for this postcode."
              />
            </li>
          )}
          {found.map((target) => (
            <li key={target.id}>
              <FormattedMessage
                id="representativeFinder.representative"
                defaultMessage="<b>{name}</b>{hasTitle, select, yes {, {title}} other {}}{hasParty, select, yes { ({party})} other {}}{hasArea, select, yes { · <bdi>{area}</bdi>} other {}}"
                values={{
                  name: target.name,
                  title: target.title ?? '',
                  party: target.party ?? '',
                  area: target.area?.name ?? '',
                  hasTitle: target.title ? 'yes' : 'no',
                  hasParty: target.party ? 'yes' : 'no',
                  hasArea: target.area ? 'yes' : 'no',
                  b: (chunks) => <strong dir="auto">{chunks}</strong>,
                  bdi: (chunks) => <bdi>{chunks}</bdi>,
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
