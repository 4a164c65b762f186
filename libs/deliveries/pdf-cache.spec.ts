import { PDF_CACHE_MAX_BYTES, PDF_CACHE_MAX_PER_LETTER, PDF_RENDERS_PER_LETTER, PdfCache } from './pdf-cache';
import { RenderQueueFull } from './render/render-thread';
import type { LetterContent } from './render/letter-renderer';

function content(signatories: string[], date = new Date('2026-11-22T10:00:00Z')): LetterContent {
  return {
    title: 'Free them',
    body: 'Dear Minister,\n\nAct.',
    date,
    addressees: [{ name: 'Minister', title: null, organisation: null, cc: false }],
    signatories: signatories.map((displayName) => ({ displayName }) as LetterContent['signatories'][number]),
    anonymousCount: 0,
    verification: null,
  };
}

describe('PdfCache', () => {
  it('renders the same letter once, also when asked concurrently, and again when anything rendered changes', async () => {
    const cache = new PdfCache();
    const rendered: string[] = [];
    const render = async (c: LetterContent): Promise<Buffer> => {
      rendered.push(c.signatories.map((s) => s.displayName).join(','));
      return Buffer.from(JSON.stringify(c.signatories));
    };
    const [a, b] = await Promise.all([
      cache.render('letter', content(['A']), render),
      cache.render('letter', content(['A']), render),
    ]);
    expect(a).toBe(b);
    await cache.render('letter', content(['A'], new Date('2026-11-22T18:00:00Z')), render);
    expect(rendered).toEqual(['A']);
    const withB = await cache.render('letter', content(['A', 'B']), render);
    expect(withB.toString()).toContain('"B"');
    await cache.render('letter', content(['A'], new Date('2026-11-23T01:00:00Z')), render);
    expect(rendered).toEqual(['A', 'A,B', 'A']);
  });

  it('forgets a failed render', async () => {
    const cache = new PdfCache();
    let calls = 0;
    const failing = async (): Promise<Buffer> => {
      calls++;
      throw new Error('render failed');
    };
    await expect(cache.render('letter', content(['A']), failing)).rejects.toThrow('render failed');
    await expect(cache.render('letter', content(['A']), failing)).rejects.toThrow('render failed');
    expect(calls).toBe(2);
  });

  it('keeps at most a few PDFs of one letter: all the languages of one letter never evict another letter’s', async () => {
    const cache = new PdfCache();
    let renders = 0;
    const render = async (c: LetterContent): Promise<Buffer> => {
      renders++;
      return Buffer.from(c.title);
    };
    await cache.render('other', content(['B']), render);
    for (let i = 0; i < 40; i++) await cache.render('flooded', { ...content(['A']), title: `language ${i}` }, render);
    expect(cache.size.entries).toBe(1 + PDF_CACHE_MAX_PER_LETTER);
    renders = 0;
    await cache.render('other', content(['B']), render);
    expect(renders).toBe(0);
    // The flooded letter's most recent ones are kept, its oldest not.
    await cache.render('flooded', { ...content(['A']), title: 'language 39' }, render);
    expect(renders).toBe(0);
    await cache.render('flooded', { ...content(['A']), title: 'language 0' }, render);
    expect(renders).toBe(1);
  });

  it('refuses a letter more renders at once than its share, and serves what is rendering to all who ask', async () => {
    const cache = new PdfCache();
    const finish: (() => void)[] = [];
    const slow = (c: LetterContent): Promise<Buffer> =>
      new Promise((done) => finish.push(() => done(Buffer.from(c.title))));
    const rendering = Array.from({ length: PDF_RENDERS_PER_LETTER }, (_, i) =>
      cache.render('flooded', { ...content(['A']), title: `language ${i}` }, slow),
    );
    const shared = cache.render('flooded', { ...content(['A']), title: 'language 0' }, slow);
    await expect(cache.render('flooded', { ...content(['A']), title: 'one more' }, slow)).rejects.toBeInstanceOf(
      RenderQueueFull,
    );
    // Another letter is not held back by it.
    const other = cache.render('other', content(['B']), slow);
    expect(finish).toHaveLength(PDF_RENDERS_PER_LETTER + 1);
    finish.forEach((done) => done());
    await Promise.all([...rendering, shared, other]);
    expect((await shared).toString()).toBe('language 0');
    // Once rendered, the letter may render again.
    const next = cache.render('flooded', { ...content(['A']), title: 'one more' }, async (c) => Buffer.from(c.title));
    expect((await next).toString()).toBe('one more');
  });

  it('keeps no more bytes than its bound, evicting the least recently used', async () => {
    const cache = new PdfCache();
    const big = Math.ceil(PDF_CACHE_MAX_BYTES / 3);
    const render = async (): Promise<Buffer> => Buffer.alloc(big);
    for (let i = 0; i < 5; i++) await cache.render(`letter ${i}`, content([`S${i}`]), render);
    expect(cache.size.bytes).toBeLessThanOrEqual(PDF_CACHE_MAX_BYTES);
    expect(cache.size.entries).toBe(3);
    let again = 0;
    await cache.render('letter 4', content(['S4']), async () => {
      again++;
      return Buffer.alloc(1);
    });
    expect(again).toBe(0);
  });
});
