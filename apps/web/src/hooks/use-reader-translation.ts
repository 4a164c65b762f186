import { useMemo } from 'react';
import type { ShownTranslation } from '../components/translation-view';
import { preferredLanguage, readerLanguages } from '../text-language';

/**
 * The APPROVED translation a reader reads beside the original: the one `?lang=` asks for, else the
 * first of the browser's languages there is one in; none when the reader prefers the original's.
 */
export function useReaderTranslation(
  originalLanguage: string | undefined,
  translations: readonly ShownTranslation[] | undefined,
): ShownTranslation | null {
  return useMemo(() => {
    const approved = (translations ?? []).filter((t) => t.status === 'APPROVED');
    if (!originalLanguage || !approved.length) return null;
    const language = preferredLanguage(
      originalLanguage,
      approved.map((t) => t.language),
      readerLanguages(),
    );
    return approved.find((t) => t.language === language) ?? null;
  }, [originalLanguage, translations]);
}
