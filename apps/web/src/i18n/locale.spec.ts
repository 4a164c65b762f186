import { chooseLocale, directionOf, matchLocale, RTL_PSEUDO_LOCALE } from './locale';

const AVAILABLE = ['en', 'zh-Hans', 'zh-Hant'];

describe('the web app’s language', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['ZH-hant', 'zh-Hant'],
    ['en-GB', 'en'],
    ['fr', undefined],
    ['not a tag', undefined],
  ])('serves %s with %s', (requested, expected) => {
    expect(matchLocale(requested, AVAILABLE)).toBe(expected);
  });

  it('takes ?lang, then the stored choice, then the browser’s languages, then English', () => {
    const accepted = ['fr-FR', 'zh-CN', 'en'];
    expect(chooseLocale({ query: 'en', stored: 'zh-Hant', accepted }, AVAILABLE)).toBe('en');
    expect(chooseLocale({ query: null, stored: 'zh-Hant', accepted }, AVAILABLE)).toBe('zh-Hant');
    expect(chooseLocale({ query: 'ug', stored: null, accepted }, AVAILABLE)).toBe('zh-Hans');
    expect(chooseLocale({ query: null, stored: null, accepted: ['fr'] }, AVAILABLE)).toBe('en');
  });

  it('offers the right-to-left pseudo-locale only when ?lang asks for it, and the page allows it', () => {
    const testing = { pseudoLocale: true };
    expect(chooseLocale({ query: 'en-xb', stored: null, accepted: [] }, AVAILABLE, testing)).toBe(RTL_PSEUDO_LOCALE);
    expect(chooseLocale({ query: null, stored: 'en-XB', accepted: ['en-XB'] }, AVAILABLE, testing)).toBe('en');
    // In production the page does not allow it: ?lang=en-XB is then plain English, not mirrored.
    expect(chooseLocale({ query: 'en-XB', stored: null, accepted: ['zh-CN'] }, AVAILABLE)).toBe('en');
    expect(chooseLocale({ query: 'en-XB', stored: null, accepted: [] }, AVAILABLE, { pseudoLocale: false })).toBe('en');
    expect(directionOf(RTL_PSEUDO_LOCALE)).toBe('rtl');
  });

  it('knows the direction of a language from its script', () => {
    expect(directionOf('ug')).toBe('rtl');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('zh-Hant')).toBe('ltr');
    expect(directionOf('bo')).toBe('ltr');
  });
});
