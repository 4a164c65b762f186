import bidiFactory from 'bidi-js';
import { fontFor, type FontStyle, type LoadedFont } from './pdf-fonts';

const bidi = bidiFactory();

/** A stretch of one line drawn in one font at one bidi level (odd = right to left). */
interface Piece {
  text: string;
  level: number;
  font: LoadedFont;
  width: number;
  gap: boolean; // whitespace: advances the pen, draws nothing
}

/** A stretch of a paragraph in one style (bold, emphasis). */
export interface Run {
  text: string;
  style?: FontStyle;
}

export interface FlowOptions {
  style?: FontStyle;
  size?: number;
  indent?: number;
  /** The width to fill from the indent; the rest of the line by default. */
  width?: number;
  gapAfter?: number;
  /** Drawn before the first line, in the indent: a list's bullet or number. */
  marker?: string;
  /** Keep the paragraph on the page of the line that follows it: a heading is never left alone. */
  keepWithNext?: boolean;
  // 'start': a paragraph whose first strong letter is right-to-left is set flush right, as the HTML
  // edition's dir="auto" sets it; 'left' keeps lists of names aligned whatever their script.
  align?: 'left' | 'start';
}

// Bidi controls steer the ordering and are not drawn (no font has a glyph for them).
const CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Combining marks, joiners and variation selectors belong to the letter before them.
const MARK = /\p{M}|\u200c|\u200d|[\ufe00-\ufe0f]/u;
const SPACE = /\s/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// Scripts written without spaces: a line may break around each character.
const BREAK_AROUND = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
// Tibetan breaks after its syllable mark (tsheg) and its shad.
const BREAK_AFTER = /[\u0f0b\u0f0d\u0f0e]/u;

// fontkit takes features to turn off as an object; pdfkit's types only know a list to turn on.
function features(font: LoadedFont): PDFKit.Mixins.OpenTypeFeatures[] {
  return font.features as unknown as PDFKit.Mixins.OpenTypeFeatures[];
}

/**
 * Writes paragraphs of any script onto a pdfkit document: each character drawn with the first font
 * that has it (fontkit shapes each run: Arabic joining, Tibetan stacking), lines wrapped, and each
 * line ordered by the Unicode Bidirectional Algorithm (bidi-js).
 *
 * Pieces are *drawn* in logical order, each at its visual place: text extraction that follows the
 * drawing order (pdf.js, copy and paste) then reads names in the order they were typed, while the
 * page shows them right to left; a right-to-left line with left-to-right words in it also carries
 * its text as written as /ActualText, for extraction that follows the places on the page.
 */
