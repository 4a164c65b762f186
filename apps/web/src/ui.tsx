import {
  Fragment,
  useEffect,
  useId,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CombinedError } from 'urql';
import { useDescribeError } from './errors';
import { letterHtml } from './letter-markdown';

export function Markdown({ source }: { source: string }) {
  // markdown-it escapes every piece of text it emits (html: false), so this is safe to insert. Each
  // block has its own direction; the whole takes its container's (a translation's `dir`).
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: letterHtml(source) }} />;
}

/** Names joined into a list, each isolated in <bdi> so a right-to-left name cannot reorder its neighbours. */
export function NameList({ names }: { names: string[] }) {
  const intl = useIntl();
  const separator = intl.formatMessage({ id: 'ui.listSeparator', defaultMessage: ', ' });
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
    </>
  );
}

/** The page's heading, focused when the page opens so screen readers announce the new page. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const text = ref.current?.textContent;
    if (text) document.title = `${text} · Undersigned`;
    ref.current?.focus({ preventScroll: true });
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1} dir="auto">
      {children}
    </h1>
  );
}

/**
 * A labelled control with an optional hint and error: `control` gets the id and the ids that
 * describe it (the hint's, then the error's, which marks it invalid).
 */
function Labelled({
  label,
  hint,
  error,
  control,
}: {
  label: string;
  hint?: string;
  error?: string;
  control: (id: string, describedBy: string | undefined, invalid: boolean | undefined) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {control(id, describedBy, error ? true : undefined)}
      {error && (
        <small id={`${id}-error`} className="error">
          {error}
        </small>
      )}
    </div>
  );
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string };

export function Field({ label, hint, error, ...input }: FieldProps) {
  return (
    <Labelled
      label={label}
      hint={hint}
      error={error}
      control={(id, describedBy, invalid) => (
        <input id={id} dir="auto" aria-describedby={describedBy} aria-invalid={invalid} {...input} />
      )}
    />
  );
}

type AreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: string; error?: string };

export function TextArea({ label, hint, error, ...area }: AreaProps) {
  return (
    <Labelled
      label={label}
      hint={hint}
      error={error}
      control={(id, describedBy, invalid) => (
        <textarea id={id} dir="auto" aria-describedby={describedBy} aria-invalid={invalid} {...area} />
      )}
    />
  );
}

export function Select({
  label,
  value,
  onChange,
  options,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  name?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** An operation's error in words; `id` lets the form or button it concerns point at it (aria-describedby). */
export function ErrorNote({
  error,
  words,
  id,
}: {
  error?: CombinedError;
  words?: Partial<Record<string, string>>;
  id?: string;
}) {
  const text = useDescribeError()(error, words);
  if (!text) return null;
  return (
    <p className="error" role="alert" id={id}>
      {text}
    </p>
  );
}

export function Submit({ busy, children, busyText }: { busy: boolean; children: ReactNode; busyText?: ReactNode }) {
  return (
    <button type="submit" disabled={busy} aria-busy={busy}>
      {busy ? (busyText ?? <FormattedMessage id="ui.working" defaultMessage="Working…" />) : children}
    </button>
  );
}

export function Loading() {
  return (
    <p role="status" className="loading">
      <FormattedMessage id="ui.loading" defaultMessage="Loading…" />
    </p>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice">
      {children}
    </p>
  );
}

/** A date and time in the words of the page's language (`<html lang>`, which the locale root sets). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(document.documentElement.lang || undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

const NEWLINE = '\n';

/** The unified diff of two versions, line by line, with what was added and removed marked in words too. */
export function Diff({ text }: { text: string }) {
  const intl = useIntl();
  const lines = text.split('\n').filter((line) => !line.startsWith('Index:') && !line.startsWith('===='));
  return (
    <pre
      className="diff"
      aria-label={intl.formatMessage({ id: 'ui.diff.label', defaultMessage: 'Changes between the versions' })}
      dir="auto"
    >
      {lines.map((line, index) => {
        const kind =
          line.startsWith('+') && !line.startsWith('+++')
            ? 'added'
            : line.startsWith('-') && !line.startsWith('---')
              ? 'removed'
              : 'same';
        return (
          <span key={index} className={`diff-${kind}`}>
            {kind === 'added' && (
              <span className="visually-hidden">
                <FormattedMessage id="ui.diff.added" defaultMessage="Added: " />
              </span>
            )}
            {kind === 'removed' && (
              <span className="visually-hidden">
                <FormattedMessage id="ui.diff.removed" defaultMessage="Removed: " />
              </span>
            )}
            {line}
            {NEWLINE}
          </span>
        );
      })}
    </pre>
  );
}
