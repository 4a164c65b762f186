import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { pdfReadingText } from '../../../test/support/pdf-reading';
import { faces, sfntFromWoff } from './pdf-fonts';
import { TextFlow } from './pdf-text-flow';

function pdf(write: (flow: TextFlow) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    write(new TextFlow(doc));
    doc.end();
  });
}

describe('TextFlow', () => {
  it('breaks a word wider than the line, however long, instead of failing', async () => {
    // One unbroken "word" of mixed directions: a piece per character, 200,000 of them.
    const word = 'aא'.repeat(100_000);
    let lines = 0;
    const file = await pdf((flow) => {
      const before = flow.cursor;
      flow.paragraph(word);
      lines = flow.cursor - before;
    });
    expect(file.length).toBeGreaterThan(0);
    expect(lines).not.toBe(0);
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    const below: Record<string, number> = {};
    await pdf((flow) => {
      for (const keepWithNext of [false, true]) {
        // Fill the page to two lines above its bottom margin: the heading fits, its next line not.
        while (flow.cursor < 842 - 56 - 40) flow.paragraph('Filler line', { gapAfter: 2 });
        flow.paragraph('A heading', { style: 'bold', size: 14, keepWithNext });
        below[String(keepWithNext)] = flow.cursor;
        flow.paragraph('The paragraph after it.');
        flow.ensure(1000); // a fresh page for the next case
      }
    });
    expect(below.false).toBeGreaterThan(700); // left at the foot without keepWithNext
    expect(below.true).toBeLessThan(120); // moved to the next page with what follows
  });

  it('reads a lam-alef ligature back in logical order', async () => {
    const name = 'مركز الخليج لحقوق الإنسان';
    const text = await pdfReadingText(new Uint8Array(await pdf((flow) => flow.paragraph(name))));
    expect(text).toBe(name);
  });

  it('wraps Chinese, which has no spaces, between characters and keeps every character in order', async () => {
    const sentence = '维吾尔人权项目呼吁释放所有被任意拘押的人。'.repeat(12);
    const text = await pdfReadingText(new Uint8Array(await pdf((flow) => flow.paragraph(sentence))));
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(sentence);
  });

  it('orders a right-to-left name inside a left-to-right line and draws no bidi control', async () => {
    const line = 'To: \u2068ئۇيغۇر كىشىلىك ھوقۇقى\u2069, Secretary; Fundacja Helsińska';
    const text = await pdfReadingText(new Uint8Array(await pdf((flow) => flow.paragraph(line))));
    expect(text).toBe('To: ئۇيغۇر كىشىلىك ھوقۇقى , Secretary; Fundacja Helsińska');
  });

  it('draws a letter its styled font lacks with the same face upright (no empty boxes)', async () => {
    const line = 'and ئۇيغۇر كىشىلىك ھوقۇقى, named';
    const text = await pdfReadingText(new Uint8Array(await pdf((flow) => flow.paragraph(line, { style: 'oblique' }))));
    expect(text).toBe('and ئۇيغۇر كىشىلىك ھوقۇقى , named');
  });

  it('sets a right-to-left paragraph flush right when aligned to its start, and a list of names flush left', async () => {
    const lefts = async (align: 'left' | 'start'): Promise<number[]> => {
      const file = await pdf((flow) => {
        flow.paragraph('Fundacja Helsińska', { align });
        flow.paragraph('ئۇيغۇر كىشىلىك ھوقۇقى', { align });
      });
      // The x of each line's leftmost text item, as pdf.js places it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as {
        getDocument(src: { data: Uint8Array; verbosity: number }): {
          promise: Promise<{
            getPage(
              n: number,
            ): Promise<{ getTextContent(): Promise<{ items: { str: string; transform: number[] }[] }> }>;
          }>;
        };
      };
      const doc = await pdfjs.getDocument({ data: new Uint8Array(file), verbosity: 0 }).promise;
      const { items } = await (await doc.getPage(1)).getTextContent();
      const byLine = new Map<number, number>();
      for (const item of items.filter((i) => i.str.trim())) {
        const y = Math.round(item.transform[5]);
        byLine.set(y, Math.min(byLine.get(y) ?? Infinity, item.transform[4]));
      }
      return [...byLine.values()];
    };
    const [latin, uyghur] = await lefts('start');
    expect(latin).toBeCloseTo(56, 0);
    expect(uyghur).toBeGreaterThan(300);
    expect(await lefts('left')).toEqual([expect.closeTo(56, 0), expect.closeTo(56, 0)]);
  });

  it('moves to a new page when the page is full', async () => {
    const names = Array.from({ length: 120 }, (_, i) => `བོད་ཀྱི་མི་དབང་ ${i}`);
    const file = await pdf((flow) => names.forEach((name) => flow.paragraph(name)));
    const text = await pdfReadingText(new Uint8Array(file));
    expect(text.split('\n').filter(Boolean)).toEqual(names);
    expect(file.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBeGreaterThan(1);
  });
});

describe('sfntFromWoff', () => {
  it('unwraps a WOFF font into the TrueType font it carries', () => {
    const file = faces().find((face) => face.key === 'tibetan')?.files.regular as string;
    const woff = fontkit.create(readFileSync(file)) as fontkit.Font;
    const sfnt = fontkit.create(sfntFromWoff(readFileSync(file))) as fontkit.Font;
    expect(sfnt.type).toBe('TTF');
    expect(sfnt.numGlyphs).toBe(woff.numGlyphs);
    expect(sfnt.layout('བོད་ཀྱི་').glyphs.map((g) => g.id)).toEqual(woff.layout('བོད་ཀྱི་').glyphs.map((g) => g.id));
  });
});