export class TextFlow {
  private y: number;
  private readonly registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.y = doc.page.margins.top;
  }

  space(points: number): void {
    this.y += points;
  }

  /** Where the next line goes, from the top of the page. */
  get cursor(): number {
    return this.y;
  }

  set cursor(y: number) {
    this.y = y;
  }

  /** Starts a new page unless `points` more fit on this one. */
  ensure(points: number): void {
    if (this.y + points > this.doc.page.height - this.doc.page.margins.bottom) {
      this.doc.addPage();
      this.y = this.doc.page.margins.top;
    }
  }

  paragraph(content: string | Run[], options: FlowOptions = {}): void {
    const style = options.style ?? 'regular';
    const size = options.size ?? 11;
    const indent = options.indent ?? 0;
    const width =
      options.width ?? this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right - indent;
    const runs = typeof content === 'string' ? [{ text: content }] : content;
    let text = '';
    const styles: FontStyle[] = [];
    for (const run of runs) {
      const clean = run.text.replace(/\r/g, '');
      text += clean;
      for (let i = 0; i < clean.length; i++) styles.push(run.style ?? style);
    }
    const { levels, paragraphs } = bidi.getEmbeddingLevels(text, 'auto');
    const base = paragraphs[0]?.level ?? 0;
    const rtl = options.align === 'start' && base === 1;
    const lines = this.wrap(this.words(text, styles, size, levels), width);
    // The paragraph's lines and two body lines after it, estimated at 1.5 times their size.
    if (options.keepWithNext) this.ensure(lines.length * size * 1.5 + 2 * 11 * 1.5);
    lines.forEach((line, i) => {
      const marker = i === 0 ? options.marker : undefined;
      this.drawLine(line, size, base, this.doc.page.margins.left + indent, rtl ? width : 0, marker);
    });
    this.y += options.gapAfter ?? size * 0.5;
  }

  /**
   * Splits the paragraph into words (what lies between two break opportunities), each word into
   * pieces of one font, one bidi level, ink or space. `null` is a forced line break.
   */
  private words(text: string, styles: FontStyle[], size: number, levels: Uint8Array): (Piece[] | null)[] {
    const words: Piece[][] = [[]];
    const breaks = new Set<Piece[]>();
    let font: LoadedFont | null = null;
    let index = 0;
    let breakBefore = false;
    for (const char of text) {
      const start = index;
      index += char.length;
      if (char === '\n') {
        const mark: Piece[] = [];
        breaks.add(mark);
        words.push(mark, []);
        breakBefore = false;
        continue;
      }
      if (CONTROL.test(char)) continue;
      const gap = SPACE.test(char);
      // Marks, joiners and spaces stay in the font of the letter before them.
      if (!font || (!gap && !MARK.test(char))) font = fontFor(char.codePointAt(0) as number, styles[start]);
      let word = words[words.length - 1];
      const previous = word[word.length - 1] as Piece | undefined;
      if (word.length && (breakBefore || BREAK_AROUND.test(char) || (previous?.gap && !gap))) {
        word = [];
        words.push(word);
      }
      const last = word[word.length - 1] as Piece | undefined;
      if (last && last.font === font && last.level === levels[start] && last.gap === gap) last.text += char;
      else word.push({ text: char, level: levels[start], font, width: 0, gap });
      breakBefore = BREAK_AROUND.test(char) || BREAK_AFTER.test(char);
    }
    for (const word of words) for (const piece of word) piece.width = this.measure(piece, size);
    return words.filter((word) => word.length || breaks.has(word)).map((word) => (breaks.has(word) ? null : word));
  }

  private use(font: LoadedFont, size: number): void {
    if (!this.registered.has(font.name)) {
      // pdfkit accepts a fontkit font where its types only name files and buffers.
      this.doc.registerFont(font.name, font.font as unknown as Buffer);
      this.registered.add(font.name);
    }
    this.doc.font(font.name).fontSize(size);
  }

  private measure(piece: Piece, size: number): number {
    this.use(piece.font, size);
    return this.doc.widthOfString(piece.text, { features: features(piece.font) });
  }

  /**
   * Greedy line breaking at the break opportunities between words; trailing spaces hang. A word
   * wider than the line (a long address, a name with no break) is broken wherever it must be,
   * so that no line holds more than fits on it.
   */
  private wrap(words: (Piece[] | null)[], width: number): Piece[][] {
    const lines: Piece[][] = [];
    let line: Piece[] = [];
    let used = 0;
    const add = (piece: Piece): void => {
      line.push(piece);
      used += piece.width;
    };
    const breakLine = (): void => {
      lines.push(line);
      line = [];
      used = 0;
    };
    for (const word of words) {
      if (word === null) {
        breakLine();
        continue;
      }
      let ink = 0;
      for (const piece of word) if (!piece.gap) ink += piece.width;
      if (line.length && used + ink > width) breakLine();
      for (const piece of word) {
        if (ink > width && line.length && !piece.gap && used + piece.width > width) breakLine();
        add(piece);
      }
    }
    if (line.length || lines.length === 0) lines.push(line);
    return lines;
  }

  /**
   * Draws one line from `left`, or flush right in `flushRight` points when that is not 0; `base` is
   * the paragraph's bidi level.
   */
  private drawLine(line: Piece[], size: number, base: number, left: number, flushRight: number, marker?: string): void {
    while (line.length && line[line.length - 1].gap) line = line.slice(0, -1);
    const fonts = line.length ? [...new Set(line.map((p) => p.font))] : [fontFor(0x20, 'regular')];
    const ascent = maximum(fonts.map((f) => (f.font.ascent / f.font.unitsPerEm) * size));
    const descent = maximum(fonts.map((f) => (-f.font.descent / f.font.unitsPerEm) * size));
    if (this.y + ascent + descent > this.doc.page.height - this.doc.page.margins.bottom) {
      this.doc.addPage();
      this.y = this.doc.page.margins.top;
    }
    const baseline = this.y + ascent;
    if (marker) {
      const font = fontFor(marker.codePointAt(0) as number, 'regular');
      this.use(font, size);
      const markerWidth = this.doc.widthOfString(marker);
      this.doc.text(marker, left - markerWidth - size * 0.5, baseline, { lineBreak: false, baseline: 'alphabetic' });
    }
    // Rule L2 of the bidi algorithm, on whole pieces: from the highest level down to the lowest
    // odd one, reverse every run of pieces at that level or higher.
    const visual = [...line];
    const levels = line.map((p) => p.level);
    const highest = maximum(levels, 0);
    const lowestOdd = minimum(
      levels.filter((l) => l % 2 === 1),
      highest + 1,
    );
    for (let level = highest; level >= lowestOdd; level--) {
      for (let i = 0; i < visual.length; i++) {
        if (visual[i].level < level) continue;
        let j = i;
        while (j + 1 < visual.length && visual[j + 1].level >= level) j++;
        for (let a = i, b = j; a < b; a++, b--) [visual[a], visual[b]] = [visual[b], visual[a]];
        i = j;
      }
    }
    const x = new Map<Piece, number>();
    let pen = flushRight ? left + flushRight - visual.reduce((sum, p) => sum + p.width, 0) : left;
    for (const piece of visual) {
      x.set(piece, pen);
      pen += piece.width;
    }
    // A right-to-left line with a left-to-right run in it ("ئۇيغۇر كىشىلىك ھوقۇقى Project") is set
    // with that run on the left: readers that order text by its place on the page (pdftotext,
    // screen readers, copy and paste in most viewers) would read "Project" first. The line carries
    // its text as written as /ActualText. Other lines are left unmarked: such readers already read
    // right-to-left runs inside a left-to-right line, and poppler (22) reverses an /ActualText in a
    // right-to-left script, taking it for the visual order.
    const actual = base % 2 === 1 && line.some((p) => p.level > base) ? line.map((p) => p.text).join('') : null;
    if (actual !== null) this.doc.markContent('Span', { actual });
    for (const group of this.groups(line)) {
      this.use(group[0].font, size);
      const text = group.map((p) => p.text).join('');
      const at = minimum(group.map((p) => x.get(p) as number));
      this.doc.text(this.visualText(text, group[0].level), at, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        features: features(group[0].font),
      });
    }
    if (actual !== null) this.doc.endMarkedContent();
    this.y = baseline + descent + size * 0.2;
    this.doc.x = left;
    this.doc.y = this.y;
  }

  /**
   * Consecutive pieces of one font and level, drawn with one call so that extraction reads them as
   * one string. Right-to-left text is drawn word by word (extractors split at spaces and would
   * otherwise read the words in visual order).
   */
  private groups(line: Piece[]): Piece[][] {
    const groups: Piece[][] = [];
    let group: Piece[] = [];
    for (const piece of line) {
      const last = group[group.length - 1] as Piece | undefined;
      const joins = last && last.font === piece.font && last.level === piece.level;
      const rtl = piece.level % 2 === 1;
      if (!joins || (rtl && (piece.gap || last.gap))) {
        if (group.some((p) => !p.gap)) groups.push(group);
        group = [];
      }
      if (!(rtl && piece.gap)) group.push(piece);
    }
    if (group.some((p) => !p.gap)) groups.push(group);
    // Spaces around a group are gaps, not glyphs.
    return groups.map((g) => {
      let from = 0;
      let to = g.length;
      while (g[from].gap) from++;
      while (g[to - 1].gap) to--;
      return g.slice(from, to);
    });
  }

  /**
   * fontkit lays out right-to-left scripts itself; right-to-left text of neutral characters only
   * (brackets, punctuation) is reversed here, mirrored.
   */
  private visualText(text: string, level: number): string {
    if (level % 2 === 0 || RTL_LETTER.test(text)) return text;
    return [...text]
      .reverse()
      .map((c) => bidi.getMirroredCharacter(c) ?? c)
      .join('');
  }
}

// Math.max(...values) overflows the stack on a line of a hundred thousand pieces.
/** The largest of `values` (or `floor` when larger). */
function maximum(values: readonly number[], floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values` (or `ceiling` when smaller). */
function minimum(values: readonly number[], ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}
