import { editSize, MINOR_EDIT_MAX_CHANGED } from './minor-edit';

const BODY = 'Dear Secretary,\n\nWe ask you to raise the cases of 42 detained people.\n\nSincerely,';
const v = (body: string, title = 'A letter') => ({ title, body });

describe('editSize', () => {
  it('counts a typo fix as a minor edit', () => {
    expect(editSize(v(BODY), v(BODY.replace('detained', 'detaind')))).toEqual({
      changed: 1,
      digitChanged: false,
      minor: true,
    });
  });

  it('counts title and body together, insertions and deletions both', () => {
    const size = editSize(v(BODY, 'A letter'), v(BODY.replace('Dear', 'Hello'), 'The letter'));
    // 'A' → 'The': 1 deleted, 3 inserted; 'Dear' → 'Hello' keeps the 'e': 3 deleted, 4 inserted.
    expect(size.changed).toBe(4 + 7);
  });

  it('refuses more than the limit', () => {
    const added = 'x'.repeat(MINOR_EDIT_MAX_CHANGED - 1);
    expect(editSize(v(BODY), v(`${BODY}${added}`)).minor).toBe(true);
    expect(editSize(v(BODY), v(`${BODY}${added}yz`)).minor).toBe(false);
  });

  it('refuses any changed digit, in any script', () => {
    expect(editSize(v(BODY), v(BODY.replace('42', '43')))).toMatchObject({ digitChanged: true, minor: false });
    expect(editSize(v(BODY), v(BODY.replace('42', '4٢')))).toMatchObject({ digitChanged: true, minor: false });
  });

  it('stays bounded on a rewrite of a 200,000-character letter', () => {
    const a = 'a b\n'.repeat(50_000);
    const b = 'c d\n'.repeat(50_000);
    expect(editSize(v(a), v(b)).minor).toBe(false);
    expect(editSize(v(`${a}x`), v(`y${a}`)).minor).toBe(true);
  });

  it('does not split a surrogate pair', () => {
    expect(editSize(v('name 😀'), v('name 😁')).changed).toBe(4);
  });
});
