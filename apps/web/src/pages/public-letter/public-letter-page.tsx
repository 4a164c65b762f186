import { GoalBar } from '../../components/goal-bar';
import { SignOnSection } from '../../components/sign-on-section';
import { SupporterForm } from '../../components/supporter-form';
import { OriginalIsSigned } from '../../components/translation-view';
import { textAttributes } from '../../text-language';
import { ErrorNote, Loading, Markdown, PageTitle } from '../../ui';
import { LanguageSwitcher } from './components/language-switcher';
import { LetterCounts } from './components/letter-counts';
import { RepresentativeFinder } from './components/representative-finder';
import { Signatories } from './components/signatories';
import { Timeline } from './components/timeline';
import { VerifiedBadge } from '../../components/verified-badge';
import { usePublicLetter } from './hooks/use-public-letter';

export function PublicLetterPage({ slug }: { slug: string }) {
  const { result, translation } = usePublicLetter(slug);
  const letter = result.data?.letter;

  if (result.fetching && !letter) return <Loading what="the letter" />;
  if (result.error) return <ErrorNote error={result.error} />;
  if (!letter) {
    return (
      <>
        <PageTitle>Letter not found</PageTitle>
        <p>There is no public letter at this address.</p>
      </>
    );
  }
  // The text shown: an approved translation ?lang= asks for, else the original.
  const text = translation ?? { ...letter.currentVersion, language: letter.language };
  const lang = textAttributes(text.language);
  return (
    <article className="public-letter">
      <div {...lang} data-testid="letter-title">
        <PageTitle>{text.title}</PageTitle>
      </div>
      <LanguageSwitcher
        slug={letter.slug}
        original={letter.language}
        languages={letter.translations.map((t) => t.language)}
        shown={text.language}
      />
      {translation && (
        <OriginalIsSigned
          translation={translation}
          original={{ language: letter.language, contentHash: letter.currentVersion.contentHash }}
          originalHref={`/l/${encodeURIComponent(letter.slug)}`}
        />
      )}
      <p className="leads" dir="auto">
        Led by{' '}
        {letter.leadOrganisations.map((org, index) => (
          <span key={org.id}>
            {index > 0 && ', '}
            <bdi>{org.name}</bdi>
            {org.verifiedDomain && <VerifiedBadge domain={org.verifiedDomain} />}
          </span>
        ))}
      </p>
      <LetterCounts letter={letter} />
      {letter.petition && <GoalBar supporters={letter.counts.supporters} goal={letter.goal ?? null} />}
      <div {...lang} data-testid="letter-text">
        <Markdown source={text.body} />
      </div>
      {letter.targeting?.mode === 'OWN_REPRESENTATIVE' && <RepresentativeFinder areaType={letter.targeting.areaType} />}
      {letter.petition && letter.status === 'OPEN' && <SupporterForm letter={letter} />}
      <SignOnSection letter={letter} />
      {translation ? (
        <p className="hash">
          Content hash of this translation: <code>{translation.contentHash}</code>
        </p>
      ) : (
        <p className="hash">
          Content hash of this text: <code>{letter.currentVersion.contentHash}</code>
        </p>
      )}
      {letter.edition && (
        <p>
          <a href={letter.edition.verifyUrl}>Verify the delivered letter</a>
        </p>
      )}
      <Signatories signatories={letter.signatories} />
      <Timeline entries={letter.timeline} />
      <p>
        <a href={`/letters/${letter.slug}.pdf`}>Download the letter (PDF)</a>
        {translation && (
          <>
            {' · '}
            <a href={`/letters/${letter.slug}.pdf?lang=${encodeURIComponent(translation.language)}`}>
              Download this translation (PDF)
            </a>
          </>
        )}
      </p>
    </article>
  );
}
