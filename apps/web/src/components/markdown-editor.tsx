import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Markdown, TextArea } from '../ui';

/** A Markdown text area with a preview of the text as the letter will show it. */
export function MarkdownEditor({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const [preview, setPreview] = useState(false);
  const intl = useIntl();
  return (
    <div className="editor">
      <div
        className="tabs"
        role="group"
        aria-label={intl.formatMessage({ id: 'signing.editor.mode', defaultMessage: 'Editor mode' })}
      >
        <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
          <FormattedMessage id="signing.editor.write" defaultMessage="Write" />
        </button>
        <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
          <FormattedMessage id="signing.editor.preview" defaultMessage="Preview" />
        </button>
      </div>
      {preview ? (
        <div
          className="preview"
          aria-label={intl.formatMessage({ id: 'signing.editor.preview', defaultMessage: 'Preview' })}
        >
          <Markdown source={value} />
        </div>
      ) : (
        <TextArea label={label} required rows={14} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
