import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { canonicalTag } from '../../../../text-language';
import { SaveTranslation } from '../graphql';

export interface TranslationDraft {
  language: string;
  title: string;
  body: string;
  translator: string;
}

const EMPTY: TranslationDraft = { language: '', title: '', body: '', translator: '' };

/**
 * Adding a translation, or editing one (its language then fixed): saveTranslation stores it as a
 * DRAFT on the current version. `onSaved` runs once it is stored.
 */
export function useTranslationForm(letterId: string, onSaved: () => void, editing?: TranslationDraft) {
  const [form, setForm] = useState<TranslationDraft>(editing ?? EMPTY);
  const [saved, save] = useMutation(SaveTranslation);
  const set = (key: keyof TranslationDraft) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await save({
      input: {
        letterId,
        language: canonicalTag(form.language) ?? form.language.trim(),
        title: form.title,
        body: form.body,
        translator: form.translator.trim() || null,
      },
    });
    if (response.data) {
      if (!editing) setForm(EMPTY);
      onSaved();
    }
  }

  return { form, set, saved, submit };
}
