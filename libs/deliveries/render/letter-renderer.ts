import MarkdownIt from 'markdown-it';
import PDFDocument from 'pdfkit';
import type { EditionSignatory } from '../edition.entity';
import { TextFlow } from './pdf-text-flow';

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

// Raw HTML in the Markdown is escaped, not passed through: the output needs no further sanitising.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Each block takes its direction from its own first strong letter: a paragraph in Uyghur reads
// right to left inside the English letter.
const BLOCKS = new Set(['paragraph_open', 'heading_open', 'list_item_open', 'blockquote_open']);
markdown.core.ruler.push('dir_auto', (state) => {
  for (const token of state.tokens) if (BLOCKS.has(token.type)) token.attrSet('dir', 'auto');
  return true;
});

// Fonts the reader may have, in the order the PDF uses them; the HTML embeds none.
const FONT_STACK = "'DejaVu Sans', 'Noto Sans', 'Jomolhari', 'Noto Serif Tibetan', 'Noto Sans SC', sans-serif";
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

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

/**
 * A name as a bidi island: a right-to-left name cannot pull the punctuation and the names around
 * it into its own order.
 */
function nameHtml(name: string): string {
  return `<bdi>${escapeHtml(name)}</bdi>`;
}

/** The same island in plain text: first-strong isolate … pop directional isolate. */
function nameText(name: string): string {
  return RTL.test(name) ? `\u2068${name}\u2069` : name;
}

function addresseeHtml(a: Addressee): string {
  return [a.name, a.title, a.organisation]
    .filter((part): part is string => Boolean(part))
    .map(nameHtml)
    .join(', ');
}

function addresseeText(a: Addressee): string {
  return [a.name, a.title, a.organisation]
    .filter((part): part is string => Boolean(part))
    .map(nameText)
    .join(', ');
}

// One formatter for the process: toLocaleDateString sets one up on every call.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function formatDate(date: Date): string {
  return DATE.format(date);
}

export function renderHtml(content: LetterContent): string {
  const to = content.addressees.filter((a) => !a.cc);
  const cc = content.addressees.filter((a) => a.cc);
  const names = content.signatories.map((s) => `<li>${nameHtml(s.displayName)}</li>`).join('');
  const unnamed = unnamedSentence(content.anonymousCount);
  return `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${escapeHtml(content.title)}</title></head><body style="font-family: ${FONT_STACK}">
<h1 dir="auto">${escapeHtml(content.title)}</h1>
<p>${escapeHtml(formatDate(content.date))}</p>
<p>To: ${to.map(addresseeHtml).join('; ')}</p>
${cc.length ? `<p>Cc: ${cc.map(addresseeHtml).join('; ')}</p>` : ''}
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
    `To: ${to.map(addresseeText).join('; ')}`,
    ...(cc.length ? [`Cc: ${cc.map(addresseeText).join('; ')}`] : []),
    content.body,
    'Signatories:',
    content.signatories.map((s) => `- ${nameText(s.displayName)}`).join('\n'),
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
    const flow = new TextFlow(doc);
    const to = content.addressees.filter((a) => !a.cc);
    const cc = content.addressees.filter((a) => a.cc);
    flow.paragraph(content.title, { style: 'bold', size: 18, gapAfter: 6 });
    flow.paragraph(formatDate(content.date), { size: 10, gapAfter: 12 });
    flow.paragraph(`To: ${to.map(addresseeText).join('; ')}`);
    if (cc.length) flow.paragraph(`Cc: ${cc.map(addresseeText).join('; ')}`);
    flow.space(8);
    for (const paragraph of content.body.split(/\n{2,}/)) {
      flow.paragraph(paragraph.replace(/^#+\s*/gm, '').replace(/[*_`]/g, ''), { gapAfter: 8, align: 'start' });
    }
    flow.space(8);
    flow.paragraph('Signatories', { style: 'bold' });
    for (const signatory of content.signatories) flow.paragraph(signatory.displayName, { gapAfter: 2 });
    const unnamed = unnamedSentence(content.anonymousCount);
    if (unnamed) {
      flow.space(6);
      flow.paragraph(unnamed, { style: 'oblique' });
    }
    doc.end();
  });
}
