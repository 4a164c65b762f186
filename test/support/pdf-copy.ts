import { inflateSync } from 'node:zlib';

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  type?: string;
  tag?: string | null;
}

/** A piece of a page as a reader places it: its text, where its baseline starts and ends, its size. */
interface Unit {
  str: string;
  x: number;
  end: number;
  y: number;
  size: number;
}

/** One `BMC`/`BDC` of a content stream: its tag and, if it has one, its /ActualText. */
interface Marking {
  tag: string;
  actualText: string | null;
}

/**
 * The text of a PDF as a reader that places text by position copies it (poppler's `pdftotext`, a
 * screen reader): each line's pieces from left to right, whatever order they were drawn in,
 * except that a marked-content span with /ActualText reads as its actual text, as written. It has
 * no bidi algorithm of its own (the simplest such readers have none).
 *
 * pdf.js (3.x) gives the pieces and their positions but drops /ActualText, so the marked-content
 * operators are read from the page content streams here. Written for the PDFs pdfkit makes
 * (classic cross-reference table, one content stream per page, inline property lists).
 */
export async function pdfCopiedText(data: Uint8Array): Promise<string> {
  const markings = pageMarkings(Buffer.from(data));
  const warn = console.warn;
  console.warn = () => undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as {
    getDocument(src: { data: Uint8Array; verbosity: number; standardFontDataUrl: string }): {
      promise: Promise<{
        numPages: number;
        getPage(n: number): Promise<{
          getTextContent(options: { includeMarkedContent: boolean }): Promise<{ items: TextItem[] }>;
        }>;
      }>;
    };
  };
  console.warn = warn;
  const fonts = `${require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '')}standard_fonts/`;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), verbosity: 0, standardFontDataUrl: fonts }).promise;
  if (markings.length !== doc.numPages)
    throw new Error(`found ${markings.length} content streams for ${doc.numPages} pages`);
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true });
    const pending = [...markings[n - 1]];
    const units: Unit[] = [];
    // The open marked-content sections; `span` collects the pieces of the outermost one with /ActualText.
    const open: Marking[] = [];
    let span: { text: string; pieces: Unit[] } | null = null;
    for (const item of items) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        const marking = pending.shift();
        if (!marking || marking.tag !== item.tag) throw new Error(`marked content out of step on page ${n}`);
        open.push(marking);
        if (!span && marking.actualText !== null) span = { text: marking.actualText, pieces: [] };
        continue;
      }
      if (item.type === 'endMarkedContent') {
        const closed = open.pop();
        if (span && closed?.actualText !== null && !open.some((m) => m.actualText !== null)) {
          const { pieces, text } = span;
          span = null;
          if (!pieces.length) continue;
          units.push({
            str: text,
            x: Math.min(...pieces.map((p) => p.x)),
            end: Math.max(...pieces.map((p) => p.end)),
            y: pieces[0].y,
            size: pieces[0].size,
          });
        }
        continue;
      }
      const [size, , , , x, y] = item.transform ?? [0, 0, 0, 0, 0, 0];
      const unit = { str: item.str ?? '', x, end: x + (item.width ?? 0), y, size: size || 1 };
      // Spaces pdf.js inserts between pieces are no glyphs: they neither read nor widen a span.
      if (unit.str.trim() === '') continue;
      if (span) span.pieces.push(unit);
      else units.push(unit);
    }
    pages.push(readLines(units));
  }
  return pages.join('\n');
}

/** Lines from the top of the page down, each read left to right. */
function readLines(units: Unit[]): string {
  const sorted = [...units].sort((a, b) => b.y - a.y);
  const lines: Unit[][] = [];
  for (const unit of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - unit.y) <= line[0].size / 2) line.push(unit);
    else lines.push([unit]);
  }
  return lines
    .map((line) => {
      let text = '';
      let last: Unit | null = null;
      for (const unit of line.sort((a, b) => a.x - b.x)) {
        if (last && unit.x - last.end > last.size / 10) text += ' ';
        text += unit.str;
        last = unit;
      }
      return text.trim();
    })
    .join('\n');
}

