import { randomUUID } from 'node:crypto';
import { boundedVersionDiff, minorEditCheck, versionDiff } from './version-diff';

const BODY = 'Dear Minister,\n\nWe ask you to release the 42 detained journalists.\n\nSincerely,';

describe('minorEditCheck', () => {
  it('takes a typo fix as a minor edit', () => {
    const check = minorEditCheck(
      { title: 'Free them', body: BODY },
      { title: 'Free them', body: BODY.replace('Dear', 'Deer') },
    );
    expect(check).toEqual({ changed: 2, digitChanged: false, withinLimit: true });
  });

  it('counts the title too', () => {
    expect(minorEditCheck({ title: 'Free them', body: BODY }, { title: 'Free them all', body: BODY }).changed).toBe(4);
  });

  it('takes exactly 100 changed characters as minor, and 101 as not', () => {
    const before = { title: 'T', body: BODY };
    expect(minorEditCheck(before, { title: 'T', body: `${BODY}${'x'.repeat(100)}` })).toEqual({
      changed: 100,
      digitChanged: false,
      withinLimit: true,
    });
    const over = minorEditCheck(before, { title: 'T', body: `${BODY}${'x'.repeat(101)}` });
    expect(over.withinLimit).toBe(false);
    expect(over.changed).toBeGreaterThan(100);
  });

  it('counts insertions and deletions: 51 characters replaced by 50 others is 101', () => {
    const before = { title: 'T', body: `a${'b'.repeat(51)}c` };
    const check = minorEditCheck(before, { title: 'T', body: `a${'d'.repeat(50)}c` });
    expect(check.withinLimit).toBe(false);
  });

  it('refuses any changed digit, in any script', () => {
    const changed = minorEditCheck({ title: 'T', body: BODY }, { title: 'T', body: BODY.replace('42', '43') });
    expect(changed).toEqual({ changed: 2, digitChanged: true, withinLimit: false });
    const tibetan = minorEditCheck({ title: 'T', body: 'ལོ་༡༩༥༩' }, { title: 'T', body: 'ལོ་༡༩༥༨' });
    expect(tibetan.digitChanged).toBe(true);
    expect(minorEditCheck({ title: 'Year 2024', body: BODY }, { title: 'Year 2025', body: BODY }).withinLimit).toBe(
      false,
    );
  });

  it('counts an astral character as one character', () => {
    expect(minorEditCheck({ title: 'T', body: 'free 🕊' }, { title: 'T', body: 'free 🕊🕊' }).changed).toBe(1);
    expect(minorEditCheck({ title: 'T', body: 'a😀b' }, { title: 'T', body: 'a😃b' })).toEqual({
      changed: 2,
      digitChanged: false,
      withinLimit: true,
    });
  });

  it('answers a megabyte rewrite at once (bounded: within the test timeout)', () => {
    const before = { title: 'T', body: 'ab'.repeat(500_000) };
    // A shift by one character is a 2-character edit, however long the text.
    expect(minorEditCheck(before, { title: 'T', body: 'ba'.repeat(500_000) })).toMatchObject({ changed: 2 });
    expect(minorEditCheck(before, { title: 'T', body: 'ac'.repeat(500_000) }).withinLimit).toBe(false);
    const unrelated = minorEditCheck(before, { title: 'T', body: 'c'.repeat(1_000_000) });
    expect(unrelated.withinLimit).toBe(false);
  });
});

describe('versionDiff', () => {
  const version = (number: number, body: string): { id: string; number: number; body: string } => ({
    id: randomUUID(),
    number,
    body,
  });

  it('gives a unified diff of the bodies', async () => {
    const diff = await versionDiff(version(1, 'one\ntwo\nthree'), version(2, 'one\n2\nthree'));
    expect(diff).toContain('--- version 1\t\n+++ version 2\t\n');
    expect(diff).toContain(' one\n-two\n+2\n three\n');
  });

  it('refuses a diff of two unrelated 15,000-line versions as too costly (BAD_USER_INPUT)', async () => {
    const lines = (tag: string): string => Array.from({ length: 15_000 }, (_, i) => `${tag}${i}`).join('\n');
    const from = version(1, lines('a'));
    const to = version(2, lines('b'));
    expect(await boundedVersionDiff(from, to)).toBeUndefined();
    await expect(versionDiff(from, to)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: /diff too costly/ });
  });
});
