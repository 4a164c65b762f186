import { createTwoFilesPatch, diffChars } from 'diff';
import { badInput } from '@undersigned/common';
import type { LetterVersion } from './letter-version.entity';

type DiffedVersion = Pick<LetterVersion, 'id' | 'number' | 'body'>;

/**
 * Edits (lines inserted or removed) beyond which a diff is not computed. The line diff costs about
 * the square of this; two unrelated versions of a long letter would otherwise take minutes.
 */
export const MAX_DIFF_EDITS = 1_000;
/** Diffs kept, by version pair: versions never change, and aliases in one request ask the same. */
const CACHED_DIFFS = 32;

const cache = new Map<string, Promise<string | undefined>>();

/** Diff tools expect text files to end with a newline; without it every last line differs. */
function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function computeDiff(from: DiffedVersion, to: DiffedVersion): Promise<string | undefined> {
  // With a callback jsdiff works in slices between timers, so the process keeps serving meanwhile.
  return new Promise((done) =>
    createTwoFilesPatch(
      `version ${from.number}`,
      `version ${to.number}`,
      withNewline(from.body),
      withNewline(to.body),
      '',
      '',
      { context: 3, maxEditLength: MAX_DIFF_EDITS, callback: done },
    ),
  );
}

/** The unified diff of two versions' bodies, or undefined when it would cost too much. */
export function boundedVersionDiff(from: DiffedVersion, to: DiffedVersion): Promise<string | undefined> {
  const key = `${from.id}:${to.id}`;
  let diff = cache.get(key);
  if (!diff) {
    diff = computeDiff(from, to);
    if (cache.size >= CACHED_DIFFS) cache.delete(cache.keys().next().value as string);
    cache.set(key, diff);
  }
  return diff;
}

/** The unified diff of two versions' bodies, shown by `Letter.diff`; BAD_USER_INPUT when too costly. */
export async function versionDiff(from: DiffedVersion, to: DiffedVersion): Promise<string> {
  const diff = await boundedVersionDiff(from, to);
  if (diff === undefined) throw badInput('diff too costly: these versions differ too much to compare');
  return diff;
}

/** The contract's "minor edit": at most this many characters inserted plus deleted, and no digit changed. */
export const MINOR_EDIT_MAX_CHANGED = 100;

export interface LetterText {
  title: string;
  body: string;
}

export interface MinorEditCheck {
  /** Characters (code points) inserted plus deleted; past the limit, a lower bound (the diff stops there). */
  changed: number;
  digitChanged: boolean;
  withinLimit: boolean;
}

const DIGIT = /\p{Nd}/u;

interface Counted {
  changed: number;
  digitChanged: boolean;
  /** False when the difference exceeded the budget and was not counted to the end. */
  complete: boolean;
}

/** Counts one field's changed characters, spending at most `budget` edits. */
function countChanges(before: string, after: string, budget: number): Counted {
  // Common ends cost nothing to compare and leave the diff only the changed middle.
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  // Never cut a surrogate pair in two.
  if (start > 0 && /[\ud800-\udbff]/.test(before[start - 1])) start--;
  if (end > 0 && /[\udc00-\udfff]/.test(before[before.length - end])) end--;
  const removed = before.slice(start, before.length - end);
  const added = after.slice(start, after.length - end);
  // Past the budget the count is a lower bound, and any digit in the changed span counts as changed.
  const uncounted = (changed: number): Counted => ({
    changed,
    digitChanged: DIGIT.test(removed) || DIGIT.test(added),
    complete: false,
  });
  const lowerBound = Math.ceil(Math.abs(removed.length - added.length) / 2);
  if (lowerBound > budget) return uncounted(lowerBound);
  const changes = diffChars(removed, added, { maxEditLength: budget });
  if (!changes) return uncounted(budget + 1);
  let changed = 0;
  let digitChanged = false;
  for (const change of changes) {
    if (!change.added && !change.removed) continue;
    changed += change.count;
    digitChanged ||= DIGIT.test(change.value);
  }
  return { changed, digitChanged, complete: true };
}

/**
 * Whether a revision is a minor edit (contract, "Minor edits"): characters inserted plus deleted
 * by a character diff of title and body, and whether any digit changed. Bounded: the diff stops
 * once the edit exceeds the limit, so a rewrite of a megabyte is refused as quickly as a typo.
 */
export function minorEditCheck(before: LetterText, after: LetterText): MinorEditCheck {
  const title = countChanges(before.title, after.title, MINOR_EDIT_MAX_CHANGED + 1);
  const body = countChanges(before.body, after.body, Math.max(MINOR_EDIT_MAX_CHANGED + 1 - title.changed, 1));
  const changed = title.changed + body.changed;
  const digitChanged = title.digitChanged || body.digitChanged;
  const complete = title.complete && body.complete;
  return { changed, digitChanged, withinLimit: complete && changed <= MINOR_EDIT_MAX_CHANGED && !digitChanged };
}
