import { Link } from 'wouter';
import { FormattedMessage } from 'react-intl';
import { TranslationForReading } from '../../components/translation-view';
import { useReaderTranslation } from '../../hooks/use-reader-translation';
import { statusMessage } from '../../letter-status';
import { ErrorNote, Loading, Markdown, NameList, PageTitle } from '../../ui';
import { Comments } from './components/comments';
import { Editor } from './components/editor';
import { SignPanel } from './components/sign-panel';
import { Versions } from './components/versions';
import { LetterDashboard } from './dashboard/letter-dashboard';
import { useWorkspace } from './hooks/use-workspace';
import { letterRoles } from './letter-roles';

/**
 * A letter's workspace: its text, signing for one's organisations and its versions; for the lead
 * organisations also the editor, the discussion and (for their coordinators) the dashboard.
 */
export function LetterPage({ slug }: { slug: string }) {
  const { result, refresh } = useWorkspace(slug);
  const letter = result.data?.letter;
  const translation = useReaderTranslation(letter?.language, letter?.translations);
  if (!result.data) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  if (!letter) {
    return (
      <>
        <PageTitle>Letter not found</PageTitle>
        <p>This letter does not exist, or your organisations were not invited to it.</p>
      </>
    );
  }
  const { coordinator, drafter, signers } = letterRoles(letter.leadOrganisations, result.data.me.memberships);
  return (
    <article>
      <PageTitle>{letter.currentVersion.title}</PageTitle>
      <p className="meta">
        <span className="tag">
          <FormattedMessage {...statusMessage(letter.status)} />
        </span>{' '}
        · version {letter.currentVersion.number} · led by{' '}
        <NameList names={letter.leadOrganisations.map((o) => o.name)} />
        {letter.visibility === 'PUBLIC' && letter.status !== 'DRAFT' && (
          <>
            {' '}
            · <Link href={`/l/${letter.slug}`}>public page</Link>
          </>
        )}
      </p>
      <TranslationForReading
        translation={translation}
        original={{ language: letter.language, contentHash: letter.currentVersion.contentHash }}
      />
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">The text</h2>
        <Markdown source={letter.currentVersion.body} />
        <p className="hash">
          Content hash: <code data-testid="content-hash">{letter.currentVersion.contentHash}</code>
        </p>
      </section>
      {letter.status === 'OPEN' &&
        signers.map((m) => (
          <SignPanel
            key={m.organisation.id}
            letter={letter}
            organisation={m.organisation}
            endorsement={letter.myEndorsements.find((e) => e.organisation.id === m.organisation.id)}
            onChange={refresh}
          />
        ))}
      <Versions letter={letter} />
      {coordinator && <Editor letter={letter} />}
      {drafter && <Comments letter={letter} />}
      {coordinator && <LetterDashboard letter={letter} onLetterChange={refresh} />}
    </article>
  );
}
