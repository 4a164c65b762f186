import { collection, pageOf, splitName } from './hal';

describe('OSDI paging and shapes', () => {
  it('reads page and per_page, serving at most 25 a page', () => {
    expect(pageOf({})).toEqual({ page: 1, perPage: 25, offset: 0 });
    expect(pageOf({ page: '3', per_page: '10' })).toEqual({ page: 3, perPage: 10, offset: 20 });
    expect(pageOf({ per_page: '500' }).perPage).toBe(25);
    for (const bad of ['0', '-1', 'x', '1.5', '9999999999']) {
      expect(() => pageOf({ page: bad })).toThrow(/page must be a whole number/);
    }
  });

  it('links the next and previous pages while there are any', () => {
    const item = { _links: { self: { href: 'h/1' } } };
    const first = collection('signatures', 'h', pageOf({ per_page: '25' }), 60, [item]) as {
      total_pages: number;
      _links: Record<string, unknown>;
    };
    expect(first.total_pages).toBe(3);
    expect(first._links.next).toEqual({ href: 'h?page=2&per_page=25' });
    expect(first._links.prev).toBeUndefined();
    const last = collection('signatures', 'h', pageOf({ page: '3' }), 60, []) as { _links: Record<string, unknown> };
    expect(last._links.next).toBeUndefined();
    expect(last._links.prev).toEqual({ href: 'h?page=2&per_page=25' });
  });

  it('splits a name into given and family names', () => {
    expect(splitName('Ada  King Lovelace')).toEqual({ given_name: 'Ada', family_name: 'King Lovelace' });
    expect(splitName('Cher')).toEqual({ given_name: 'Cher' });
    expect(splitName(null)).toEqual({});
  });
});
