import { Markdown } from '../ui';

/** A letter's current text and its content hash, for the pages a mail's link opens. */
export function LetterAsItStands({
  version,
}: {
  version: { number: number; title?: string; body: string; contentHash: string };
}) {
  return (
    <section aria-labelledby="text-heading">
      <h2 id="text-heading">
        The letter as it stands (version {version.number})
        {version.title && (
          <>
            : <bdi>{version.title}</bdi>
          </>
        )}
      </h2>
      <Markdown source={version.body} />
      <p className="hash">
        Content hash of this text: <code>{version.contentHash}</code>
      </p>
    </section>
  );
}
