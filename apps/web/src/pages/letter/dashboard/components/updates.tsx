import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote, Field, Notice, Submit, TextArea } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { useTimelineUpdateForm } from '../hooks/use-timeline-update-form';

/** Posting an update on the letter's public timeline. */
export function Updates({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const { title, setTitle, body, setBody, posted, submit } = useTimelineUpdateForm(letter.id);
  return (
    <section aria-labelledby="updates-heading">
      <h3 id="updates-heading">
        <FormattedMessage id="letter.updates.heading" defaultMessage="Post a timeline update" />
      </h3>
      <form className="card" onSubmit={submit}>
        <Field
          label={intl.formatMessage({ id: 'letter.updates.headline', defaultMessage: 'Headline' })}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextArea
          label={intl.formatMessage({ id: 'letter.updates.body', defaultMessage: 'What happened' })}
          required
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <ErrorNote error={posted.error} />
        {posted.data && (
          <Notice>
            <FormattedMessage id="letter.updates.posted" defaultMessage="Posted on the timeline." />
          </Notice>
        )}
        <Submit busy={posted.fetching}>
          <FormattedMessage id="letter.updates.submit" defaultMessage="Post the update" />
        </Submit>
      </form>
    </section>
  );
}
