import { createTwoFilesPatch } from 'diff';
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
