/** The text of a PDF, page by page, through Mozilla's pdf.js (its CommonJS legacy build). */
export async function pdfText(data: Uint8Array): Promise<string> {
  // pdf.js warns at load that it cannot draw without the native `canvas` package; text needs none.
  const warn = console.warn;
  console.warn = () => undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as {
    getDocument(src: { data: Uint8Array; verbosity: number; standardFontDataUrl: string }): {
      promise: Promise<{
        numPages: number;
        getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str?: string }[] }> }>;
      }>;
    };
  };
  console.warn = warn;
  const fonts = `${require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '')}standard_fonts/`;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), verbosity: 0, standardFontDataUrl: fonts }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str ?? '').join(' '));
  }
  return pages.join('\n');
}
