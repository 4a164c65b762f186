import { FormattedMessage } from 'react-intl';
import { GoalBar } from '../../components/goal-bar';
import { SignOnSection } from '../../components/sign-on-section';
import { SupporterForm } from '../../components/supporter-form';
import { ErrorNote, Loading, Markdown, PageTitle } from '../../ui';
import { LetterCounts } from './components/letter-counts';
import { RepresentativeFinder } from './components/representative-finder';
import { Signatories } from './components/signatories';
import { Timeline } from './components/timeline';
import { VerifiedBadge } from '../../components/verified-badge';
import { usePublicLetter } from './hooks/use-public-letter';

export function PublicLetterPage({ slug }: { slug: string }) {
  const result = usePublicLetter(slug);
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
  return (
    <article className="public-letter">
      <PageTitle>{letter.currentVersion.title}</PageTitle>
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
      <Markdown source={letter.currentVersion.body} />
      {letter.targeting?.mode === 'OWN_REPRESENTATIVE' && <RepresentativeFinder areaType={letter.targeting.areaType} />}
      {letter.petition && letter.status === 'OPEN' && <SupporterForm letter={letter} />}
      <SignOnSection letter={letter} />
      <p className="hash">
        <FormattedMessage
          id="publicLetter.contentHash"
          defaultMessage="Content hash of this text: <code>{hash}</code>"
          values={{ hash: letter.currentVersion.contentHash, code: (chunks) => <code>{chunks}</code> }}
        />
      </p>
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
      </p>
    </article>
  );
}
