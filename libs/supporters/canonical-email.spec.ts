import { canonicalEmail, emailDomain, emailFingerprint } from './canonical-email';

describe('canonicalEmail', () => {
  it.each([
    ['John.Smith+x@gmail.com', 'johnsmith@gmail.com'],
    ['johnsmith@gmail.com', 'johnsmith@gmail.com'],
    ['J.O.H.N.Smith@GoogleMail.com', 'johnsmith@gmail.com'],
    ['Jane.Doe+petitions@example.org', 'jane.doe@example.org'],
    ['jane.doe@Example.ORG', 'jane.doe@example.org'],
  ])('reads %s as the mailbox %s', (email, canonical) => {
    expect(canonicalEmail(email)).toBe(canonical);
  });

  it('refuses what is not an address, or is only a tag', () => {
    expect(canonicalEmail('nobody')).toBeNull();
    expect(canonicalEmail('@example.org')).toBeNull();
    expect(canonicalEmail('jane@')).toBeNull();
    expect(canonicalEmail('+tag@example.org')).toBeNull();
  });

  it('takes the domain of the canonical address', () => {
    expect(emailDomain('johnsmith@gmail.com')).toBe('gmail.com');
  });

  it('fingerprints the same mailbox the same way, and depends on the key', () => {
    const key = Buffer.alloc(32, 1);
    const a = emailFingerprint(key, canonicalEmail('John.Smith+x@gmail.com') as string);
    const b = emailFingerprint(key, canonicalEmail('johnsmith@googlemail.com') as string);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(emailFingerprint(Buffer.alloc(32, 2), 'johnsmith@gmail.com')).not.toBe(a);
  });

  it('is linear on a hostile address', () => {
    const hostile = `${'a.'.repeat(100_000)}@${'b'.repeat(100_000)}`;
    expect(canonicalEmail(hostile)).toHaveLength(200_000 + 1 + 100_000);
  });
});