/** The marked-content sections each page's content stream opens, in order. */
function pageMarkings(pdf: Buffer): Marking[][] {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*/g)) {
    const start = (match.index as number) + match[0].length;
    const end = raw.indexOf('endobj', start);
    const body = raw.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    if (streamAt >= 0) {
      const from = start + streamAt + (/stream\r\n/.test(body.slice(streamAt, streamAt + 8)) ? 8 : 7);
      const to = raw.lastIndexOf('endstream', end);
      const bytes = pdf.subarray(from, to);
      stream = /\/FlateDecode/.test(body.slice(0, streamAt)) ? inflateSync(bytes) : bytes;
    }
    objects.set(Number(match[1]), { dict: streamAt >= 0 ? body.slice(0, streamAt) : body, stream });
  }
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog/.test(o.dict));
  const pagesRef = Number(/\/Pages (\d+) 0 R/.exec(catalog?.dict ?? '')?.[1]);
  const kids = /\/Kids \[([^\]]*)\]/.exec(objects.get(pagesRef)?.dict ?? '')?.[1] ?? '';
  return [...kids.matchAll(/(\d+) 0 R/g)].map(([, id]) => {
    const page = objects.get(Number(id))?.dict ?? '';
    const contents = Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]);
    const stream = objects.get(contents)?.stream;
    if (!stream) throw new Error(`page ${id} has no content stream`);
    return markingsOf(stream.toString('latin1'));
  });
}

/** The BMC and BDC operators of a content stream; strings are skipped whole, so their bytes never read as operators. */
function markingsOf(content: string): Marking[] {
  const markings: Marking[] = [];
  let tag = '';
  let actualText: string | null = null;
  let lastName = '';
  let i = 0;
  while (i < content.length) {
    const c = content[i];
    if (c === '(') {
      const [value, next] = literalString(content, i);
      if (lastName === '/ActualText') actualText = value;
      i = next;
      continue;
    }
    if (c === '<' && content[i + 1] === '<') {
      i += 2;
      continue;
    }
    if (c === '<') {
      // A hex string (pdfkit writes glyph ids so): its digits are no operator.
      i = content.indexOf('>', i) + 1;
      continue;
    }
    if (c === '/') {
      const name = /^\/[^\s/<>[\]()]*/.exec(content.slice(i, i + 128))?.[0] ?? '/';
      lastName = name;
      // The first name of a BDC/BMC is its tag: remember the latest name outside a dictionary.
      if (name !== '/ActualText') tag = tag || name;
      i += name.length;
      continue;
    }
    const word = /^[A-Za-z'"*]+/.exec(content.slice(i, i + 8))?.[0];
    if (word) {
      if (word === 'BDC' || word === 'BMC') markings.push({ tag: tag.slice(1), actualText });
      tag = '';
      actualText = null;
      lastName = '';
      i += word.length;
      continue;
    }
    i += 1;
  }
  return markings;
}

/** A PDF literal string from its opening parenthesis: its value (UTF-16BE with a BOM, or bytes) and where it ends. */
function literalString(content: string, from: number): [string, number] {
  let depth = 0;
  let bytes = '';
  let i = from;
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  for (; i < content.length; i++) {
    const c = content[i];
    if (c === '\\') {
      const next = content[i + 1];
      const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4))?.[0];
      if (octal) {
        bytes += String.fromCharCode(parseInt(octal, 8));
        i += octal.length;
      } else {
        bytes += escapes[next] ?? next;
        i += 1;
      }
      continue;
    }
    if (c === '(') {
      depth += 1;
      if (depth === 1) continue;
    } else if (c === ')') {
      depth -= 1;
      if (depth === 0) break;
    }
    bytes += c;
  }
  const buffer = Buffer.from(bytes, 'latin1');
  const value =
    buffer[0] === 0xfe && buffer[1] === 0xff ? Buffer.from(buffer.subarray(2)).swap16().toString('utf16le') : bytes;
  return [value, i + 1];
}
