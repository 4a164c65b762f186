import { FormattedMessage } from 'react-intl';
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
        <FormattedMessage
          id="signing.ledBy"
          defaultMessage="Led by {names}"
          values={{ names: <NameList names={letter.leadOrganisations.map((o) => o.name)} /> }}
        />
        {letter.endorsementDeadline && (
          <>
            {' · '}
            <FormattedMessage
              id="signing.signBy"
              defaultMessage="sign by {date}"
              values={{ date: formatDate(letter.endorsementDeadline) }}
            />
          </>
        )}
      </p>
      <TranslationForReading
        translation={translation}
        original={{ language: letter.language, contentHash: letter.currentVersion.contentHash }}
      />
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">
          <FormattedMessage
            id="signing.invitation.textHeading"
            defaultMessage="The text (version {version})"
            values={{ version: letter.currentVersion.number }}
          />
        </h2>
        <Markdown source={letter.currentVersion.body} />
        <p className="hash">
          <FormattedMessage
            id="signing.contentHash"
            defaultMessage="Content hash of this text: <code>{hash}</code>"
            values={{
              hash: letter.currentVersion.contentHash,
              code: (chunks) => <code data-testid="content-hash">{chunks}</code>,
            }}
          />
        </p>
      </section>
    </>
  );
}
