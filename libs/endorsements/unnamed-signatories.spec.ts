import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LetterAccess, readsAsLead } from '@undersigned/letters';
import { mayRevealUnnamed, namedSignatory, unnamedSignatory } from './unnamed-signatories';

const LIBS = resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the unnamed-signatory rule', () => {
  it('lists by name only SIGNED endorsements that are not unnamed, and counts the unnamed', () => {
    expect(namedSignatory('e')).toBe(`e.status = 'SIGNED' AND NOT e.anonymous`);
    expect(unnamedSignatory('x')).toBe(`x.status = 'SIGNED' AND x.anonymous`);
  });

  it('reveals the unnamed to the lead organisations only', () => {
    const revealedTo = Object.values(LetterAccess).filter((access) => mayRevealUnnamed(access));
    expect(revealedTo).toEqual([LetterAccess.LEAD]);
  });

  it('reveals the unnamed to the viewers lead-only fields (@LeadsOnly) let through, and no others', () => {
    const accesses = Object.values(LetterAccess);
    expect(accesses.filter((access) => readsAsLead(access))).toEqual(
      accesses.filter((access) => mayRevealUnnamed(access)),
    );
  });

  it('is the only place SQL tests the anonymous column', () => {
    const elsewhere = sources(LIBS)
      .filter((file) => !file.endsWith('unnamed-signatories.ts'))
      .filter((file) =>
        [...readFileSync(file, 'utf8').matchAll(/`[^`]*`/gs)].some((literal) =>
          /\w\.anonymous\b|\b(?:AND|WHERE|NOT|OR)\s+anonymous\b/i.test(literal[0]),
        ),
      )
      .map((file) => relative(LIBS, file));
    expect(elsewhere).toEqual([]);
  });
});
