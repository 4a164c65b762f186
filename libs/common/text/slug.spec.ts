import { randomSlugPart, slugify, withRandomSlug } from './slug';

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

describe('withRandomSlug', () => {
  it('always ends the slug in a random part of 6 characters', async () => {
    const slugs = await Promise.all(
      Array.from({ length: 20 }, () => withRandomSlug('Secret memo', 'letter', 'k', async (slug) => slug)),
    );
    for (const slug of slugs) expect(slug).toMatch(/^secret-memo-[a-z2-9]{6}$/);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('keeps the whole slug within 60 characters, and uses the fallback for names without Latin letters', async () => {
    expect(await withRandomSlug('a'.repeat(100), 'letter', 'k', async (slug) => slug)).toMatch(/^a{53}-[a-z2-9]{6}$/);
    expect(await withRandomSlug('国际特赦', 'letter', 'k', async (slug) => slug)).toMatch(/^letter-[a-z2-9]{6}$/);
  });

  it('draws another random part when the slug is taken', async () => {
    const tried: string[] = [];
    const taken = Object.assign(new Error('duplicate'), { driverError: { constraint: 'letters_slug_key' } });
    const slug = await withRandomSlug('Memo', 'letter', 'letters_slug_key', async (candidate) => {
      tried.push(candidate);
      if (tried.length === 1) throw taken;
      return candidate;
    });
    expect(tried).toHaveLength(2);
    expect(slug).toBe(tried[1]);
    expect(randomSlugPart()).toMatch(/^[a-z2-9]{6}$/);
  });
});
