import { FormattedMessage } from 'react-intl';
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
        {version.title ? (
          <FormattedMessage
            id="signing.asItStands.headingTitled"
            defaultMessage="The letter as it stands (version {version}): <bdi>{title}</bdi>"
            values={{ version: version.number, title: version.title, bdi: (chunks) => <bdi>{chunks}</bdi> }}
          />
        ) : (
          <FormattedMessage
            id="signing.asItStands.heading"
            defaultMessage="The letter as it stands (version {version})"
            values={{ version: version.number }}
          />
        )}
      </h2>
      <Markdown source={version.body} />
      <p className="hash">
        <FormattedMessage
          id="signing.contentHash"
          defaultMessage="Content hash of this text: <code>{hash}</code>"
          values={{ hash: version.contentHash, code: (chunks) => <code>{chunks}</code> }}
        />
      </p>
    </section>
  );
}
