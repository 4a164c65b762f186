import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** A font file's bytes and its parsed form (for coverage and metrics), loaded on first use. */
export interface LoadedFont {
  name: string;
  features: Record<string, boolean>;
  data: Buffer;
  font: fontkit.Font;
}

const loaded = new Map<string, LoadedFont>();

export function loadFont(face: Face, style: FontStyle): LoadedFont {
  const file = face.files[style];
  let entry = loaded.get(file);
  if (!entry) {
    const data = readFileSync(file);
    entry = {
      name: `${face.key}-${style}`,
      features: Object.fromEntries((face.off ?? []).map((tag) => [tag, false])),
      data,
      font: fontkit.create(data) as fontkit.Font,
    };
    loaded.set(file, entry);
  }
  return entry;
}

let chain: Face[] | null = null;

/** The first face in the chain that has a glyph for the code point; the first face if none has. */
export function faceFor(codePoint: number): Face {
  chain ??= faces();
  return chain.find((face) => loadFont(face, 'regular').font.hasGlyphForCodePoint(codePoint)) ?? chain[0];
}
