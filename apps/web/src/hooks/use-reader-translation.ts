import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { ShownTranslation } from '../components/translation-view';
import { useLetterLanguageParam } from '../i18n/locale-root';
import { preferredLanguage, readerLanguages } from '../text-language';

/**
 * The APPROVED translation a reader reads beside the original: the one `?lang=` asks for, else the
 * language picked in the header, else the first of the browser's languages there is one in; none when
 * the reader prefers the original's. The header's picker keeps `?lang` on these pages.
 */
export function useReaderTranslation(
  originalLanguage: string | undefined,
  translations: readonly ShownTranslation[] | undefined,
): ShownTranslation | null {
  useLetterLanguageParam();
  // Picking a language in the header changes the app's locale, and may change the translation read.
  const { locale } = useIntl();
  return useMemo(() => {
    const approved = (translations ?? []).filter((t) => t.status === 'APPROVED');
    if (!originalLanguage || !approved.length || !locale) return null;
    const language = preferredLanguage(
      originalLanguage,
      approved.map((t) => t.language),
      readerLanguages(),
    );
    return approved.find((t) => t.language === language) ?? null;
  }, [originalLanguage, translations, locale]);
}
