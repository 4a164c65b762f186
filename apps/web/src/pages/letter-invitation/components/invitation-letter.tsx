import { TranslationForReading } from '../../../components/translation-view';
import { useReaderTranslation } from '../../../hooks/use-reader-translation';
import { formatDate, Markdown, NameList } from '../../../ui';
import type { InvitationView } from '../graphql';

/** The letter an invitation is about, as it stands: its text and hash, its leads and its deadline. */
export function InvitationLetter({ letter }: { letter: InvitationView['letter'] }) {
  const translation = useReaderTranslation(letter.language, letter.translations);
  return (
    <>
      <p className="meta">
        Led by <NameList names={letter.leadOrganisations.map((o) => o.name)} />
        {letter.endorsementDeadline && <> · sign by {formatDate(letter.endorsementDeadline)}</>}
      </p>
      <TranslationForReading
        translation={translation}
        original={{ language: letter.language, contentHash: letter.currentVersion.contentHash }}
      />
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">The text (version {letter.currentVersion.number})</h2>
        <Markdown source={letter.currentVersion.body} />
        <p className="hash">
          Content hash of this text: <code data-testid="content-hash">{letter.currentVersion.contentHash}</code>
        </p>
      </section>
    </>
  );
}
