import { diffArrays } from 'diff';
import { changedBlocks, MAX_MARKDOWN_SPECIALS, markdownShape, markdownSpecials, referencesOf } from './markdown-shape';
import { boundedEditDistance, isNumber, letterCount, MEANING_WORDS } from './minor-edit-words';
import { changedRegion, segmentText } from './text-segments';

/** At most this many words may each be replaced by a word within MINOR_EDIT_MAX_DISTANCE of it. */
export const MINOR_EDIT_MAX_REPLACED = 5;
export const MINOR_EDIT_MAX_DISTANCE = 2;
/** A word of this many letters or fewer is never replaced ("no" → "on", "not" → "now"). */
export const MINOR_EDIT_SHORTEST_REPLACED = 4;
/**
 * Word edits (each replacement is two) past which the comparison stops: room for the replacements
 * and for removing repeated words. It bounds the diff's cost to about (words) × this.
 */
const MAX_WORD_EDITS = 2 * MINOR_EDIT_MAX_REPLACED + 30;

export interface LetterText {
  title: string;
  body: string;
}

export interface WordReplacement {
  field: 'title' | 'body';
  before: string;
  after: string;
}

export interface MinorEditCheck {
  minor: boolean;
  /** Why it is not a minor edit, in words for the lead who tried it. */
  reason: string | null;
  /** The typo fixes found (when minor, or up to the point where the comparison stopped). */
  replaced: WordReplacement[];
}

class NotMinor extends Error {}

interface Word {
  text: string;
  key: string;
}

async function wordsOf(text: string): Promise<Word[]> {
  return (await segmentText(text)).filter((s) => s.significant).map((s) => ({ text: s.text, key: s.key }));
}

/** "illegal" for "legal", "never" for "ever", "unlikely" for "likely": a prefix, not a typo. */
function addsPrefix(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length > short.length && long.endsWith(short);
}

/** The control and format characters of a word: a bidi override is no typo. */
const invisible = (word: string): string => word.replace(/[^\p{Cc}\p{Cf}]/gu, '');

/** "can’t" is "can't": the word lists are spelled with the ASCII apostrophe. */
const plain = (key: string): string => key.replace(/[’ʼ]/gu, "'");

function checkReplacement(field: WordReplacement['field'], before: Word, after: Word): WordReplacement {
  const quoted = `"${before.text}" → "${after.text}"`;
  if (isNumber(before.key) || isNumber(after.key))
    throw new NotMinor(`a minor edit may not change a number (${quoted})`);
  if (
    letterCount(before.text) < MINOR_EDIT_SHORTEST_REPLACED ||
    letterCount(after.text) < MINOR_EDIT_SHORTEST_REPLACED
  ) {
    throw new NotMinor(`a minor edit never replaces a word of three letters or fewer (${quoted})`);
  }
  if (
    MEANING_WORDS.has(plain(before.key)) ||
    MEANING_WORDS.has(plain(after.key)) ||
    addsPrefix(before.key, after.key)
  ) {
    throw new NotMinor(`a minor edit may not change a negation, a quantity or a stance (${quoted})`);
  }
  if (invisible(before.text) !== invisible(after.text)) {
    throw new NotMinor(`a minor edit may not add or remove an invisible control character (${quoted})`);
  }
  if (boundedEditDistance(before.key, after.key, MINOR_EDIT_MAX_DISTANCE) > MINOR_EDIT_MAX_DISTANCE) {
    throw new NotMinor(`${quoted} is not a typo fix (more than ${MINOR_EDIT_MAX_DISTANCE} letters changed)`);
  }
  return { field, before: before.text, after: after.text };
}

/** The word edits of one field, spending at most `budget` of them; appends the typo fixes to `replaced`. */
async function compareField(
  field: WordReplacement['field'],
  beforeText: string,
  afterText: string,
  budget: number,
  replaced: WordReplacement[],
): Promise<number> {
  // One piece of context on each side: enough to see a repeated word at the edge of the change.
  const region = changedRegion(beforeText, afterText, 1);
  const before = await wordsOf(region.before);
  const after = await wordsOf(region.after);
  // Common ends cost nothing to compare and leave the diff only the changed middle.
  let start = 0;
  while (start < before.length && start < after.length && before[start].key === after[start].key) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end].key === after[after.length - 1 - end].key
  ) {
    end++;
  }
  const removed = before.slice(start, before.length - end);
  const added = after.slice(start, after.length - end);
  if (!removed.length && !added.length) return 0;
  if (Math.abs(removed.length - added.length) > budget) throw new NotMinor('words were inserted or deleted');
  const changes = diffArrays(
    removed.map((w) => w.key),
    added.map((w) => w.key),
    { maxEditLength: budget },
  );
  if (!changes) throw new NotMinor('too many words changed');
  let edits = 0;
  /** Positions in `before` of the words removed as repeats. */
  const deleted = new Set<number>();
  let i = 0; // position in `removed`
  let j = 0; // position in `added`
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c];
    if (!change.added && !change.removed) {
      i += change.count;
      j += change.count;
      continue;
    }
    // A run of removals and additions side by side: replacements word for word, or removals of repeats.
    const next = changes[c + 1];
    const pair = next && (next.added || next.removed) && next.added !== change.added ? next : undefined;
    const gone = change.removed ? change : pair;
    const come = change.added ? change : pair;
    const goneCount = gone?.count ?? 0;
    const comeCount = come?.count ?? 0;
    if (pair) c += 1;
    edits += goneCount + comeCount;
    if (comeCount > goneCount) throw new NotMinor('a minor edit may not insert a word');
    if (comeCount > 0 && comeCount < goneCount) throw new NotMinor('a minor edit may not delete a word');
    if (comeCount === 0) {
      // Only an immediately repeated word may go: "the the" → "the".
      for (let k = 0; k < goneCount; k++) {
        const index = start + i + k;
        const word = before[index];
        const repeated = before[index - 1]?.key === word.key || before[index + 1]?.key === word.key;
        if (!repeated) throw new NotMinor(`a minor edit may not delete a word ("${word.text}")`);
        if (isNumber(word.key)) throw new NotMinor(`a minor edit may not change a number ("${word.text}")`);
        if (MEANING_WORDS.has(plain(word.key))) {
          throw new NotMinor(`a minor edit may not delete a negation, a quantity or a stance ("${word.text}")`);
        }
        deleted.add(index);
      }
    } else {
      for (let k = 0; k < goneCount; k++) replaced.push(checkReplacement(field, removed[i + k], added[j + k]));
    }
    i += goneCount;
    j += comeCount;
  }
  keepOneOfEachRun(before, deleted);
  return edits;
}

