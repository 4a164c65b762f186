import { clientKey, hashedClientKey } from './client-key';

describe('clientKey', () => {
  it('keeps an IPv4 address, mapped or not', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('::ffff:203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one client', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('hashedClientKey', () => {
  it('names the limit and hashes the client, keeping no address', () => {
    // Pinned: a changed key would give every client a fresh budget on deploy.
    expect(hashedClientKey('sign', '203.0.113.7')).toBe('sign:fec52565aa0cf18f57d7cf5b3ac72850');
    expect(hashedClientKey('representatives', '2001:db8:1:2::9')).toBe(
      'representatives:7437dddbc0275bcfe536fa291fb82060',
    );
  });

  it('is one key for every address of an IPv6 /64', () => {
    expect(hashedClientKey('sign', '2001:db8:1:2:aaaa::1')).toBe(hashedClientKey('sign', '2001:db8:1:2::ffff'));
    expect(hashedClientKey('sign', '2001:db8:1:3::1')).not.toBe(hashedClientKey('sign', '2001:db8:1:2::1'));
  });
});
