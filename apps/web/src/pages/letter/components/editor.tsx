import { FormattedMessage, useIntl } from 'react-intl';
import { MarkdownEditor } from '../../../components/markdown-editor';
import { ErrorNote, Field, Notice, Submit } from '../../../ui';
import type { WorkspaceLetter } from '../graphql';
import { useRevisionForm } from '../hooks/use-revision-form';

/** The coordinators' editor: saving makes a new version, minor or one every signatory confirms again. */
export function Editor({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const { title, setTitle, body, setBody, note, setNote, material, setMaterial, result, submit } =
    useRevisionForm(letter);
  if (letter.status === 'CLOSED' || letter.status === 'DELIVERED') return null;
  return (
    <section aria-labelledby="editor-heading">
      <h2 id="editor-heading">
        <FormattedMessage id="letter.editor.heading" defaultMessage="Edit the text" />
      </h2>
      <form className="card" onSubmit={submit}>
        <Field
          label={intl.formatMessage({ id: 'letter.editor.title', defaultMessage: 'Title' })}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <MarkdownEditor
          label={intl.formatMessage({ id: 'letter.editor.body', defaultMessage: 'Text (Markdown)' })}
          value={body}
          onChange={setBody}
        />
        <Field
          label={intl.formatMessage({ id: 'letter.editor.note', defaultMessage: 'What changed (optional note)' })}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="check">
          <input id="material" type="checkbox" checked={!material} onChange={(e) => setMaterial(!e.target.checked)} />
          <label htmlFor="material">
            <FormattedMessage
              id="letter.editor.minor"
              defaultMessage="Minor edit (typos, case or punctuation: at most 5 words, each by 1 or 2 letters; no number, no word added). Otherwise every signatory is asked to confirm again."
            />
          </label>
        </div>
        <ErrorNote
          error={result.error}
          words={{
            BAD_USER_INPUT: intl.formatMessage({
              id: 'letter.editor.tooLarge',
              defaultMessage:
                'This change is too large for a minor edit, or the text is not valid. Untick “minor edit” to save it.',
            }),
          }}
        />
        {result.data && (
          <Notice>
            <FormattedMessage
              id="letter.editor.saved"
              defaultMessage="Saved as version {number}."
              values={{ number: result.data.reviseLetter.number }}
            />
          </Notice>
        )}
        <Submit busy={result.fetching} busyText={<FormattedMessage id="letter.saving" defaultMessage="Saving…" />}>
          <FormattedMessage id="letter.editor.save" defaultMessage="Save a new version" />
        </Submit>
      </form>
    </section>
  );
}
