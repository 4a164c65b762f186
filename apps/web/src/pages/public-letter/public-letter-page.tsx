import { FormattedMessage } from 'react-intl';
import { GoalBar } from '../../components/goal-bar';
import { SignOnSection } from '../../components/sign-on-section';
import { SupporterForm } from '../../components/supporter-form';
import { OriginalIsSigned, TranslationHash } from '../../components/translation-view';
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

  if (result.fetching && !letter) return <Loading />;
  if (result.error) return <ErrorNote error={result.error} />;
  if (!letter) {
    return (
      <>
        <PageTitle>
          <FormattedMessage id="publicLetter.notFound.title" defaultMessage="Letter not found" />
        </PageTitle>
        <p>
          <FormattedMessage
            id="publicLetter.notFound.text"
            defaultMessage="There is no public letter at this address."
          />
        </p>
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
        <FormattedMessage
          id="publicLetter.ledBy"
          defaultMessage="Led by {organisations}"
          values={{
            organisations: letter.leadOrganisations.map((org, index) => (
              <span key={org.id}>
                {index > 0 && <FormattedMessage id="ui.listSeparator" defaultMessage=", " />}
                <bdi>{org.name}</bdi>
                {org.verifiedDomain && <VerifiedBadge domain={org.verifiedDomain} />}
              </span>
            )),
          }}
        />
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
        <TranslationHash hash={translation.contentHash} />
      ) : (
        <p className="hash">
          <FormattedMessage
            id="publicLetter.contentHash"
            defaultMessage="Content hash of this text: <code>{hash}</code>"
            values={{ hash: letter.currentVersion.contentHash, code: (chunks) => <code>{chunks}</code> }}
          />
        </p>
      )}
      {letter.edition && (
        <p>
          <a href={letter.edition.verifyUrl}>
            <FormattedMessage id="publicLetter.verifyEdition" defaultMessage="Verify the delivered letter" />
          </a>
        </p>
      )}
      <Signatories signatories={letter.signatories} />
      <Timeline entries={letter.timeline} />
      <p>
        <a href={`/letters/${letter.slug}.pdf`}>
          <FormattedMessage id="publicLetter.downloadPdf" defaultMessage="Download the letter (PDF)" />
        </a>
        {translation && (
          <>
            <FormattedMessage id="publicLetter.linkSeparator" defaultMessage=" · " />
            <a href={`/letters/${letter.slug}.pdf?lang=${encodeURIComponent(translation.language)}`}>
              <FormattedMessage
                id="publicLetter.downloadTranslationPdf"
                defaultMessage="Download this translation (PDF)"
              />
            </a>
          </>
        )}
      </p>
    </article>
  );
}
