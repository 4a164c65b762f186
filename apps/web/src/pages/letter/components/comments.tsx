import { ErrorNote, formatDate, Select, Submit, TextArea } from '../../../ui';
import type { WorkspaceLetter } from '../graphql';
import { useComments } from '../hooks/use-comments';

/** The lead organisations' discussion of the draft, on the whole letter or one paragraph. */
export function Comments({ letter }: { letter: WorkspaceLetter }) {
  const { comments, resolve, body, setBody, paragraph, setParagraph, added, submit } = useComments(letter);
  const paragraphs = letter.currentVersion.body.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">Discussion</h2>
      <ul className="comments">
        {comments?.map((comment) => (
          <li key={comment.id} className={comment.resolved ? 'resolved' : ''}>
            <strong dir="auto">{comment.author.name}</strong> on version {comment.version.number}
            {comment.paragraph ? `, paragraph ${comment.paragraph}` : ''} · {formatDate(comment.createdAt)}
            <p dir="auto">{comment.body}</p>
            {comment.resolved ? (
              <span className="tag">resolved</span>
            ) : (
              <button type="button" className="secondary" onClick={() => void resolve({ commentId: comment.id })}>
                Mark resolved
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="card" onSubmit={submit}>
        <Select
          label="About"
          value={paragraph}
          onChange={setParagraph}
          options={[
            { value: '', label: 'The whole letter' },
            ...paragraphs.map((p, i) => ({ value: String(i + 1), label: `Paragraph ${i + 1}: ${p.slice(0, 60)}` })),
          ]}
        />
        <TextArea label="Comment" required rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
        <ErrorNote error={added.error} />
        <Submit busy={added.fetching}>Add the comment</Submit>
      </form>
    </section>
  );
}
