import { Link } from 'wouter';
import { FormattedDate, FormattedMessage } from 'react-intl';
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
        <PageTitle>
          <FormattedMessage id="letter.notFound.title" defaultMessage="Letter not found" />
        </PageTitle>
        <p>
          <FormattedMessage
            id="letter.notFound.text"
            defaultMessage="This letter does not exist, or your organisations were not invited to it."
          />
        </p>
      </>
    );
  }
  const { coordinator, drafter, signers } = letterRoles(letter.leadOrganisations, result.data.me.memberships);
  // Under embargo the public page answers nobody but those involved: no link to it until the hour.
  const embargoedUntil =
    letter.publishAt && new Date(letter.publishAt).getTime() > Date.now() ? letter.publishAt : null;
  return (
    <article>
      <PageTitle>{letter.currentVersion.title}</PageTitle>
      <p className="meta">
        <FormattedMessage
          id="letter.meta"
          defaultMessage="{status} · version {number} · led by {leads}{public, select, yes { · <link>public page</link>} other {}}"
          values={{
            status: (
              <span className="tag">
                <FormattedMessage {...statusMessage(letter.status)} />
              </span>
            ),
            number: letter.currentVersion.number,
            leads: <NameList names={letter.leadOrganisations.map((o) => o.name)} />,
            public: letter.visibility === 'PUBLIC' && letter.status !== 'DRAFT' && !embargoedUntil ? 'yes' : 'no',
            link: (chunks) => <Link href={`/l/${letter.slug}`}>{chunks}</Link>,
          }}
        />
      </p>
      {embargoedUntil && (
        <p className="meta">
          <FormattedMessage
            id="embargo.letterNote"
            defaultMessage="Embargoed until {when}: please do not share it before then."
            values={{
              when: (
                <time dateTime={embargoedUntil}>
                  <FormattedDate value={embargoedUntil} dateStyle="full" timeStyle="short" />
                </time>
              ),
            }}
          />
        </p>
      )}
      <TranslationForReading
        translation={translation}
        original={{ language: letter.language, contentHash: letter.currentVersion.contentHash }}
      />
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">
          <FormattedMessage id="letter.textHeading" defaultMessage="The text" />
        </h2>
        <Markdown source={letter.currentVersion.body} />
        <p className="hash">
          <FormattedMessage
            id="letter.contentHash"
            defaultMessage="Content hash: {hash}"
            values={{ hash: <code data-testid="content-hash">{letter.currentVersion.contentHash}</code> }}
          />
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
