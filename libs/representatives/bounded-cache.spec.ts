import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('keeps at most max entries, pushing out the oldest written', () => {
    const cache = new BoundedCache<number>(3);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, i, 60_000);
    expect(cache.size).toBe(3);
    expect(cache.get('k6')).toBeUndefined();
    expect([cache.get('k7'), cache.get('k8'), cache.get('k9')]).toEqual([7, 8, 9]);
  });

  it('forgets an entry once its time is up, and keeps null answers apart from none', () => {
    let now = 1_000;
    const cache = new BoundedCache<string | null>(10, () => now);
    cache.set('found', 'E14001465', 500);
    cache.set('unknown', null, 100);
    expect(cache.get('unknown')).toBeNull();
    now += 200;
    expect(cache.get('unknown')).toBeUndefined();
    expect(cache.get('found')).toBe('E14001465');
    now += 400;
    expect(cache.get('found')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('rewriting a key makes it the newest', () => {
    const cache = new BoundedCache<number>(2);
    cache.set('a', 1, 60_000);
    cache.set('b', 2, 60_000);
    cache.set('a', 3, 60_000);
    cache.set('c', 4, 60_000);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([3, undefined, 4]);
  });
});
