import { LATIN_LOOK_ALIKES } from './latin-look-alikes';

const LOOK_ALIKE = new Map<string, string>();
for (const [latin, characters] of Object.entries(LATIN_LOOK_ALIKES)) {
  for (const character of characters) LOOK_ALIKE.set(character, latin);
}

/**
 * Latin letters and digits that look alike in common fonts, each group written one way:
 * I, l, 1 and | as "l"; 0 as "o"; "m" as "rn" and "w" as "vv" (as UTS #39 does).
 */
const LATIN_FOLD: Readonly<Record<string, string>> = { i: 'l', '1': 'l', '0': 'o', m: 'rn', w: 'vv' };

/**
 * What a name looks like, for telling whether two names would be taken for one another: a
 * skeleton in the manner of UTS #39 — NFKD, combining marks dropped (accents), lower-cased,
 * look-alike characters of other scripts mapped to the Latin letters they resemble, Latin
 * look-alikes folded together, and everything but letters and digits dropped (spaces,
 * punctuation, invisible characters). "Wоrld Uyghur Cоngress" (Cyrillic о), "WORLD UYGHUR
 * CONGRESS" and "Wor1d Uyghur Congress" all give one
 * skeleton. Linear in the length of the name.
 */
export function nameSkeleton(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let skeleton = '';
  for (const character of folded) {
    const latin = LOOK_ALIKE.get(character) ?? character;
    for (const letter of latin) {
      if (/[\p{L}\p{N}]/u.test(letter)) skeleton += LATIN_FOLD[letter] ?? letter;
    }
  }
  return skeleton;
}

/** The skeleton of "verif…" (verified, vérifié, verificado, verifiziert, verify). */
const VERIFIED_SKELETON = nameSkeleton('verif');

/**
 * Whether a skeleton has "verif…" in it anywhere (a letter-like separator does not hide it), but
 * not as "unverif…", which claims the opposite of the badge.
 */
function claimsVerified(skeleton: string): boolean {
  for (let at = skeleton.indexOf(VERIFIED_SKELETON); at >= 0; at = skeleton.indexOf(VERIFIED_SKELETON, at + 1)) {
    if (skeleton.slice(Math.max(0, at - 2), at) !== 'un') return true;
  }
  return false;
}

/** Check marks and signs that read as one: ✓ ✔ ☑ ✅ 🗸 🗹 √ ⍻ 𐄂 (and their emoji forms). */
const CHECK_MARK = /[\u2713\u2714\u2611\u2705\u221A\u237B\u{1F5F8}\u{1F5F9}\u{10102}]/u;

/**
 * A domain-like token, "something.tld": a letter or digit, a dot (or a character that passes for
 * one), then two letters. Single letters after a dot ("e.V.", "U.S.A.") are not domains.
 */
const DOMAIN_LIKE = /[\p{L}\p{N}][.\u00B7\u06D4\u0701\u0702\u2E33\u3002\u30FB\uA4F8\uFF61\uFF65]\p{L}{2}/u;

/**
 * Why `name` cannot be an organisation's name or a display name, or null when it can: the
 * verified badge prints as " — verified: domain" after a name, so a name must not carry the word
 * "verified" (in any case or look-alike letters), a check mark or a domain. Linear in the length.
 */
export function badgeLikeNameProblem(name: string): string | null {
  if (claimsVerified(nameSkeleton(name))) return 'A name must not contain the word "verified"';
  const folded = name.normalize('NFKD');
  if (CHECK_MARK.test(folded)) return 'A name must not contain a check mark';
  if (DOMAIN_LIKE.test(folded)) return 'A name must not contain a domain (something.org)';
  return null;
}

/** At most this many words of a name take part in nameWordRuns (names are short: 200 characters). */
const MAX_WORDS = 64;

/**
 * The skeletons of every run of whole words of `name` (nameSkeleton of "Friends of World Uyghur
 * Congress" contains nameSkeleton of "World Uyghur Congress" at word boundaries, not of "Congress
 * of Worlds"), longest first run at most `maxLength` letters: a name contains a verified
 * organisation's name as whole words exactly when its skeleton is one of these. Words are what
 * lies between characters the skeleton drops (spaces, punctuation); a name past MAX_WORDS words
 * is cut there, so at most MAX_WORDS² / 2 runs.
 */
export function nameWordRuns(name: string, maxLength = 400): string[] {
  const words: string[] = [];
  let word = '';
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const character of folded) {
    const latin = LOOK_ALIKE.get(character) ?? character;
    let kept = '';
    for (const letter of latin) {
      if (/[\p{L}\p{N}]/u.test(letter)) kept += LATIN_FOLD[letter] ?? letter;
    }
    if (kept) {
      word += kept;
    } else if (word) {
      words.push(word);
      word = '';
      if (words.length >= MAX_WORDS) break;
    }
  }
  if (word && words.length < MAX_WORDS) words.push(word);
  const runs = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    let run = '';
    for (let end = start; end < words.length; end++) {
      run += words[end];
      if (run.length > maxLength) break;
      runs.add(run);
    }
  }
  return [...runs];
}
