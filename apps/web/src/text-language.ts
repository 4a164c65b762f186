/**
 * The language of a text (a letter's original or a translation), as opposed to the app's own words:
 * its canonical tag, its direction, its name, and which translation suits a reader.
 */

import { storedChoice } from './i18n/locale';

/** Scripts written right to left (ISO 15924), for engines without Intl.Locale's text info. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** Languages whose usual script runs right to left (CLDR's likely scripts). */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** The canonical form of a BCP 47 tag (`zh-hans` → `zh-Hans`), or null when it is not one. */
export function canonicalTag(tag: string | null | undefined): string | null {
  if (!tag || tag.length > MAX_TAG_LENGTH) return null;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return null;
  }
  // As the API reads a letter's languages (libs/letters/language-tag.ts): a language, with optional
  // script, region and variants; no extension or private use (`-u-…`, `-x-…`), nor und, mul or zxx.
  // Anything else is no translation's language, and the page shows the original.
  if (!canonical || canonical.length > MAX_TAG_LENGTH) return null;
  const subtags = canonical.split('-');
  if (subtags.some((subtag) => subtag.length === 1) || NOT_A_LANGUAGE.has(subtags[0])) return null;
  return canonical;
}

const MAX_TAG_LENGTH = 35;
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx']);

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
  script?: string;
  language: string;
}

/** The direction a text in this language is written in: its script, else Intl.Locale's text info, else CLDR's list. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  let locale: TextInfoLocale;
  try {
    locale = new Intl.Locale(tag) as unknown as TextInfoLocale;
  } catch {
    return 'ltr';
  }
  // A script written in the tag decides (some engines' text info reads az-Arab by its language alone).
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** The `lang` and `dir` attributes of a text in this language. */
export function textAttributes(tag: string): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: tag, dir: textDirection(tag) };
}

/** A language's name in `inLanguage` (its own name by default), or the tag itself when unknown. */
export function languageName(tag: string, inLanguage: string = tag): string {
  try {
    const name = new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(tag);
    return name && name !== tag ? name : tag;
  } catch {
    return tag;
  }
}

/** A tag's language and script, with the likely script filled in (zh-CN → zh Hans, zh-TW → zh Hant). */
function languageAndScript(tag: string): string | null {
  try {
    const max = new Intl.Locale(tag).maximize();
    return `${max.language}-${max.script ?? ''}`;
  } catch {
    return null;
  }
}

/**
 * The translation a reader who prefers `preferred` (in order: ?lang, then the browser's languages)
 * reads: the first preference that a translation's language and script match, unless the original
 * comes first (then none). A region does not have to match (pt-PT reads pt-BR).
 */
export function preferredLanguage(
  original: string,
  available: readonly string[],
  preferred: readonly (string | null | undefined)[],
): string | null {
  const originalKey = languageAndScript(original);
  for (const wanted of preferred) {
    const tag = canonicalTag(wanted);
    if (!tag) continue;
    const exact = available.find((language) => language === tag);
    if (exact) return exact;
    const key = languageAndScript(tag);
    if (!key) continue;
    if (key === originalKey) return null;
    const near = available.find((language) => languageAndScript(language) === key);
    if (near) return near;
  }
  return null;
}

/** The reader's languages: the page's ?lang first, then the language picked in the header, then the browser's. */
export function readerLanguages(): string[] {
  const asked = new URLSearchParams(window.location.search).get('lang');
  const picked = storedChoice();
  const browser = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [navigator.language])];
  return [asked, picked, ...browser].filter((tag): tag is string => Boolean(tag));
}
