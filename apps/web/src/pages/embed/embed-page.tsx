import { FormattedMessage } from 'react-intl';
import { useQuery } from 'urql';
import { GoalBar } from '../../components/goal-bar';
import { SignOnSection } from '../../components/sign-on-section';
import { SupporterForm } from '../../components/supporter-form';
import { graphql } from '../../gql';
import { useLiveCounts } from '../../hooks/use-live-counts';
import { ErrorNote, Loading } from '../../ui';

const EmbedQuery = graphql(`
  query EmbedLetter($slug: String!) {
    letter(slug: $slug) {
      id
      slug
      title
      ...PetitionForm
      ...SignOnLetter
    }
  }
`);

/** The supporter form (and the open sign-on form) alone, for partners' sites to put in an iframe. */
export function EmbedPage({ slug }: { slug: string }) {
  const [result] = useQuery({ query: EmbedQuery, variables: { slug } });
  const letter = result.data?.letter;
  useLiveCounts(letter?.id);
  if (!letter) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  return (
    <main id="main" className="embed">
      <h1 dir="auto">
        <a href={`/l/${letter.slug}`} target="_blank" rel="noopener">
          {letter.title}
        </a>
      </h1>
      {letter.petition && <GoalBar supporters={letter.counts.supporters} goal={letter.goal ?? null} />}
      {letter.status === 'OPEN' && letter.petition && <SupporterForm letter={letter} />}
      <SignOnSection letter={letter} />
      {(letter.status !== 'OPEN' || (!letter.petition && !letter.openSignOn)) && (
        <p>
          <FormattedMessage id="embed.notCollecting" defaultMessage="This letter is not collecting names now." />
        </p>
      )}
    </main>
  );
}
