import type { Request } from 'express';

/** The languages mails are written in: the web app's catalogs (apps/web/src/messages). */
export enum MailLanguage {
  EN = 'en',
  ZH_HANS = 'zh-Hans',
  ZH_HANT = 'zh-Hant',
}

export const MAIL_LANGUAGES: readonly MailLanguage[] = Object.values(MailLanguage);

/** SQL list of the stored values, for CHECK constraints on the columns that keep a mail language. */
export const MAIL_LANGUAGES_SQL = MAIL_LANGUAGES.map((language) => `'${language}'`).join(', ');

function maximized(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined; // not a BCP 47 tag (or "*")
  }
}

/**
 * The mail language serving one language tag: the same language and script once both are filled in
 * (zh-CN → zh-Hans, zh-TW and zh-HK → zh-Hant, en-GB → en), else none.
 */
export function mailLanguageFor(tag: string): MailLanguage | undefined {
  const wanted = maximized(tag);
  if (!wanted) return undefined;
  return OFFERED.find(({ offered }) => offered?.language === wanted.language && offered.script === wanted.script)
    ?.language;
}

/** Each mail language with its language and script filled in, worked out once. */
const OFFERED = MAIL_LANGUAGES.map((language) => ({ language, offered: maximized(language) }));

/** The first of the reader's languages (most preferred first) mails are written in; English otherwise. */
export function chooseMailLanguage(accepted: readonly string[]): MailLanguage {
  for (const tag of accepted) {
    const language = mailLanguageFor(tag);
    if (language) return language;
  }
  return MailLanguage.EN;
}

/**
 * How much of Accept-Language is read: browsers send a few tags, well under this; the rest of a
 * longer header (Node accepts 16 KB of headers) is not parsed, so that it costs every request the same.
 */
export const ACCEPT_LANGUAGE_MAX_LENGTH = 256;
/** And how many of its tags, most preferred first, are matched. */
export const ACCEPT_LANGUAGE_MAX_TAGS = 16;

/** Accept-Language cut to its tags that begin within ACCEPT_LANGUAGE_MAX_LENGTH (never half a tag). */
export function boundedAcceptLanguage(header: string): string {
  if (header.length <= ACCEPT_LANGUAGE_MAX_LENGTH) return header;
  const cut = header.slice(0, ACCEPT_LANGUAGE_MAX_LENGTH + 1);
  const comma = cut.lastIndexOf(',');
  return comma > 0 ? cut.slice(0, comma) : '';
}

/**
 * The language of the page a request came from: the web app sends its chosen locale as
 * Accept-Language. The header, bounded, is parsed by express (negotiator: q-values, order, `*`).
 */
export function mailLanguageOfRequest(req: Pick<Request, 'acceptsLanguages' | 'headers'> | undefined): MailLanguage {
  if (!req || typeof req.acceptsLanguages !== 'function') return MailLanguage.EN; // no HTTP request (a job)
  const header = req.headers?.['accept-language'];
  if (typeof header !== 'string' || !header) return MailLanguage.EN;
  // Express's own parser, on a request that holds only the bounded header.
  const bounded = { headers: { 'accept-language': boundedAcceptLanguage(header) } } as Request;
  const accepted = (req.acceptsLanguages as (this: Request) => string[]).call(bounded);
  return chooseMailLanguage(accepted.slice(0, ACCEPT_LANGUAGE_MAX_TAGS));
}

/** A stored value read back: a row written before languages were kept, or anything unknown, is English. */
export function storedMailLanguage(value: string | null | undefined): MailLanguage {
  return MAIL_LANGUAGES.find((language) => language === value) ?? MailLanguage.EN;
}

/**
 * The web app's locale (its `?lang`, apps/web/src/i18n) that opens a link of a mail written in each language.
 * English links carry none: English is also what a mail falls back to when the page's language is not known
 * (an API client, a row kept before languages were), so the reader's own choice in the app then stands.
 */
const WEB_LOCALES: Record<MailLanguage, string | null> = {
  [MailLanguage.EN]: null,
  [MailLanguage.ZH_HANS]: 'zh-Hans',
  [MailLanguage.ZH_HANT]: 'zh-Hant',
};

/**
 * A link, as a mail written in `language` carries it: it opens the web app in that language (`?lang=`, which
 * the app reads before the browser's languages), whatever browser the mail is read in. `lang` goes after the
 * link's other parameters, and replaces one already there, so a link passed twice still carries one.
 */
export function mailLink(url: string, language: MailLanguage): string {
  const locale = WEB_LOCALES[language];
  if (!locale) return url;
  const link = new URL(url);
  link.searchParams.delete('lang');
  link.searchParams.append('lang', locale);
  return link.toString();
}
