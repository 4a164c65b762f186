import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { AVAILABLE_LOCALES, loadCatalog, type CompiledCatalog } from './catalogs';
import {
  chooseLocale,
  directionOf,
  pseudoLocaleAllowed,
  SOURCE_LOCALE,
  STORED_LOCALE_KEY,
  storedChoice,
} from './locale';

/** The locale this page opens in: `?lang`, the stored choice, the browser's languages, English. */
export function initialLocale(): string {
  return chooseLocale(
    {
      query: new URLSearchParams(window.location.search).get('lang'),
      stored: storedChoice(),
      accepted: navigator.languages ?? [navigator.language],
    },
    AVAILABLE_LOCALES,
    { pseudoLocale: pseudoLocaleAllowed() },
  );
}

/** `<html lang dir>`: what screen readers, fonts, hyphenation and the logical CSS properties go by. */
function applyToDocument(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export interface LoadedLocale {
  locale: string;
  messages: CompiledCatalog;
}

/** Loads the catalog of the locale chosen for this page (started before the first render). */
export async function loadInitialLocale(): Promise<LoadedLocale> {
  const locale = initialLocale();
  applyToDocument(locale);
  return { locale, messages: await loadCatalog(locale) };
}

const ChooseLocaleContext = createContext<(locale: string) => void>(() => undefined);

/**
 * The picker's action: keep the reader's choice and show the app in it. `?lang` leaves the address
 * (else it would outrank the choice on the next visit), unless the page shows a letter's text by it.
 */
export function useChooseLocale(): (locale: string) => void {
  return useContext(ChooseLocaleContext);
}

// How many mounted components pick a letter's text by `?lang` (the public page, the embed, signing pages).
let lettersReadingLang = 0;

/**
 * Says that this page picks a letter's translation by `?lang` (contract stage 8: `/l/:slug?lang=xx`), so
 * the language picker keeps it in the address: the picker changes the app's words, not the letter's text.
 */
export function useLetterLanguageParam(): void {
  useEffect(() => {
    lettersReadingLang += 1;
    return () => {
      lettersReadingLang -= 1;
    };
  }, []);
}

/** The app in its locale's words, dates and numbers; the reader may change the locale while it runs. */
export function LocaleRoot({ initial, children }: { initial: LoadedLocale; children: ReactNode }) {
  const [current, setCurrent] = useState(initial);
  useEffect(() => applyToDocument(current.locale), [current.locale]);
  const choose = useCallback((locale: string) => {
    try {
      localStorage.setItem(STORED_LOCALE_KEY, locale);
    } catch {
      // not kept: the choice holds for this page only
    }
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang') && lettersReadingLang === 0) {
      url.searchParams.delete('lang');
      history.replaceState(history.state, '', url);
    }
    void loadCatalog(locale).then((messages) => setCurrent({ locale, messages }));
  }, []);
  return (
    <ChooseLocaleContext.Provider value={choose}>
      <IntlProvider locale={current.locale} defaultLocale={SOURCE_LOCALE} messages={current.messages}>
        {children}
      </IntlProvider>
    </ChooseLocaleContext.Provider>
  );
}
