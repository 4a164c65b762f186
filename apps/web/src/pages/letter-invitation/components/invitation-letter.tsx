import { formatDate, Markdown, NameList } from '../../../ui';
import type { InvitationView } from '../graphql';

/** The letter an invitation is about, as it stands: its text and hash, its leads and its deadline. */
export function InvitationLetter({ letter }: { letter: InvitationView['letter'] }) {
  return (
    <>
      <p className="meta">
        Led by <NameList names={letter.leadOrganisations.map((o) => o.name)} />
        {letter.endorsementDeadline && <> · sign by {formatDate(letter.endorsementDeadline)}</>}
      </p>
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
