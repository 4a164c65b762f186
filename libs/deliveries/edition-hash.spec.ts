import { createHash } from 'node:crypto';
import { canonicalEditionJson, editionHash } from './edition-hash';

const FACTS = {
  contentHash: 'a'.repeat(64),
  signatories: ['Uyghur Human Rights Project', 'Tibet Watch'],
  unnamedCount: 2,
  supporterCount: 10,
};

describe('editionHash', () => {
  it('is unchanged for an edition without translations (stage 2c)', () => {
    const before = JSON.stringify({
      contentHash: FACTS.contentHash,
      signatories: FACTS.signatories,
      supporterCount: 10,
      unnamedCount: 2,
    });
    expect(canonicalEditionJson(FACTS)).toBe(before);
    expect(canonicalEditionJson({ ...FACTS, translations: [] })).toBe(before);
    expect(editionHash(FACTS)).toBe(createHash('sha256').update(before).digest('hex'));
  });

  it('covers the translations, sorted by language, between supporterCount and unnamedCount', () => {
    const zh = { language: 'zh-Hans', contentHash: 'c'.repeat(64) };
    const ug = { language: 'ug', contentHash: 'b'.repeat(64) };
    expect(canonicalEditionJson({ ...FACTS, translations: [zh, ug] })).toBe(
      `{"contentHash":"${'a'.repeat(64)}","signatories":["Uyghur Human Rights Project","Tibet Watch"],` +
        `"supporterCount":10,"translations":[{"contentHash":"${'b'.repeat(64)}","language":"ug"},` +
        `{"contentHash":"${'c'.repeat(64)}","language":"zh-Hans"}],"unnamedCount":2}`,
    );
    expect(editionHash({ ...FACTS, translations: [zh, ug] })).not.toBe(editionHash({ ...FACTS, translations: [ug] }));
  });
});
