import { diffArrays, type ChangeObject } from 'diff';
import type { LetterText } from './minor-edit';
import { changedRegion, segmentText } from './text-segments';

/** Segments (words, spaces, punctuation) shown around each change. */
const CONTEXT = 8;
/** Segment edits past which a field's changes are summed up instead of shown: the diff stays bounded. */
const MAX_SEGMENT_EDITS = 400;
/** Characters of diff kept per field. */
const MAX_SHOWN = 8_000;

const removed = (text: string): string => `[-${text}-]`;
const added = (text: string): string => `{+${text}+}`;

/** One field's changes, each with a few words around it, as `…context [-old-]{+new+} context…`. */
async function fieldDiff(label: string, beforeText: string, afterText: string): Promise<string[]> {
  if (beforeText === afterText) return [];
  // Enough pieces around the change for its context; the rest of the text is the same in both.
  const region = changedRegion(beforeText, afterText, CONTEXT);
  const before = (await segmentText(region.before)).map((s) => s.text);
  const after = (await segmentText(region.after)).map((s) => s.text);
  // With a callback jsdiff works in slices between timers, so the process keeps serving meanwhile.
  const changes = await new Promise<ChangeObject<string[]>[] | undefined>((done) =>
    diffArrays(before, after, { maxEditLength: MAX_SEGMENT_EDITS, callback: done }),
  );
  if (!changes) return [`${label}: changes of punctuation, white space or letter case throughout`];
  // Each segment of the new text, marked or not, with what was removed before it.
  const shown: { text: string; changed: boolean }[] = [];
  for (const change of changes) {
    const text = change.value.join('');
    if (change.removed) shown.push({ text: removed(text), changed: true });
    else if (change.added) shown.push({ text: added(text), changed: true });
    else for (const segment of change.value) shown.push({ text: segment, changed: false });
  }
  const hunks: string[] = [];
  let length = 0;
  let index = 0;
  while (index < shown.length) {
    if (!shown[index].changed) {
      index++;
      continue;
    }
    const from = Math.max(0, index - CONTEXT);
    let to = index;
    // A hunk runs on while the next change is within the context of the last.
    for (let k = index; k < shown.length && k <= to + 2 * CONTEXT; k++) if (shown[k].changed) to = k;
    const until = Math.min(shown.length, to + CONTEXT + 1);
    const hunk =
      (from > 0 ? '…' : '') +
      shown
        .slice(from, until)
        .map((s) => s.text)
        .join('') +
      (until < shown.length ? '…' : '');
    length += hunk.length;
    if (length > MAX_SHOWN) {
      hunks.push(`${label}: … and further changes`);
      break;
    }
    hunks.push(`${label}: ${hunk.replace(/\s+/gu, ' ')}`);
    index = until;
  }
  return hunks;
}

/**
 * What a minor edit changed, word by word, in the `wdiff` notation ([-removed-]{+added+}), each
 * change with a few words of context. Bounded in time and length, whatever the two texts.
 */
export async function wordDiff(before: LetterText, after: LetterText): Promise<string> {
  const title = await fieldDiff('Title', before.title, after.title);
  const body = await fieldDiff('Text', before.body, after.body);
  return [...title, ...body].join('\n');
}
