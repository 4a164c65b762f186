import PDFDocument from 'pdfkit';
import type { EditionSignatory } from '../edition.entity';
// A relative path, not @undersigned/letters: the render worker thread loads this file without path aliases.
import { letterMarkdown } from '../../letters/letter-markdown';
import { drawQrCode } from './pdf-footer';
import { ENGLISH_LABELS, languageName, pdfLabels, type PdfLabels } from './pdf-labels';
import { typesetMarkdown } from './pdf-markdown';
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
  /** Members of the public who signed (petition mode): their number, after the organisations. */
  supporterCount?: number;
  /** What the footer of every page prints for the recipient to verify; null for a draft. */
  verification: { editionHash: string; verifyUrl: string } | null;
  /** Set when `title` and `body` are a translation: what it translates, printed under the date. */
  translation?: TranslationNotice | null;
}

/** A translation's language and translator, and the original it translates: the text that was signed. */
export interface TranslationNotice {
  /** Canonical BCP 47 tags. */
  language: string;
  originalLanguage: string;
  /** The content hash of the original (the delivered text, once delivered). */
  originalContentHash: string;
  /** The translation's own content hash. */
  contentHash: string;
  translator: string | null;
}

// Raw HTML escaped, each block its own direction: see letter-markdown.ts.
const markdown = letterMarkdown;

// Fonts the reader may have, in the order the PDF uses them; the HTML embeds none.
const FONT_STACK = "'DejaVu Sans', 'Noto Sans', 'Jomolhari', 'Noto Serif Tibetan', 'Noto Sans SC', sans-serif";
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Markdown as HTML, raw HTML in it escaped. */
export function renderMarkdown(body: string): string {
  return markdown.render(body);
}

/** "and 2 organisations that cannot be named for their safety" */
export function unnamedSentence(count: number): string | null {
  return ENGLISH_LABELS.unnamed(count);
}

/** "and 1,234 supporters" */
export function supportersSentence(count: number | undefined): string | null {
  return ENGLISH_LABELS.supporters(count);
}

