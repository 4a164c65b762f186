import { ErrorNote, Field, Notice, Submit, TextArea } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { useTimelineUpdateForm } from '../hooks/use-timeline-update-form';

/** Posting an update on the letter's public timeline. */
export function Updates({ letter }: { letter: WorkspaceLetter }) {
  const { title, setTitle, body, setBody, posted, submit } = useTimelineUpdateForm(letter.id);
  return (
    <section aria-labelledby="updates-heading">
      <h3 id="updates-heading">Post a timeline update</h3>
      <form className="card" onSubmit={submit}>
        <Field label="Headline" required value={title} onChange={(e) => setTitle(e.target.value)} />
        <TextArea label="What happened" required rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
        <ErrorNote error={posted.error} />
        {posted.data && <Notice>Posted on the timeline.</Notice>}
        <Submit busy={posted.fetching}>Post the update</Submit>
      </form>
    </section>
  );
}
