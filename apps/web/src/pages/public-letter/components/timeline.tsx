import { FormattedMessage } from 'react-intl';
import { formatDate } from '../../../ui';
import type { PublicLetter } from '../hooks/use-public-letter';

/** What happened to the letter since it opened, as the leads posted it. */
export function Timeline({ entries }: { entries: PublicLetter['timeline'] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">
        <FormattedMessage id="timeline.heading" defaultMessage="Timeline" />
      </h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.id}>
            <FormattedMessage
              id="timeline.entry"
              defaultMessage="<time>{date}</time> <b>{title}</b>"
              values={{
                date: formatDate(entry.occurredAt),
                title: entry.title,
                time: (chunks) => <time dateTime={entry.occurredAt}>{chunks}</time>,
                b: (chunks) => <strong dir="auto">{chunks}</strong>,
              }}
            />
            {entry.body && <p dir="auto">{entry.body}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