/**
 * A run of identical words, judged in the original, may shrink to one copy but never to none:
 * "never, never accept" → "accept" deletes a word, not a repeat.
 */
function keepOneOfEachRun(words: Word[], deleted: ReadonlySet<number>): void {
  for (const index of deleted) {
    // Only the first deleted word of a run looks at the run: linear in the words.
    if (deleted.has(index - 1) && words[index - 1].key === words[index].key) continue;
    let first = index;
    while (first > 0 && words[first - 1].key === words[index].key) first--;
    let kept = false;
    for (let k = first; k < words.length && words[k].key === words[index].key; k++) {
      if (!deleted.has(k)) {
        kept = true;
        break;
      }
    }
    if (!kept) throw new NotMinor(`a minor edit may not delete every copy of a repeated word ("${words[index].text}")`);
  }
}

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Punctuation can change what Markdown shows: `[text]: .` makes a paragraph a link reference
 * definition (not rendered at all), `![text](.)` an image's alt text, `# text` a heading. The
 * blocks that differ are read as the renderer reads them (same markdown-it instance, the letter's
 * link references resolved); their tokens must match in type, tag and nesting, and their visible
 * text pass the word rule.
 */
async function compareMarkdown(beforeBody: string, afterBody: string): Promise<void> {
  const blocks = changedBlocks(beforeBody, afterBody);
  if (!blocks) return;
  if (Math.max(markdownSpecials(blocks.before), markdownSpecials(blocks.after)) > MAX_MARKDOWN_SPECIALS) {
    throw new NotMinor('the changed part holds too much Markdown to compare; revise it as a material change');
  }
  const was = markdownShape(blocks.before, referencesOf(beforeBody));
  await pause();
  const is = markdownShape(blocks.after, referencesOf(afterBody));
  await pause();
  const length = Math.max(was.shape.length, is.shape.length);
  for (let k = 0; k < length; k++) {
    if (was.shape[k] !== is.shape[k]) {
      throw new NotMinor(
        'a minor edit may not change how Markdown reads the text (a paragraph, link, image, heading, list or quote made or unmade)',
      );
    }
  }
  // The typo fixes were counted on the source; here only a refusal matters.
  await compareField('body', was.text, is.text, MAX_WORD_EDITS, []);
}

/**
 * Whether a revision is a minor edit (contract stage 6, "Minor edits, by words"): comparing the
 * words of title and body (Unicode word segmentation after NFC), nothing changed but punctuation,
 * white space and letter case, and at most five words each replaced by a word within edit
 * distance two of it — never a number, a word of three letters or fewer, a negation or a
 * quantity. No word inserted or deleted, but an immediately repeated one. Bounded: the comparison
 * stops after a few dozen word edits, only the part that differs is segmented, and segmenting
 * pauses between slices: a 200,000-character body of any shape never holds the process for long.
 */
export async function minorEditCheck(before: LetterText, after: LetterText): Promise<MinorEditCheck> {
  const replaced: WordReplacement[] = [];
  try {
    const spent = await compareField('title', before.title, after.title, MAX_WORD_EDITS, replaced);
    await compareField('body', before.body, after.body, Math.max(MAX_WORD_EDITS - spent, 1), replaced);
    if (replaced.length > MINOR_EDIT_MAX_REPLACED) {
      throw new NotMinor(`a minor edit fixes at most ${MINOR_EDIT_MAX_REPLACED} words (${replaced.length} changed)`);
    }
    await compareMarkdown(before.body, after.body);
    return { minor: true, reason: null, replaced };
  } catch (error) {
    if (!(error instanceof NotMinor)) throw error;
    return { minor: false, reason: error.message, replaced };
  }
}
