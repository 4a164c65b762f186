/** The catalog the app is written in (its messages' default wording), and the last resort of every choice. */
export const SOURCE_LOCALE = 'en';

/**
 * A right-to-left pseudo-locale for testing layouts: the English catalog bracketed and shown mirrored,
 * with `dir="rtl"`. It is chosen only by `?lang=en-XB`, never from a browser's languages, and only
 * where the page allows it: the server says so outside production (PSEUDO_LOCALE_META in web-app.ts).
 */
export const RTL_PSEUDO_LOCALE = 'en-XB';

/** The meta tag by which the server allows the pseudo-locale (never in production). */
export const PSEUDO_LOCALE_META = 'undersigned:pseudo-locale';

/** Whether this page allows the pseudo-locale. */
export function pseudoLocaleAllowed(): boolean {
  return document.querySelector(`meta[name="${PSEUDO_LOCALE_META}"]`)?.getAttribute('content') === RTL_PSEUDO_LOCALE;
}

/** Where the language picked in the header is kept (localStorage). */
export const STORED_LOCALE_KEY = 'undersigned.language';

/** The language the reader picked in the header on an earlier visit, if any. */
export function storedChoice(): string | null {
  try {
    return localStorage.getItem(STORED_LOCALE_KEY);
  } catch {
    return null; // storage refused (private mode, a partner's iframe), or no browser
  }
}

// Scripts written right to left, for languages whose catalog may be added (Uyghur, Arabic, Hebrew …).
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

function maximized(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined; // not a BCP 47 tag
  }
}

/**
 * The available locale that serves `requested`: the same tag (in any case), else one of the same
 * language and script once both are filled in (zh-CN → zh-Hans, zh-HK → zh-Hant, en-GB → en).
 */
export function matchLocale(requested: string | null | undefined, available: readonly string[]): string | undefined {
  if (!requested) return undefined;
  const exact = available.find((locale) => locale.toLowerCase() === requested.toLowerCase());
  if (exact) return exact;
  const wanted = maximized(requested);
  if (!wanted) return undefined;
  return available.find((locale) => {
    const offered = maximized(locale);
    return offered?.language === wanted.language && offered.script === wanted.script;
  });
}

export interface LocaleSources {
  /** `?lang` of the address. */
  query: string | null;
  /** The reader's stored choice. */
  stored: string | null;
  /** The browser's languages, as it sends them in Accept-Language (navigator.languages). */
  accepted: readonly string[];
}

/**
 * The locale to show: `?lang`, then the stored choice, then the browser's languages in order, then
 * English; the pseudo-locale by `?lang` only when `pseudoLocale` allows it.
 */
export function chooseLocale(
  sources: LocaleSources,
  available: readonly string[],
  { pseudoLocale = false }: { pseudoLocale?: boolean } = {},
): string {
  if (pseudoLocale && sources.query?.toLowerCase() === RTL_PSEUDO_LOCALE.toLowerCase()) return RTL_PSEUDO_LOCALE;
  return (
    matchLocale(sources.query, available) ??
    matchLocale(sources.stored, available) ??
    sources.accepted.map((tag) => matchLocale(tag, available)).find(Boolean) ??
    SOURCE_LOCALE
  );
}

/** The direction a locale's text runs in. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  if (locale === RTL_PSEUDO_LOCALE) return 'rtl';
  const script = maximized(locale)?.script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
