import { useId } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote, Field } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { useEmbargo } from '../hooks/use-embargo';

/** Days, hours, minutes and seconds left, as digits: 2 d 03:04:05. */
function countdownParts(ms: number) {
  const seconds = Math.ceil(ms / 1_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    days: Math.floor(seconds / 86_400),
    time: `${pad(Math.floor((seconds % 86_400) / 3_600))}:${pad(Math.floor((seconds % 3_600) / 60))}:${pad(seconds % 60)}`,
  };
}

/**
 * A PUBLIC letter's embargo: until its hour the public sees nothing of it (recipients get it when
 * delivered all the same). Leads set, move or clear it until then; a countdown shows what is left.
 */
export function EmbargoSettings({ letter, onPublished }: { letter: WorkspaceLetter; onPublished: () => void }) {
  const intl = useIntl();
  const id = useId();
  const embargo = useEmbargo(letter, onPublished);
  // Once public (opened with no embargo, or its hour come), the time can no longer change.
  if (!embargo.embargoed && letter.status !== 'DRAFT') return null;
  const { days, time } = countdownParts(embargo.remaining);
  return (
    <section aria-labelledby={`${id}-heading`} className="embargo">
      <h3 id={`${id}-heading`}>
        <FormattedMessage id="embargo.heading" defaultMessage="Embargo" />
      </h3>
      {embargo.embargoed && embargo.publishAt ? (
        <>
          <p>
            <FormattedMessage
              id="embargo.until"
              defaultMessage="Embargoed until {when}: only the organisations involved and the recipients see it until then."
              values={{
                when: (
                  <time dateTime={embargo.publishAt}>
                    <FormattedDate value={embargo.publishAt} dateStyle="full" timeStyle="short" />
                  </time>
                ),
              }}
            />
          </p>
          <p className="countdown" aria-live="off">
            <FormattedMessage
              id="embargo.countdown"
              defaultMessage="Public in {days, plural, =0 {} one {# day } other {# days }}{time}"
              values={{ days, time }}
            />
          </p>
        </>
      ) : (
        <p className="hint">
          <FormattedMessage id="embargo.none" defaultMessage="No embargo: the letter is public as soon as it opens." />
        </p>
      )}
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          embargo.save();
        }}
      >
        <Field
          label={intl.formatMessage({ id: 'embargo.publishAt', defaultMessage: 'Public from' })}
          type="datetime-local"
          value={embargo.value}
          onChange={(event) => embargo.setValue(event.target.value)}
        />
        <button type="submit" disabled={embargo.result.fetching || !embargo.value}>
          <FormattedMessage id="embargo.save" defaultMessage="Set the embargo" />
        </button>
        {embargo.publishAt && (
          <button type="button" className="secondary" disabled={embargo.result.fetching} onClick={embargo.clear}>
            <FormattedMessage id="embargo.clear" defaultMessage="Lift the embargo now" />
          </button>
        )}
      </form>
      <ErrorNote
        error={embargo.result.error}
        words={{
          BAD_USER_INPUT: intl.formatMessage({
            id: 'embargo.past',
            defaultMessage: 'Choose a time still to come, or lift the embargo to publish now.',
          }),
        }}
      />
    </section>
  );
}
