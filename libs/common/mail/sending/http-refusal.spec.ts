import { classifyHttpFailure, classifyHttpStatus } from './http-refusal';
import { RefusalKind } from './refusal';
import { nextAttemptAt, WEBHOOK_RETRY_POLICY } from './retry-policy';

describe('classifyHttpStatus', () => {
  it('counts any 2xx as delivered', () => {
    for (const status of [200, 201, 202, 204, 299]) expect(classifyHttpStatus(status, '')).toBeNull();
  });

  it('reads 410 Gone as the receiver gone for good, and every other status as temporary', () => {
    expect(classifyHttpStatus(410, 'gone')).toMatchObject({ kind: RefusalKind.BAD_RECIPIENT, code: '410' });
    for (const status of [301, 302, 400, 401, 404, 429, 500, 502, 503]) {
      expect(classifyHttpStatus(status, '')).toMatchObject({ kind: RefusalKind.TEMPORARY, code: String(status) });
    }
  });

  it('keeps a redacted, bounded note of the answer', () => {
    const refusal = classifyHttpStatus(500, `mail ada@example.org ${'x'.repeat(5000)}`) as { note: string };
    expect(refusal.note).not.toContain('ada@example.org');
    expect(refusal.note.length).toBeLessThanOrEqual(1000);
  });
});

describe('classifyHttpFailure', () => {
  it('retries a request that got no answer, and not one the guard refused', () => {
    const timeout = Object.assign(new Error('no answer'), { code: 'ETIMEDOUT' });
    expect(classifyHttpFailure(timeout)).toMatchObject({ kind: RefusalKind.TEMPORARY, code: 'ETIMEDOUT' });
    expect(classifyHttpFailure(new Error('private'), true)).toMatchObject({ kind: RefusalKind.PERMANENT });
  });
});

describe('WEBHOOK_RETRY_POLICY', () => {
  const first = new Date('2026-01-01T00:00:00Z');
  const wait = (attempts: number, random: number): number =>
    ((nextAttemptAt(WEBHOOK_RETRY_POLICY, { attempts, firstAttemptAt: first }, first, () => random) as Date).getTime() -
      first.getTime()) /
    1000;

  it('backs off from 30 s, doubling to 6 hours, with up to half of each delay taken off at random', () => {
    expect([1, 2, 3, 11, 20].map((attempts) => wait(attempts, 0))).toEqual([30, 60, 120, 6 * 3600, 6 * 3600]);
    expect([1, 2, 3].map((attempts) => wait(attempts, 1))).toEqual([15, 30, 60]);
    expect(wait(2, 0.5)).toBe(45);
  });

  it('gives up 3 days after the first attempt', () => {
    const late = new Date(first.getTime() + 3 * 24 * 3600 * 1000);
    expect(nextAttemptAt(WEBHOOK_RETRY_POLICY, { attempts: 30, firstAttemptAt: first }, late)).toBeNull();
  });
});
