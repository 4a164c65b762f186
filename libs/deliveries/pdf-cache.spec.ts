import { PdfCache } from './pdf-cache';
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
    const [a, b] = await Promise.all([cache.render(content(['A']), render), cache.render(content(['A']), render)]);
    expect(a).toBe(b);
    await cache.render(content(['A'], new Date('2026-11-22T18:00:00Z')), render);
    expect(rendered).toEqual(['A']);
    const withB = await cache.render(content(['A', 'B']), render);
    expect(withB.toString()).toContain('"B"');
    await cache.render(content(['A'], new Date('2026-11-23T01:00:00Z')), render);
    expect(rendered).toEqual(['A', 'A,B', 'A']);
  });

  it('forgets a failed render', async () => {
    const cache = new PdfCache();
    let calls = 0;
    const failing = async (): Promise<Buffer> => {
      calls++;
      throw new Error('render failed');
    };
    await expect(cache.render(content(['A']), failing)).rejects.toThrow('render failed');
    await expect(cache.render(content(['A']), failing)).rejects.toThrow('render failed');
    expect(calls).toBe(2);
  });
});
