import { dirname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import PDFDocument from 'pdfkit';
import type { EditionSignatory } from '../edition.entity';

export interface Addressee {
  name: string;
  title: string | null;
  organisation: string | null;
  cc: boolean;
}

export interface LetterContent {
  title: string;
  body: string;
  date: Date;
  addressees: Addressee[];
  signatories: EditionSignatory[];
  anonymousCount: number;
}

/**
 * DejaVu Sans, embedded (subset) in every PDF: PDF's built-in Helvetica covers only Western
 * European letters, and signatories write their names in Polish, Greek, Turkish, Uyghur Latin….
 * It has no Chinese or Tibetan glyphs yet.
 */
const FONTS = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(FONTS, 'DejaVuSans.ttf');
const BOLD = join(FONTS, 'DejaVuSans-Bold.ttf');
const OBLIQUE = join(FONTS, 'DejaVuSans-Oblique.ttf');

// Raw HTML in the Markdown is escaped, not passed through: the output needs no further sanitising.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "and 2 organisations that cannot be named for their safety" */
export function unnamedSentence(count: number): string | null {
  if (count <= 0) return null;
  return count === 1
    ? 'and 1 organisation that cannot be named for its safety'
    : `and ${count} organisations that cannot be named for their safety`;
}

function addresseeLine(a: Addressee): string {
  return [a.name, a.title, a.organisation].filter(Boolean).join(', ');
}

function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function renderHtml(content: LetterContent): string {
  const to = content.addressees.filter((a) => !a.cc);
  const cc = content.addressees.filter((a) => a.cc);
  const names = content.signatories.map((s) => `<li>${escapeHtml(s.displayName)}</li>`).join('');
  const unnamed = unnamedSentence(content.anonymousCount);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(content.title)}</title></head><body>
<h1>${escapeHtml(content.title)}</h1>
<p>${escapeHtml(formatDate(content.date))}</p>
<p>To: ${to.map((a) => escapeHtml(addresseeLine(a))).join('; ')}</p>
${cc.length ? `<p>Cc: ${cc.map((a) => escapeHtml(addresseeLine(a))).join('; ')}</p>` : ''}
${markdown.render(content.body)}
<h2>Signatories</h2>
<ul>${names}</ul>
${unnamed ? `<p>${escapeHtml(unnamed)}</p>` : ''}
</body></html>`;
}

export function renderText(content: LetterContent): string {
  const to = content.addressees.filter((a) => !a.cc);
  const cc = content.addressees.filter((a) => a.cc);
  const unnamed = unnamedSentence(content.anonymousCount);
  return [
    content.title,
    formatDate(content.date),
    `To: ${to.map(addresseeLine).join('; ')}`,
    ...(cc.length ? [`Cc: ${cc.map(addresseeLine).join('; ')}`] : []),
    content.body,
    'Signatories:',
    content.signatories.map((s) => `- ${s.displayName}`).join('\n'),
    ...(unnamed ? [unnamed] : []),
  ].join('\n\n');
}

/** The letter as a PDF: letterhead title, date, addressees, body and signatory block. */
export function renderPdf(content: LetterContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: content.title, Producer: 'Undersigned' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const to = content.addressees.filter((a) => !a.cc);
    const cc = content.addressees.filter((a) => a.cc);
    doc.font(BOLD).fontSize(18).text(content.title);
    doc.moveDown(0.5).font(REGULAR).fontSize(10).text(formatDate(content.date));
    doc
      .moveDown()
      .fontSize(11)
      .text(`To: ${to.map(addresseeLine).join('; ')}`);
    if (cc.length) doc.text(`Cc: ${cc.map(addresseeLine).join('; ')}`);
    doc.moveDown();
    for (const paragraph of content.body.split(/\n{2,}/)) {
      doc.text(paragraph.replace(/^#+\s*/gm, '').replace(/[*_`]/g, ''), { paragraphGap: 6 });
    }
    doc.moveDown().font(BOLD).text('Signatories');
    doc.font(REGULAR);
    for (const signatory of content.signatories) doc.text(signatory.displayName);
    const unnamed = unnamedSentence(content.anonymousCount);
    if (unnamed) doc.moveDown(0.5).font(OBLIQUE).text(unnamed);
    doc.end();
  });
}
