import { canonicalDomain, canonicalEmail, emailDomain, emailFingerprint, withinDomain } from './canonical-email';

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

  it('reads one mailbox however its domain is spelt', () => {
    expect(canonicalEmail('x@a.spam\u3002org')).toBe('x@a.spam.org');
    expect(canonicalEmail('x@spam.org.')).toBe('x@spam.org');
    expect(canonicalEmail('v.ictim@gmail.com\u3002')).toBe('victim@gmail.com');
    expect(canonicalEmail('x@späm.org')).toBe('x@xn--spm-rla.org');
    expect(canonicalDomain('SPÄM.org.')).toBe('xn--spm-rla.org');
    expect(canonicalDomain('googlemail.com')).toBe('gmail.com');
  });

  it('refuses quoted local parts, which name one mailbox in many spellings', () => {
    expect(canonicalEmail('"victim"@gmail.com')).toBeNull();
    expect(canonicalEmail('"victim+x"@gmail.com')).toBeNull();
  });

  it('matches a blocked domain and its subdomains only', () => {
    expect(withinDomain('mail.spam.org', 'spam.org')).toBe(true);
    expect(withinDomain('spam.org', 'spam.org')).toBe(true);
    expect(withinDomain('notspam.org', 'spam.org')).toBe(false);
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
