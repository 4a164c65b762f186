import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Human Rights Watch', 'human-rights-watch'],
    ['  Société   Générale  ', 'societe-generale'],
    ['Hong Kong Watch (UK)', 'hong-kong-watch-uk'],
    ['Tibet Justice Center!!', 'tibet-justice-center'],
    ['国际特赦', ''],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
