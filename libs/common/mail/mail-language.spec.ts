import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import {
  ACCEPT_LANGUAGE_MAX_LENGTH,
  boundedAcceptLanguage,
  chooseMailLanguage,
  MAIL_LANGUAGES,
  MailLanguage,
  mailLink,
  mailLanguageOfRequest,
  storedMailLanguage,
} from './mail-language';

/** A real express request (its acceptsLanguages parses the header with negotiator) with only headers set. */
function requestWith(acceptLanguage?: string): express.Request {
  const req = Object.create(express.request) as express.Request;
  Object.defineProperty(req, 'headers', {
    value: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
  });
  return req;
}

describe('mail language', () => {
  it.each([
    ['zh-CN', MailLanguage.ZH_HANS],
    ['zh', MailLanguage.ZH_HANS],
    ['zh-SG', MailLanguage.ZH_HANS],
    ['zh-Hans', MailLanguage.ZH_HANS],
    ['zh-Hans-HK', MailLanguage.ZH_HANS],
    ['zh-TW', MailLanguage.ZH_HANT],
    ['zh-HK', MailLanguage.ZH_HANT],
    ['zh-MO', MailLanguage.ZH_HANT],
    ['zh-hant', MailLanguage.ZH_HANT],
    ['en', MailLanguage.EN],
    ['en-GB', MailLanguage.EN],
    ['fr-FR', MailLanguage.EN],
    ['bo', MailLanguage.EN],
    ['*', MailLanguage.EN],
    ['', MailLanguage.EN],
    ['not a tag!!', MailLanguage.EN],
  ])('Accept-Language %j is written in %s', (header, expected) => {
    expect(mailLanguageOfRequest(requestWith(header))).toBe(expected);
  });

  it('takes the most preferred language mails are written in, by q-value, not by position', () => {
    expect(mailLanguageOfRequest(requestWith('en;q=0.5, zh-TW;q=0.9, zh-CN;q=0.8'))).toBe(MailLanguage.ZH_HANT);
    expect(mailLanguageOfRequest(requestWith('fr, de;q=0.9, zh-CN;q=0.3'))).toBe(MailLanguage.ZH_HANS);
    expect(mailLanguageOfRequest(requestWith('fr, en;q=0.9, zh-CN;q=0.3'))).toBe(MailLanguage.EN);
    expect(mailLanguageOfRequest(requestWith('zh-CN;q=0'))).toBe(MailLanguage.EN);
  });

  it('reads only the first few hundred characters of Accept-Language: a header of thousands of tags costs no more', () => {
    // Sixteen kilobytes (Node's header limit) of tags, the only Chinese one last, all equally preferred.
    const flood = `${Array.from({ length: 1450 }, () => 'fr-FR').join(',')},zh-CN`;
    expect(flood.length).toBeGreaterThan(8000);
    expect(mailLanguageOfRequest(requestWith(flood))).toBe(MailLanguage.EN);
    expect(mailLanguageOfRequest(requestWith(`zh-TW,${flood}`))).toBe(MailLanguage.ZH_HANT);
    // What is parsed is bounded whatever the header: at most 256 characters (unbounded, every one of
    // the 1,451 tags was parsed and matched: ~80 ms of the main thread a request on this machine).
    const parsed = boundedAcceptLanguage(flood);
    expect(parsed.length).toBeLessThanOrEqual(ACCEPT_LANGUAGE_MAX_LENGTH);
  });

  it('is English without a header or without a request', () => {
    expect(mailLanguageOfRequest(requestWith())).toBe(MailLanguage.EN);
    expect(mailLanguageOfRequest(undefined)).toBe(MailLanguage.EN);
    expect(chooseMailLanguage([])).toBe(MailLanguage.EN);
  });

  it('reads stored values back, unknown ones as English', () => {
    expect(storedMailLanguage('zh-Hant')).toBe(MailLanguage.ZH_HANT);
    expect(storedMailLanguage(null)).toBe(MailLanguage.EN);
    expect(storedMailLanguage('xx')).toBe(MailLanguage.EN);
  });

  it('opens a Chinese mail’s links in the web app’s locale for it, after their token; English links as they are', () => {
    const link = 'https://undersigned.example/signatures/confirm?token=Ab-_9';
    expect(mailLink(link, MailLanguage.EN)).toBe(link);
    expect(mailLink(link, MailLanguage.ZH_HANS)).toBe(`${link}&lang=zh-Hans`);
    expect(mailLink(link, MailLanguage.ZH_HANT)).toBe(`${link}&lang=zh-Hant`);
    expect(mailLink('https://undersigned.example/l/free-k3v9qz', MailLanguage.ZH_HANS)).toBe(
      'https://undersigned.example/l/free-k3v9qz?lang=zh-Hans',
    );
    // Passed twice, it still carries one lang, the last.
    expect(mailLink(mailLink(link, MailLanguage.ZH_HANS), MailLanguage.ZH_HANT)).toBe(`${link}&lang=zh-Hant`);
  });

  it('names a locale the web app has a catalog for, for every mail language', () => {
    const catalogs = join(__dirname, '../../../apps/web/src/messages');
    for (const language of MAIL_LANGUAGES) {
      const lang = new URL(mailLink('https://u.example/', language)).searchParams.get('lang') ?? 'en';
      expect([language, existsSync(join(catalogs, `${lang}.json`))]).toEqual([language, true]);
    }
  });
});
