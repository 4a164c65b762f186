import { diffChars } from 'diff';

/** The contract's minor edit: at most this many characters inserted and deleted, title and body together. */
export const MINOR_EDIT_MAX_CHANGED = 100;

export interface EditSize {
  /** Characters inserted plus characters deleted; past the limit, only "more than the limit". */
  changed: number;
  digitChanged: boolean;
  minor: boolean;
}

const DIGIT = /\p{Nd}/u;

/**
 * How much an edit changes, by a character diff bounded by the limit: the common prefix and
 * suffix are skipped in linear time, and the diff stops once more than the limit has changed, so
 * a rewrite of a 200,000-character letter costs no more than a typo fix.
 */
export function editSize(before: { title: string; body: string }, after: { title: string; body: string }): EditSize {
  let changed = 0;
  let digitChanged = false;
  for (const [a, b] of [
    [before.title, after.title],
    [before.body, after.body],
  ]) {
    const budget = MINOR_EDIT_MAX_CHANGED - changed;
    const [from, to] = trimCommon(a, b);
    if (Math.abs(from.length - to.length) > budget)
      return { changed: MINOR_EDIT_MAX_CHANGED + 1, digitChanged, minor: false };
    if (!from && !to) continue;
    const parts = diffChars(from, to, { maxEditLength: budget });
    if (!parts) return { changed: MINOR_EDIT_MAX_CHANGED + 1, digitChanged, minor: false };
    for (const part of parts) {
      if (!part.added && !part.removed) continue;
      changed += part.value.length;
      if (DIGIT.test(part.value)) digitChanged = true;
    }
  }
  const overLimit = changed > MINOR_EDIT_MAX_CHANGED;
  return { changed, digitChanged, minor: !overLimit && !digitChanged };
}

/** The two texts without their common prefix and suffix (whole UTF-16 code units; surrogates kept paired). */
function trimCommon(a: string, b: string): [string, string] {
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start += 1;
  if (start > 0 && isHighSurrogate(a.charCodeAt(start - 1))) start -= 1;
  let end = 0;
  while (end < shorter - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end += 1;
  if (end > 0 && isLowSurrogate(a.charCodeAt(a.length - end))) end -= 1;
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
