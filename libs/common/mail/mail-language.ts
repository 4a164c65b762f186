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
 * The language of the page a request came from: the web app sends its chosen locale as
 * Accept-Language. The header is parsed by express (negotiator: q-values, order, `*`).
 */
export function mailLanguageOfRequest(req: Pick<Request, 'acceptsLanguages'> | undefined): MailLanguage {
  if (!req || typeof req.acceptsLanguages !== 'function') return MailLanguage.EN; // no HTTP request (a job)
  return chooseMailLanguage(req.acceptsLanguages());
}

/** A stored value read back: a row written before languages were kept, or anything unknown, is English. */
export function storedMailLanguage(value: string | null | undefined): MailLanguage {
  return MAIL_LANGUAGES.find((language) => language === value) ?? MailLanguage.EN;
}
