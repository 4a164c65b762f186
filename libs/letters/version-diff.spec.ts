import { randomUUID } from 'node:crypto';
import { boundedVersionDiff, versionDiff } from './version-diff';

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
