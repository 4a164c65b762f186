import { FormattedMessage } from 'react-intl';
import { statusMessage } from '../../../letter-status';
import { formatDate } from '../../../ui';
import type { PublicLetter } from '../hooks/use-public-letter';

const strong = (chunks: React.ReactNode[]) => <strong>{chunks}</strong>;

/** How many have signed and supported, and whether the letter is still open. */
export function LetterCounts({ letter }: { letter: PublicLetter }) {
  return (
    <section aria-labelledby="counts-heading" className="counts-box">
      <h2 id="counts-heading" className="visually-hidden">
        <FormattedMessage id="publicLetter.counts.heading" defaultMessage="Counts" />
      </h2>
      <p aria-live="polite" data-testid="public-counts">
        <FormattedMessage
          id="publicLetter.counts.signed"
          defaultMessage="{count, plural, one {<b>#</b> organisation has signed} other {<b>#</b> organisations have signed}}"
          values={{ count: letter.counts.signed, b: strong }}
        />
        {letter.counts.supporters > 0 && (
          <FormattedMessage
            id="publicLetter.counts.supporters"
            defaultMessage=" · {count, plural, one {<b>#</b> supporter} other {<b>#</b> supporters}}"
            values={{ count: letter.counts.supporters, b: strong }}
          />
        )}
        {letter.counts.supportersAwaitingReconfirmation > 0 && (
          <FormattedMessage
            id="publicLetter.counts.awaitingReconfirmation"
            defaultMessage=" · <b>{count, number}</b> waiting to re-confirm the revised text"
            values={{ count: letter.counts.supportersAwaitingReconfirmation, b: strong }}
          />
        )}
      </p>
      <p className="status">
        <FormattedMessage {...statusMessage(letter.status)} />
        {letter.endorsementDeadline && letter.status === 'OPEN' && (
          <FormattedMessage
            id="publicLetter.counts.openUntil"
            defaultMessage=" · open until {date}"
            values={{ date: formatDate(letter.endorsementDeadline) }}
          />
        )}
      </p>
    </section>
  );
}
