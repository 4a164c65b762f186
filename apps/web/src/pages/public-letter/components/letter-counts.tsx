import { statusText } from '../../../letter-status';
import { formatDate } from '../../../ui';
import type { PublicLetter } from '../hooks/use-public-letter';

/** How many have signed and supported, and whether the letter is still open. */
export function LetterCounts({ letter }: { letter: PublicLetter }) {
  return (
    <section aria-labelledby="counts-heading" className="counts-box">
      <h2 id="counts-heading" className="visually-hidden">
        Counts
      </h2>
      <p aria-live="polite" data-testid="public-counts">
        <strong>{letter.counts.signed}</strong> {letter.counts.signed === 1 ? 'organisation has' : 'organisations have'}{' '}
        signed
        {letter.counts.supporters > 0 && (
          <>
            {' '}
            · <strong>{letter.counts.supporters}</strong> supporters
          </>
        )}
        {letter.counts.supportersAwaitingReconfirmation > 0 && (
          <>
            {' '}
            · <strong>{letter.counts.supportersAwaitingReconfirmation}</strong> waiting to re-confirm the revised text
          </>
        )}
      </p>
      <p className="status">
        {statusText(letter.status)}
        {letter.endorsementDeadline && letter.status === 'OPEN' && (
          <> · open until {formatDate(letter.endorsementDeadline)}</>
        )}
      </p>
    </section>
  );
}
