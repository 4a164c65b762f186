import { pdfLabels } from './pdf-labels';

describe('the fixed words of a PDF', () => {
  it.each([
    [undefined, 'en'],
    ['ug', 'en'],
    ['bo', 'en'],
    ['zh-Hans', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
  ])('for %s are in %s', (language, locale) => {
    expect(pdfLabels(language).locale).toBe(locale);
  });

  it('name the original and the translator in the translation’s language, the hash labels also in English', () => {
    const hant = pdfLabels('zh-Hant');
    expect(hant.translationNotice('zh-Hant', 'en', '王')).toBe(
      '繁體中文（zh-Hant）譯文，譯者：王，供閱讀。原文為英文（en），是簽署的、具有權威性的文本。',
    );
    expect(hant.originalContentHash).toMatch(/ \/ Original content hash$/);
    expect(hant.page(2, 3)).toBe('第 2 頁，共 3 頁');
    expect(pdfLabels('ug').translationNotice('ug', 'en', null)).toBe(
      'Translation into Uyghur (ug), for reading. It translates the original in English (en), which is the text that was signed and is authoritative.',
    );
  });
});
