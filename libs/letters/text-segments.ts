/** One piece of a text as Unicode word segmentation cuts it; the pieces concatenated give the text. */
export interface TextSegment {
  text: string;
  /** A word, a number or a symbol; false for white space and punctuation, whose changes are minor. */
  significant: boolean;
  /** What two significant segments are compared by: NFC and case folded, a sign kept with its number. */
  key: string;
}

const SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Runs that never belong to a word: white space and the CJK sentence punctuation. Cutting the text
 * there first keeps segmentation linear: V8's segment iterator costs time in proportion to the whole
 * string at every step, so a 200,000-character body segmented at once takes minutes.
 */
const SEPARATOR = String.raw`[\s\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff01\uff08\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\u2026]+`;
const SEPARATORS = new RegExp(SEPARATOR, 'gu');
const WHOLE_SEPARATOR = new RegExp(`^${SEPARATOR}$`, 'u');
/** Longest piece handed to the segmenter; longer runs without a separator are cut at this length. */
const MAX_PIECE = 256;

/** Punctuation that carries meaning (per cent, number, at, and, section): compared like a word. */
const MEANINGFUL_PUNCTUATION = /[%‰‱#&@§¶′″‴]/u;
// Control and format characters are not punctuation: a right-to-left override reorders what the
// reader sees, so it counts like a word.
const INSIGNIFICANT = /^[\p{P}\p{White_Space}]*$/u;
/** A sign right before a number: "-5" and "5" are different numbers. */
const MINUS = /[-‐‑‒–—―−﹣－]$/u;
const PLUS = /[+＋]$/u;
const STARTS_WITH_NUMBER = /^\p{N}/u;

function isSignificant(segment: string): boolean {
  return !INSIGNIFICANT.test(segment) || MEANINGFUL_PUNCTUATION.test(segment);
}

/** Case folded: "ß" and "SS" compare equal, as do "Straße" and "STRASSE". */
export function foldCase(text: string): string {
  return text.toUpperCase().toLowerCase();
}

function* pieces(text: string): Generator<string> {
  let last = 0;
  for (const separator of text.matchAll(SEPARATORS)) {
    const index = separator.index as number;
    yield* bounded(text.slice(last, index));
    yield separator[0];
    last = index + separator[0].length;
  }
  yield* bounded(text.slice(last));
}

function* bounded(run: string): Generator<string> {
  let start = 0;
  while (start < run.length) {
    let end = Math.min(start + MAX_PIECE, run.length);
    // Never cut a surrogate pair in two.
    if (end < run.length && /[\ud800-\udbff]/.test(run[end - 1])) end -= 1;
    yield run.slice(start, end);
    start = end;
  }
}

/** Segments cut between pauses, so that a long text never holds the event loop for long. */
const SEGMENTS_PER_SLICE = 2_000;

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The text (NFC) cut into words and what lies between them, by `Intl.Segmenter` (granularity
 * `word`). Linear in the length of the text, and it pauses every few thousand segments so that
 * other requests are served meanwhile.
 */
export async function segmentText(text: string): Promise<TextSegment[]> {
  const segments: TextSegment[] = [];
  // Letters repeat their words: a piece is segmented once.
  const seen = new Map<string, string[]>();
  let sliced = 0;
  for (const piece of pieces(text.normalize('NFC'))) {
    let words = seen.get(piece);
    if (!words) {
      words = WHOLE_SEPARATOR.test(piece) ? [piece] : Array.from(SEGMENTER.segment(piece), (s) => s.segment);
      seen.set(piece, words);
    }
    for (const word of words) {
      const significant = isSignificant(word);
      let key = significant ? foldCase(word) : '';
      const previous = segments.at(-1);
      if (significant && previous && STARTS_WITH_NUMBER.test(word)) {
        if (MINUS.test(previous.text)) key = `-${key}`;
        else if (PLUS.test(previous.text)) key = `+${key}`;
      }
      segments.push({ text: word, significant, key });
    }
    if (segments.length - sliced >= SEGMENTS_PER_SLICE) {
      sliced = segments.length;
      await pause();
    }
  }
  return segments;
}

const IS_SEPARATOR = new RegExp(`^${SEPARATOR}$`, 'u');

/** Moves `index` back over `pieces` whole pieces (and the separators before them). */
function pieceStart(text: string, index: number, count: number): number {
  let at = index;
  for (let n = 0; n <= count && at > 0; n++) {
    while (at > 0 && !IS_SEPARATOR.test(text[at - 1])) at--;
    if (n < count) while (at > 0 && IS_SEPARATOR.test(text[at - 1])) at--;
  }
  return at;
}

/** Moves `index` forward over `count` whole pieces (and the separators after them). */
function pieceEnd(text: string, index: number, count: number): number {
  let at = index;
  for (let n = 0; n <= count && at < text.length; n++) {
    while (at < text.length && !IS_SEPARATOR.test(text[at])) at++;
    if (n < count) while (at < text.length && IS_SEPARATOR.test(text[at])) at++;
  }
  return at;
}

/**
 * The part of two texts (NFC) that differs, widened to whole pieces between white space and by
 * `around` pieces more on each side: what lies outside is the same in both, word for word. Cheap
 * (no segmentation), so a typo fixed in a long letter segments a few words, not the letter.
 */
export function changedRegion(before: string, after: string, around: number): { before: string; after: string } {
  const a = before.normalize('NFC');
  const b = after.normalize('NFC');
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) {
    suffix++;
  }
  if (prefix === a.length && prefix === b.length) return { before: '', after: '' };
  // The same moves on both sides, measured in the common parts: the cut falls at the same place.
  const start = pieceStart(a, prefix, around);
  const tail = a.length - pieceEnd(a, a.length - suffix, around);
  const end = Math.min(tail, b.length - pieceEnd(b, b.length - suffix, around));
  return { before: a.slice(start, a.length - end), after: b.slice(start, b.length - end) };
}
