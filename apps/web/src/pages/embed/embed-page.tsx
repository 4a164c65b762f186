import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useSearch } from 'wouter';
import { GoalBar } from '../../components/goal-bar';
import { SignOnSection } from '../../components/sign-on-section';
import { SupporterForm } from '../../components/supporter-form';
import { graphql } from '../../gql';
import { useLiveCounts } from '../../hooks/use-live-counts';
import { useLetterLanguageParam } from '../../i18n/locale-root';
import { canonicalTag, languageName, textAttributes } from '../../text-language';
import { ErrorNote, Loading } from '../../ui';

const EmbedQuery = graphql(`
  query EmbedLetter($slug: String!, $lang: String!, $translated: Boolean!) {
    letter(slug: $slug) {
      id
      slug
      title
      language
      translation(language: $lang) @include(if: $translated) {
        id
        language
        title
        status
      }
      ...PetitionForm
      ...SignOnLetter
    }
  }
`);

/** The supporter form (and the open sign-on form) alone, for partners' sites to put in an iframe. */
export function EmbedPage({ slug }: { slug: string }) {
  const intl = useIntl();
  useLetterLanguageParam();
  const lang = canonicalTag(new URLSearchParams(useSearch()).get('lang'));
  const [result] = useQuery({
    query: EmbedQuery,
    variables: { slug, lang: lang ?? '', translated: lang !== null },
  });
  const letter = result.data?.letter;
  useLiveCounts(letter?.id);
  if (!letter) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  // ?lang=: the title of an APPROVED translation, linking to the public page in that language.
  const translation = letter.translation?.status === 'APPROVED' ? letter.translation : null;
  const href = `/l/${letter.slug}${translation ? `?lang=${encodeURIComponent(translation.language)}` : ''}`;
  return (
    <main id="main" className="embed">
      <h1 {...(translation ? textAttributes(translation.language) : { dir: 'auto' })}>
        <a href={href} target="_blank" rel="noopener">
          {translation ? translation.title : letter.title}
        </a>
      </h1>
      {translation && (
        <p className="hint">
          <FormattedMessage
            id="embed.translationNote"
            defaultMessage="A translation into {language}, for reading: the original in {original} is the text that is signed."
            values={{
              language: languageName(translation.language, intl.locale),
              original: languageName(letter.language, intl.locale),
            }}
          />
        </p>
      )}
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
