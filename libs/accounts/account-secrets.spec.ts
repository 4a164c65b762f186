import { decryptSecret, deriveKey, deviceHash, encryptSecret } from './account-secrets';

describe('account secrets', () => {
  const key = deriveKey('a-server-secret-that-is-long-enough-0123', 'two-factor secret');

  it('encrypts with a fresh IV each time and decrypts back', () => {
    const first = encryptSecret(key, 'JBSWY3DPEHPK3PXP');
    expect(first).not.toContain('JBSWY3DPEHPK3PXP');
    expect(encryptSecret(key, 'JBSWY3DPEHPK3PXP')).not.toBe(first);
    expect(decryptSecret(key, first)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a tampered ciphertext and another key', () => {
    const stored = encryptSecret(key, 'JBSWY3DPEHPK3PXP');
    const parts = stored.split('.');
    const ciphertext = Buffer.from(parts[3], 'base64url');
    ciphertext[0] ^= 1;
    const tampered = [...parts.slice(0, 3), ciphertext.toString('base64url')].join('.');
    expect(() => decryptSecret(key, tampered)).toThrow();
    expect(() =>
      decryptSecret(deriveKey('another-server-secret-long-enough-0123', 'two-factor secret'), stored),
    ).toThrow();
  });

  it('derives different keys per purpose, and keyed device hashes', () => {
    const deviceKey = deriveKey('a-server-secret-that-is-long-enough-0123', 'device hash');
    expect(deviceKey.equals(key)).toBe(false);
    const hash = deviceHash(deviceKey, 'Firefox', '203.0.113.7');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(deviceHash(key, 'Firefox', '203.0.113.7'));
    expect(hash).not.toBe(deviceHash(deviceKey, 'Firefox', '203.0.113.8'));
  });
});
