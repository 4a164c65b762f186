import { canonicalLanguageTag } from './language-tag';

describe('canonicalLanguageTag', () => {
  it.each([
    ['en', 'en'],
    ['zh-hans', 'zh-Hans'],
    ['ZH-HANS-cn', 'zh-Hans-CN'],
    ['UG', 'ug'],
    ['bo', 'bo'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    [' ug ', 'ug'],
    ['iw', 'he'],
    ['de-DE-1996', 'de-DE-1996'],
  ])('canonicalises %j to %j', (tag, canonical) => {
    expect(canonicalLanguageTag(tag)).toBe(canonical);
  });

  it.each([
    '',
    ' ',
    'en_US',
    'en-',
    'x-foo',
    'i-klingon',
    'root',
    'a',
    '123',
    'und',
    'zxx',
    'en-u-ca-gregory',
    'en-x-private',
    'zh-Hans\u0000',
    `en-${'abcdefgh-'.repeat(4)}x`,
  ])('refuses %j', (tag) => {
    expect(canonicalLanguageTag(tag)).toBeNull();
  });

  it('refuses a long string without canonicalising it', () => {
    expect(canonicalLanguageTag('en-'.repeat(5_000))).toBeNull();
  });
});
