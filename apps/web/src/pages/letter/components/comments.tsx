import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote, formatDate, Select, Submit, TextArea } from '../../../ui';
import type { WorkspaceLetter } from '../graphql';
import { useComments } from '../hooks/use-comments';

/** The lead organisations' discussion of the draft, on the whole letter or one paragraph. */
export function Comments({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const { comments, resolve, body, setBody, paragraph, setParagraph, added, submit } = useComments(letter);
  const paragraphs = letter.currentVersion.body.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        <FormattedMessage id="letter.comments.heading" defaultMessage="Discussion" />
      </h2>
      <ul className="comments">
        {comments?.map((comment) => (
          <li key={comment.id} className={comment.resolved ? 'resolved' : ''}>
            <FormattedMessage
              id="letter.comments.byline"
              defaultMessage="{author} on version {version}{paragraph, select, none {} other {, paragraph {paragraph}}} · {date}"
              values={{
                author: <strong dir="auto">{comment.author.name}</strong>,
                version: comment.version.number,
                paragraph: comment.paragraph ? String(comment.paragraph) : 'none',
                date: formatDate(comment.createdAt),
              }}
            />
            <p dir="auto">{comment.body}</p>
            {comment.resolved ? (
              <span className="tag">
                <FormattedMessage id="letter.comments.resolved" defaultMessage="resolved" />
              </span>
            ) : (
              <button type="button" className="secondary" onClick={() => void resolve({ commentId: comment.id })}>
                <FormattedMessage id="letter.comments.resolve" defaultMessage="Mark resolved" />
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="card" onSubmit={submit}>
        <Select
          label={intl.formatMessage({ id: 'letter.comments.about', defaultMessage: 'About' })}
          value={paragraph}
          onChange={setParagraph}
          options={[
            {
              value: '',
              label: intl.formatMessage({ id: 'letter.comments.wholeLetter', defaultMessage: 'The whole letter' }),
            },
            ...paragraphs.map((p, i) => ({
              value: String(i + 1),
              label: intl.formatMessage(
                { id: 'letter.comments.paragraph', defaultMessage: 'Paragraph {number}: {start}' },
                { number: i + 1, start: p.slice(0, 60) },
              ),
            })),
          ]}
        />
        <TextArea
          label={intl.formatMessage({ id: 'letter.comments.comment', defaultMessage: 'Comment' })}
          required
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <ErrorNote error={added.error} />
        <Submit busy={added.fetching}>
          <FormattedMessage id="letter.comments.add" defaultMessage="Add the comment" />
        </Submit>
      </form>
    </section>
  );
}
