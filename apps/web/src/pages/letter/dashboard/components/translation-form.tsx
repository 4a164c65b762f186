import { useId } from 'react';
import { textAttributes } from '../../../../text-language';
import { ErrorNote, Field, Submit, TextArea } from '../../../../ui';
import { useTranslationForm, type TranslationDraft } from '../hooks/use-translation-form';

const WORDS = {
  BAD_USER_INPUT: 'Give a language tag such as zh-Hans, ug or bo (not the original’s language), a title and the text.',
  INVALID_STATE: 'This letter has as many translations as it may have: delete one first.',
};

/** A translation's language, title, text and translator; saving makes it a DRAFT on the current version. */
export function TranslationForm({
  letterId,
  editing,
  onSaved,
}: {
  letterId: string;
  editing?: TranslationDraft;
  onSaved: () => void;
}) {
  const { form, set, saved, submit } = useTranslationForm(letterId, onSaved, editing);
  const id = useId();
  // The text fields read in the translation's own language and direction as it is typed.
  const lang = form.language.trim() ? textAttributes(form.language.trim()) : {};
  return (
    <form className="card" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)}>
      <h4 id={`${id}-heading`}>{editing ? 'Edit the translation' : 'Add a translation'}</h4>
      {!editing && (
        <Field
          label="Language"
          hint="A BCP 47 language tag, such as zh-Hans, zh-Hant, bo or ug"
          required
          value={form.language}
          onChange={set('language')}
        />
      )}
      <Field label="Title" required value={form.title} onChange={set('title')} {...lang} />
      <TextArea label="Text (Markdown)" rows={8} required value={form.body} onChange={set('body')} {...lang} />
      <Field label="Translator (credited)" value={form.translator} onChange={set('translator')} />
      <p className="hint">Saved, it is a draft until a lead approves it; only approved translations are published.</p>
      <ErrorNote error={saved.error} words={WORDS} />
      <Submit busy={saved.fetching} busyText="Saving…">
        Save as draft
      </Submit>
    </form>
  );
}
