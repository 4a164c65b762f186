import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';

export type FontStyle = 'regular' | 'bold' | 'oblique';

/** One typeface of the fallback chain: its files by style, read and parsed once per process. */
export interface Face {
  key: string;
  files: Record<FontStyle, string>;
  // OpenType features to turn off: a glyph offset is written as a jump of the text position,
  // which text extraction reads as a word break.
  off?: string[];
}

function fileOf(name: string, ...path: string[]): string {
  return join(dirname(require.resolve(`${name}/package.json`)), ...path);
}

/**
 * The fonts every PDF draws with, all from npm packages (`npm ci` brings them), tried in order for
 * each character: DejaVu Sans covers Latin, Greek, Cyrillic and Arabic script with the Uyghur
 * letters (joined through its presentation forms); Jomolhari stacks Tibetan (each syllable's stack,
 * vowels included, is one ligature glyph, so text extraction reads it whole); Noto Sans SC covers
 * Chinese. Jomolhari has one weight. Only the glyphs a letter uses are embedded (pdfkit subsets every font).
 */
export function faces(): Face[] {
  const dejavu = (file: string): string => fileOf('dejavu-fonts-ttf', 'ttf', file);
  const tibetan = fileOf('@fontsource/jomolhari', 'files', 'jomolhari-tibetan-400-normal.woff');
  const han = (file: string): string => fileOf('@expo-google-fonts/noto-sans-sc', file);
  return [
    {
      key: 'dejavu',
      files: {
        regular: dejavu('DejaVuSans.ttf'),
        bold: dejavu('DejaVuSans-Bold.ttf'),
        oblique: dejavu('DejaVuSans-Oblique.ttf'),
      },
    },
    // Jomolhari kerns the syllable mark (tsheg) by offsets: extraction would split every word there.
    { key: 'tibetan', files: { regular: tibetan, bold: tibetan, oblique: tibetan }, off: ['kern'] },
    {
      key: 'han',
      files: {
        regular: han('400Regular/NotoSansSC_400Regular.ttf'),
        bold: han('700Bold/NotoSansSC_700Bold.ttf'),
        oblique: han('400Regular/NotoSansSC_400Regular.ttf'),
      },
    },
  ];
}

/**
 * A parsed font, loaded on first use and shared by every document of the process: pdfkit takes
 * the fontkit object itself, so shaping tables are compiled once (Tibetan took 0.5 s a document
 * when each document parsed the file again).
 */
export interface LoadedFont {
  name: string;
  features: Record<string, boolean>;
  font: fontkit.Font;
}

/**
 * A WOFF file as the plain TrueType font it wraps. fontkit reads WOFF, but inflates a table (in
 * JavaScript) each time it reads it: the glyph table once per document, 0.2 s for Jomolhari.
 */
export function sfntFromWoff(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    };
  });
  const header = Buffer.alloc(12 + count * 16);
  const power = 2 ** Math.floor(Math.log2(count));
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // the wrapped font's version ("flavor")
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

const loaded = new Map<string, LoadedFont>();

/**
 * Keeps the characters each glyph stands for right: pdfkit writes a glyph's `codePoints` into the
 * font's ToUnicode map, which text extraction reads, and fontkit keeps one glyph object per id.
 * Readers (pdf.js, poppler) put a right-to-left run back into logical order by reversing it, the
 * characters of a ligature glyph included: "لإ" (lam-alef) came out as "إل". A ligature drawn right
 * to left therefore maps to its characters in visual order.
 */
function keepCharacterMaps(font: fontkit.Font): void {
  // fontkit caches a glyph the first time it is asked for it, with the characters asked with; its
  // ligature lookups ask with none, and the glyph then mapped to nothing in every later PDF of the
  // process ("كىشىلىك" read "كشلك" once a lam-alef had been set). Fill them in from the next layout.
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = ((id: number, codePoints?: number[]) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && !glyph.codePoints.length && codePoints?.length) glyph.codePoints = codePoints;
    return glyph;
  }) as fontkit.Font['getGlyph'];
  const flipped = new WeakSet<object>();
  const layout = font.layout.bind(font);
  font.layout = ((...args: Parameters<fontkit.Font['layout']>) => {
    const run = layout(...args);
    if (run.direction === 'rtl') {
      for (const glyph of run.glyphs) {
        if (glyph.codePoints.length < 2 || flipped.has(glyph)) continue;
        flipped.add(glyph);
        glyph.codePoints = [...glyph.codePoints].reverse();
      }
    }
    return run;
  }) as fontkit.Font['layout'];
}

export function loadFont(face: Face, style: FontStyle): LoadedFont {
  const file = face.files[style];
  let entry = loaded.get(file);
  if (!entry) {
    entry = {
      name: `${face.key}-${style}`,
      features: Object.fromEntries((face.off ?? []).map((tag) => [tag, false])),
      font: fontkit.create(sfntFromWoff(readFileSync(file))) as fontkit.Font,
    };
    keepCharacterMaps(entry.font);
    loaded.set(file, entry);
  }
  return entry;
}

let chain: Face[] | null = null;

/**
 * The font that draws the code point in the style: the first face of the chain that has a glyph
 * for it, in that style, else in its regular style (DejaVu Sans Oblique has no Arabic letters: an
 * emphasised Uyghur word is drawn upright rather than as empty boxes); the first face if none has.
 */
export function fontFor(codePoint: number, style: FontStyle): LoadedFont {
  chain ??= faces();
  for (const face of chain) {
    for (const candidate of [style, 'regular'] as const) {
      const font = loadFont(face, candidate);
      if (font.font.hasGlyphForCodePoint(codePoint)) return font;
    }
  }
  return loadFont(chain[0], style);
}
