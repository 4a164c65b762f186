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
