import type { Token } from 'markdown-it';
import { letterMarkdown } from './letter-markdown';

/**
 * Characters markdown-it's inline rules work hardest on (links, emphasis, code spans, escapes): a
 * block holding more of them is too costly to read on the main thread, and no typo fix needs it.
 */
const MARKDOWN_SPECIAL = /[[\]*_`<!\\&(]/g;
export const MAX_MARKDOWN_SPECIALS = 20_000;

/** A line that may define a link reference: `[label]: destination`. */
const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/gm;

export interface MarkdownShape {
  /** Every token, depth first: its type, tag and nesting; what the reader sees as structure. */
  shape: string[];
  /** What the reader sees as text (and where links and images point), one token a line. */
  text: string;
}

/**
 * Whether the line starting at `at` begins a top-level block: not indented (an indented line may
 * continue a list item) and not a quote's continuation. A cut there reads the blocks on each side
 * as the whole letter does.
 */
function topLevel(text: string, at: number): boolean {
  const first = text[at];
  return first !== undefined && first !== ' ' && first !== '\t' && first !== '>' && first !== '\n' && first !== '\r';
}

/** A blank line before a top-level block ends a block: the position after the one before `index`, or 0. */
function blockStart(text: string, index: number): number {
  let at = text.lastIndexOf('\n', index - 1);
  while (at > 0) {
    const previous = text.lastIndexOf('\n', at - 1);
    if (text.slice(previous + 1, at).trim() === '' && topLevel(text, at + 1)) return at + 1;
    at = previous;
  }
  return 0;
}

/** The position of the line break before the first blank line (before a top-level block) at or after `index`, or the end. */
function blockEnd(text: string, index: number): number {
  let at = text.indexOf('\n', index);
  while (at !== -1) {
    const next = text.indexOf('\n', at + 1);
    if (next === -1) return text.length;
    if (text.slice(at + 1, next).trim() === '' && topLevel(text, next + 1)) return at;
    at = next;
  }
  return text.length;
}

/**
 * The blocks (between blank lines) of two bodies that differ: what lies outside is the same in
 * both. Linear, no parsing.
 */
export function changedBlocks(before: string, after: string): { before: string; after: string } | null {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix === before.length && prefix === after.length) return null;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const start = blockStart(before, prefix);
  const tail = Math.min(
    before.length - blockEnd(before, before.length - suffix),
    after.length - blockEnd(after, after.length - suffix),
  );
  return { before: before.slice(start, before.length - tail), after: after.slice(start, after.length - tail) };
}

export type References = Record<string, { href: string; title: string }>;

/**
 * The link reference definitions a body may hold, wherever they are: a block read on its own
 * still resolves `[label]` and `![label]` as the whole letter does. Over-approximated (a line in a
 * code block counts too). A map without prototype: a label may be "constructor".
 */
export function referencesOf(body: string): References {
  const references: References = Object.create(null) as References;
  for (const match of body.matchAll(DEFINITION)) {
    const label = letterMarkdown.utils.normalizeReference(match[1]);
    if (label) references[label] = { href: '.', title: '' };
  }
  return references;
}

export function markdownSpecials(text: string): number {
  return text.match(MARKDOWN_SPECIAL)?.length ?? 0;
}

/** Emphasis and line breaks hide nothing: "*urge*" → "**urge**" is minor, so they are no part of the shape. */
const EMPHASIS = new Set([
  'em_open',
  'em_close',
  'strong_open',
  'strong_close',
  's_open',
  's_close',
  'softbreak',
  'hardbreak',
]);

function walk(tokens: Token[], shape: string[], text: string[]): void {
  for (const token of tokens) {
    if (EMPHASIS.has(token.type)) continue;
    const entry = `${token.type} ${token.tag} ${token.nesting}`;
    // Text on either side of emphasis is one run of text.
    if (!(token.type === 'text' && shape.at(-1) === entry)) shape.push(entry);
    if (token.children) walk(token.children, shape, text);
    else if (token.content) text.push(token.content);
    for (const name of ['href', 'src']) {
      const value = token.attrGet(name);
      if (value !== null) text.push(String(value));
    }
  }
}

/** A body (or block of one) as the letter's renderer reads it: its structure and its visible text. */
export function markdownShape(body: string, references: References): MarkdownShape {
  const shape: string[] = [];
  const text: string[] = [];
  const env = { references: Object.assign(Object.create(null) as References, references) };
  walk(letterMarkdown.parse(body, env), shape, text);
  return { shape, text: text.join('\n') };
}