/** The sentences under the named signatories: the unnamed organisations, then the supporters. */
function closingSentences(content: LetterContent, labels: PdfLabels = ENGLISH_LABELS): string[] {
  return [labels.unnamed(content.anonymousCount), labels.supporters(content.supporterCount)].filter(
    (sentence): sentence is string => sentence !== null,
  );
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

/**
 * What a verified badge stands for, after the name: the domain the organisation proved, since a
 * display name may be any name its leads approved (" — verified: uyghurcongress.org").
 */
export function badgeText(s: Pick<EditionSignatory, 'verified' | 'verifiedDomain' | 'organisation'>): string {
  const domain = s.verified ? (s.verifiedDomain ?? s.organisation?.verifiedDomain ?? null) : null;
  return domain ? ` — verified: ${domain}` : '';
}

/**
 * The badge in HTML: a framed element of its own beside the name, not text a name could also
 * hold (names may not say "verified", carry a check mark or a domain; the text forms rely on that).
 */
export function badgeHtml(s: Pick<EditionSignatory, 'verified' | 'verifiedDomain' | 'organisation'>): string {
  const domain = s.verified ? (s.verifiedDomain ?? s.organisation?.verifiedDomain ?? null) : null;
  if (!domain) return '';
  return ` <span class="verified-badge" style="display: inline-block; border: 1px solid #1a7f37; border-radius: 3px; padding: 0 4px; color: #1a7f37; font-size: 0.85em; font-weight: bold">&#x2713; verified: ${escapeHtml(domain)}</span>`;
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

function formatDate(date: Date, language?: string): string {
  if (!language) return DATE.format(date);
  // A translation dates itself in its own language (the engine's CLDR data; English where it has none).
  return new Intl.DateTimeFormat([language, 'en-GB'], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export { languageName };

/**
 * The lines under a translation's date: what it translates, named by language and content hash,
 * and that the original is the text signed; in the translation's language where the web app has
 * its catalog (pdf-labels.ts), else in English.
 */
export function translationNoticeLines(
  notice: TranslationNotice,
  labels: PdfLabels = pdfLabels(notice.language),
): string[] {
  return [
    labels.translationNotice(notice.language, notice.originalLanguage, notice.translator),
    // Each label ends in English (pdf-labels.ts), and so its colon.
    `${labels.originalContentHash}: ${notice.originalContentHash}`,
    `${labels.translationContentHash}: ${notice.contentHash}`,
  ];
}

function verificationHtml({ verification }: LetterContent): string {
  if (!verification) return '';
  const url = escapeHtml(verification.verifyUrl);
  return `<hr><p><small>Edition hash: <code>${escapeHtml(verification.editionHash)}</code><br>Verify the text and the signatories: <a href="${url}">${url}</a></small></p>`;
}

export function renderHtml(content: LetterContent): string {
  const to = content.addressees.filter((a) => !a.cc);
  const cc = content.addressees.filter((a) => a.cc);
  const names = content.signatories.map((s) => `<li>${nameHtml(s.displayName)}${badgeHtml(s)}</li>`).join('');
  return `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${escapeHtml(content.title)}</title></head><body style="font-family: ${FONT_STACK}">
<h1 dir="auto">${escapeHtml(content.title)}</h1>
<p>${escapeHtml(formatDate(content.date))}</p>
<p>To: ${to.map(addresseeHtml).join('; ')}</p>
${cc.length ? `<p>Cc: ${cc.map(addresseeHtml).join('; ')}</p>` : ''}
${markdown.render(content.body)}
<h2>Signatories</h2>
<ul>${names}</ul>
${closingSentences(content)
  .map((sentence) => `<p>${escapeHtml(sentence)}</p>`)
  .join('')}
${verificationHtml(content)}
</body></html>`;
}

export function renderText(content: LetterContent): string {
  const to = content.addressees.filter((a) => !a.cc);
  const cc = content.addressees.filter((a) => a.cc);
  return [
    content.title,
    formatDate(content.date),
    `To: ${to.map(addresseeText).join('; ')}`,
    ...(cc.length ? [`Cc: ${cc.map(addresseeText).join('; ')}`] : []),
    content.body,
    'Signatories:',
    content.signatories.map((s) => `- ${nameText(s.displayName)}${badgeText(s)}`).join('\n'),
    ...closingSentences(content),
    ...(content.verification
      ? [`Edition hash: ${content.verification.editionHash}\nVerify: ${content.verification.verifyUrl}`]
      : []),
  ].join('\n\n');
}

const MARGIN = 56;
// The footer's band under the text: the QR code and the lines beside it.
const FOOTER = 84;
const QR_SIZE = 62;

function addresseeLine(label: string, addressees: Addressee[], labels: PdfLabels): string {
  return `${label}${labels.colon}${addressees.map(addresseeText).join('; ')}`;
}

/** Lead organisations first, then the others in the letter's order. */
function leadsFirst(signatories: EditionSignatory[]): EditionSignatory[] {
  return [...signatories.filter((s) => s.lead), ...signatories.filter((s) => !s.lead)];
}

// More names than this are set in two columns.
const ONE_COLUMN_MAX = 8;

function signatoryBlock(flow: TextFlow, doc: PDFKit.PDFDocument, content: LetterContent, labels: PdfLabels): void {
  const names = leadsFirst(content.signatories);
  flow.space(8);
  flow.paragraph(labels.signatories, { style: 'bold', size: 12.5, gapAfter: 6, keepWithNext: true });
  const width = doc.page.width - MARGIN * 2;
  if (names.length <= ONE_COLUMN_MAX) {
    for (const s of names) {
      flow.paragraph(`${s.displayName}${badgeText(s)}`, { gapAfter: 3, style: s.lead ? 'bold' : 'regular' });
    }
  } else {
    // Row by row, so that a page break falls between rows and never between a name and its neighbour.
    const column = (width - 16) / 2;
    for (let i = 0; i < names.length; i += 2) {
      flow.ensure(11 * 3.4); // two lines: a long name wraps in its column
      const top = flow.cursor;
      const row = names.slice(i, i + 2);
      let bottom = top;
      row.forEach((s, j) => {
        flow.cursor = top;
        flow.paragraph(`${s.displayName}${badgeText(s)}`, {
          indent: j * (column + 16),
          width: column,
          gapAfter: 3,
          style: s.lead ? 'bold' : 'regular',
        });
        bottom = Math.max(bottom, flow.cursor);
      });
      flow.cursor = bottom;
    }
  }
  for (const sentence of closingSentences(content, labels)) {
    flow.space(4);
    flow.paragraph(sentence, { style: 'oblique' });
  }
}

/** On every page: the edition hash, the verification address and its QR code, the page number. */
function footers(flow: TextFlow, doc: PDFKit.PDFDocument, content: LetterContent, labels: PdfLabels): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // The footer lies in the bottom margin: no page break may follow from writing there.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const top = doc.page.height - bottom + 14;
    doc
      .moveTo(MARGIN, top - 6)
      .lineTo(doc.page.width - MARGIN, top - 6)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    const verification = content.verification;
    let indent = 0;
    flow.cursor = top;
    if (verification) {
      drawQrCode(doc, verification.verifyUrl, MARGIN, top, QR_SIZE);
      indent = QR_SIZE + 12;
      flow.paragraph(`${labels.editionHash}${labels.colon}${verification.editionHash}`, {
        size: 7.5,
        indent,
        gapAfter: 2,
      });
      flow.paragraph(`${labels.verify}${labels.colon}${verification.verifyUrl}`, {
        size: 7.5,
        indent,
        gapAfter: 2,
      });
    } else {
      flow.paragraph(labels.draft, { size: 8.5, style: 'bold', gapAfter: 2 });
    }
    flow.paragraph(labels.page(i - start + 1, count), { size: 7.5, indent, gapAfter: 0 });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The letter as a PDF: title, date, addressees, the Markdown body typeset, the signatory block,
 * and on every page the footer a recipient verifies the edition by. Synchronous work of up to
 * seconds for a long letter: the server calls it on a worker thread (render-thread.ts).
 */
export function typesetPdf(content: LetterContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER - 28 },
      bufferPages: true,
      lang: content.translation?.language,
      info: { Title: content.title, Producer: 'Undersigned' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      const flow = new TextFlow(doc);
      const to = content.addressees.filter((a) => !a.cc);
      const cc = content.addressees.filter((a) => a.cc);
      const notice = content.translation ?? null;
      const labels = pdfLabels(notice?.language);
      flow.paragraph(content.title, { style: 'bold', size: 18, gapAfter: 6, align: 'start' });
      flow.paragraph(formatDate(content.date, notice?.language), { size: 10, gapAfter: 12, align: 'start' });
      if (notice) {
        const [sentence, ...hashes] = translationNoticeLines(notice, labels);
        flow.paragraph(sentence, { size: 9, style: 'oblique', gapAfter: 3 });
        for (const line of hashes) flow.paragraph(line, { size: 8, gapAfter: 2 });
        flow.space(8);
      }
      if (to.length) flow.paragraph(addresseeLine(labels.to, to, labels), { gapAfter: 3 });
      if (cc.length) flow.paragraph(addresseeLine(labels.cc, cc, labels), { gapAfter: 3 });
      flow.space(10);
      typesetMarkdown(flow, markdown.parse(content.body, {}));
      signatoryBlock(flow, doc, content, labels);
      footers(flow, doc, content, labels);
      doc.end();
    } catch (error) {
      reject(error as Error);
    }
  });
}
