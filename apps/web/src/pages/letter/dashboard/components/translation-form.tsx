import { useId } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { textAttributes } from '../../../../text-language';
import { ErrorNote, Field, Submit, TextArea } from '../../../../ui';
import { useTranslationForm, type TranslationDraft } from '../hooks/use-translation-form';

const WORDS = defineMessages({
  BAD_USER_INPUT: {
    id: 'letter.translationForm.error.badInput',
    defaultMessage:
      'Give a language tag such as zh-Hans, ug or bo (not the original’s language), a title and the text.',
  },
  INVALID_STATE: {
    id: 'letter.translationForm.error.tooMany',
    defaultMessage: 'This letter has as many translations as it may have: delete one first.',
  },
});

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
  const intl = useIntl();
  const words = Object.fromEntries(Object.entries(WORDS).map(([code, message]) => [code, intl.formatMessage(message)]));
  const { form, set, saved, submit } = useTranslationForm(letterId, onSaved, editing);
  const id = useId();
  // The text fields read in the translation's own language and direction as it is typed.
  const lang = form.language.trim() ? textAttributes(form.language.trim()) : {};
  return (
    <form className="card" aria-labelledby={`${id}-heading`} onSubmit={(event) => void submit(event)}>
      <h4 id={`${id}-heading`}>
        {editing ? (
          <FormattedMessage id="letter.translationForm.editHeading" defaultMessage="Edit the translation" />
        ) : (
          <FormattedMessage id="letter.translationForm.addHeading" defaultMessage="Add a translation" />
        )}
      </h4>
      {!editing && (
        <Field
          label={intl.formatMessage({ id: 'letter.translationForm.language', defaultMessage: 'Language' })}
          hint={intl.formatMessage({
            id: 'letter.translationForm.languageHint',
            defaultMessage: 'A BCP 47 language tag, such as zh-Hans, zh-Hant, bo or ug',
          })}
          required
          value={form.language}
          onChange={set('language')}
        />
      )}
      <Field
        label={intl.formatMessage({ id: 'letter.translationForm.title', defaultMessage: 'Title' })}
        required
        value={form.title}
        onChange={set('title')}
        {...lang}
      />
      <TextArea
        label={intl.formatMessage({ id: 'letter.translationForm.body', defaultMessage: 'Text (Markdown)' })}
        rows={8}
        required
        value={form.body}
        onChange={set('body')}
        {...lang}
      />
      <Field
        label={intl.formatMessage({ id: 'letter.translationForm.translator', defaultMessage: 'Translator (credited)' })}
        value={form.translator}
        onChange={set('translator')}
      />
      <p className="hint">
        <FormattedMessage
          id="letter.translationForm.draftHint"
          defaultMessage="Saved, it is a draft until a lead approves it; only approved translations are published."
        />
      </p>
      <ErrorNote error={saved.error} words={words} />
      <Submit busy={saved.fetching} busyText={<FormattedMessage id="letter.saving" defaultMessage="Saving…" />}>
        <FormattedMessage id="letter.translationForm.submit" defaultMessage="Save as draft" />
      </Submit>
    </form>
  );
}
