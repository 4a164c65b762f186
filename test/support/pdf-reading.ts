import request from 'supertest';

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/**
 * The text of a PDF as a reader copies it, through pdf.js: items in the order the PDF draws them
 * (the logical order), joined without a space where one ends where the next begins on the same line,
 * with a space where there is a gap, and a line break where the baseline moves (by position only:
 * pdf.js marks a line end wrongly in the case below).
 *
 * pdf.js 3 starts a new item inside a word in some cases (it takes a glyph that stands for a letter
 * and a combining mark, as a Tibetan stack does, for a zero-width mark, fixed in pdf.js 6); joining
 * items with a space, as `pdfText` does, would then split the word.
 */
export async function pdfReadingText(data: Uint8Array): Promise<string> {
  const warn = console.warn;
  console.warn = () => undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as {
    getDocument(src: { data: Uint8Array; verbosity: number; standardFontDataUrl: string }): {
      promise: Promise<{
        numPages: number;
        getPage(n: number): Promise<{ getTextContent(): Promise<{ items: TextItem[] }> }>;
      }>;
    };
  };
  console.warn = warn;
  const fonts = `${require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '')}standard_fonts/`;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), verbosity: 0, standardFontDataUrl: fonts }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    let text = '';
    let last: { x: number; y: number; size: number } | null = null;
    for (const item of items) {
      const [size, , , , x, y] = item.transform ?? [0, 0, 0, 0, 0, 0];
      const str = item.str ?? '';
      if (str.trim() === '') {
        if (str) text += ' ';
      } else {
        if (last && Math.abs(y - last.y) > last.size / 2) text += '\n';
        else if (last && Math.abs(x - last.x) > last.size / 10) text += ' ';
        text += str;
        last = { x: x + (item.width ?? 0), y, size: size || 1 };
      }
    }
    pages.push(text.replace(/ *\n+ */g, '\n').replace(/ {2,}/g, ' '));
  }
  return pages.join('\n');
}

/** GET /letters/:slug.pdf as bytes; fails the test unless it answers 200. */
export async function fetchPdf(url: string, slug: string): Promise<Buffer> {
  const served = await request(url)
    .get(`/letters/${slug}.pdf`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (served.status !== 200) throw new Error(`GET /letters/${slug}.pdf answered ${served.status}`);
  return served.body as Buffer;
}
