import { canonicalTag, languageName, preferredLanguage, textDirection } from './text-language';

describe('text language', () => {
  it('writes Uyghur, Arabic, Hebrew, Persian and Urdu right to left, Chinese and Tibetan left to right', () => {
    expect(['ug', 'ar', 'he', 'fa', 'ur', 'ckb', 'az-Arab'].map(textDirection)).toEqual(Array(7).fill('rtl'));
    expect(['en', 'zh-Hans', 'zh-Hant', 'bo', 'ku-Latn', 'az'].map(textDirection)).toEqual(Array(6).fill('ltr'));
    expect(textDirection('not a tag')).toBe('ltr');
  });

  it('canonicalises tags and refuses what is not one', () => {
    expect(canonicalTag('zh-hans')).toBe('zh-Hans');
    expect(canonicalTag('UG')).toBe('ug');
    expect(canonicalTag('x!')).toBeNull();
    expect(canonicalTag('')).toBeNull();
    // What the API refuses as a translation's language is none here either: the page shows the original.
    for (const refused of ['und', 'mul', 'en-x-foo', 'de-u-co-phonebk', 'a'.repeat(40)]) {
      expect(canonicalTag(refused)).toBeNull();
    }
  });

  it('names a language in its own words', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('zh-Hans')).toMatch(/中文/);
    expect(languageName('en', 'en')).toBe('English');
  });

  it("picks the reader's first language a translation matches by language and script, not the original's", () => {
    const available = ['bo', 'ug', 'zh-Hans'];
    expect(preferredLanguage('en', available, ['zh-CN', 'en'])).toBe('zh-Hans');
    expect(preferredLanguage('en', available, ['zh-TW'])).toBeNull();
    expect(preferredLanguage('en', available, ['en-GB', 'ug'])).toBeNull();
    expect(preferredLanguage('en', available, ['fr', 'ug-CN'])).toBe('ug');
    expect(preferredLanguage('en', available, ['nonsense!', 'bo'])).toBe('bo');
    expect(preferredLanguage('en', [], ['ug'])).toBeNull();
  });
});
