/**
 * What a minor edit may never touch (contract stage 6, "Minor edits, by words"): numbers in every
 * form, and the few words that turn a sentence into its opposite. A word is compared case folded.
 */

const UNITS = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
  'sixteen seventeen eighteen nineteen'
).split(' ');
const TENS = 'twenty thirty forty fourty fifty sixty seventy eighty ninety'.split(' ');
const LARGE = 'hundred thousand million billion trillion lakh crore'.split(' ');
const ORDINALS = (
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
  'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth ' +
  'fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth billionth ' +
  'trillionth'
).split(' ');
/** Amounts that are numbers in all but spelling. */
const AMOUNTS = (
  'dozen score half halves quarter quarters once twice thrice single double triple quadruple both ' +
  'pair couple none nil nought naught'
).split(' ');

/** Spelled-out English numbers, cardinal and ordinal, with their plurals ("hundreds", "thirds"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [...UNITS, ...TENS, ...LARGE, ...ORDINALS, ...AMOUNTS].flatMap((word) => [
    word,
    word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`,
  ]),
);

/**
 * Verbs and nouns of a stance, each a letter or two from its opposite or from an unrelated word
 * ("reject" → "respect", "resist" → "assist", "veto" → "vote", "protest" → "protect", "deny" →
 * "defy", "condemn" → "commend"); taken with their inflections below.
 */
const STANCES = (
  'support oppose reject respect resist assist denounce announce renounce veto vote protest protect ' +
  'deny defy condemn commend accept except approve disapprove endorse ban unban prohibit permit forbid ' +
  'welcome urge demand request require refuse refute dispute agree disagree favour favor object ' +
  'abolish repeal revoke reverse retain maintain sustain suspend extend expand limit restrict ' +
  'block lift adopt adapt affirm confirm deplore applaud praise blame boycott endorsement opposition ' +
  'objection supporter opponent proponent legal illegal lawful unlawful guilty innocent'
).split(' ');

/** "reject" → rejects, rejected, rejecting; "deny" → denies, denied; "ban" → banned, banning. */
function inflections(word: string): string[] {
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const forms = [word, `${word}s`, `${stem}ed`, `${stem}ing`, `${word}es`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(word)) forms.push(`${word}${word.at(-1)}ed`, `${word}${word.at(-1)}ing`);
  return forms;
}

/**
 * Words a typo fix may neither produce nor replace: negations, quantifiers and stances, where an
 * edit distance of one or two reverses a sentence ("ever" → "never", "some" → "none", "impose" →
 * "oppose"). No list is complete: the mail to every kept signatory carries the objection link.
 */
export const MEANING_WORDS: ReadonlySet<string> = new Set(
  (
    "never ever nothing nobody nowhere neither either nor cannot can't won't don't doesn't didn't " +
    "isn't aren't wasn't weren't shouldn't wouldn't couldn't mustn't without against except unless " +
    'all any some none every each most least more less fewer many much few only always must shall ' +
    'should would could might will before after above below over under increase decrease ' +
    // Stances a letter takes, two letters apart: "impose" → "oppose", "propose" → "oppose".
    'oppose impose propose expose depose allow affirm infirm'
  )
    .split(' ')
    .concat(STANCES.flatMap(inflections)),
);

/**
 * CJK numeral ideographs (Chinese, Japanese, Korean hanja): the everyday forms, the financial forms
 * used on cheques and contracts, and the old forms for twenty, thirty and forty.
 */
const CJK_NUMERALS = '〇零一二三四五六七八九十百千万萬亿億兆京两兩壹弌贰貳弐叁參参弎肆伍陆陸柒捌玖拾佰陌仟阡廿卅卌皕';
const CJK_NUMERAL = new RegExp(`[${CJK_NUMERALS}]`, 'u');
/** Every Unicode number character: digits of every script, fractions, Roman numerals, circled numbers. */
const NUMBER_CHARACTER = /\p{N}/u;

/** Whether a word (case folded) is or contains a number in any of the forms above. */
export function isNumber(key: string): boolean {
  return NUMBER_CHARACTER.test(key) || CJK_NUMERAL.test(key) || NUMBER_WORDS.has(key);
}

/** How many letters a word has; marks (accents, vowel signs) are not letters of their own. */
export function letterCount(word: string): number {
  let letters = 0;
  for (const character of word) if (/\p{L}/u.test(character)) letters += 1;
  return letters;
}

/**
 * Levenshtein distance between two words when it is at most `limit`, else `limit + 1`; in code
 * points, computed only within the band |i - j| <= limit (linear in the length of the words).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous = new Map<number, number>();
  for (let j = 0; j <= Math.min(y.length, limit); j++) previous.set(j, j);
  for (let i = 1; i <= x.length; i++) {
    const current = new Map<number, number>();
    let best = over;
    for (let j = Math.max(0, i - limit); j <= Math.min(y.length, i + limit); j++) {
      const value =
        j === 0
          ? i
          : Math.min(
              (previous.get(j - 1) ?? over) + (x[i - 1] === y[j - 1] ? 0 : 1),
              (previous.get(j) ?? over) + 1,
              (current.get(j - 1) ?? over) + 1,
            );
      current.set(j, Math.min(value, over));
      best = Math.min(best, value);
    }
    if (best > limit) return over;
    previous = current;
  }
  return Math.min(previous.get(y.length) ?? over, over);
}
