import { isPublicAddress, parseWebhookUrl, RefusedAddressError, resolveTarget } from './network-guard';
import { webhookSignature, newSigningKeyPair, newWebhookSecret } from './standard-webhooks';
import { createHmac, createPublicKey, verify } from 'node:crypto';

describe('isPublicAddress', () => {
  it.each([
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '127.0.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:8.8.8.8',
    'not an address',
  ])('refuses %s', (address) => expect(isPublicAddress(address)).toBe(false));

  it.each(['8.8.8.8', '93.184.215.14', '2001:4860:4860::8888'])('allows %s', (address) =>
    expect(isPublicAddress(address)).toBe(true),
  );
});

describe('parseWebhookUrl', () => {
  it.each(['ftp://example.org/', 'https://user:pw@example.org/', 'not a url', `https://e.org/${'a'.repeat(2000)}`])(
    'refuses %s',
    (url) => expect(() => parseWebhookUrl(url)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' })),
  );
});

describe('resolveTarget', () => {
  it('refuses a name resolving to loopback unless private networks are allowed', async () => {
    await expect(resolveTarget(new URL('http://localhost/x'), false)).rejects.toBeInstanceOf(RefusedAddressError);
    await expect(resolveTarget(new URL('http://[::ffff:7f00:1]/x'), false)).rejects.toBeInstanceOf(RefusedAddressError);
    await expect(resolveTarget(new URL('http://127.0.0.1/x'), true)).resolves.toEqual({
      address: '127.0.0.1',
      family: 4,
    });
  });
});

describe('webhookSignature', () => {
  it('signs id.timestamp.body with each secret (v1) and the Ed25519 key (v1a)', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const keys = newSigningKeyPair();
    const header = webhookSignature('msg_1', 1700000000, '{"a":1}', {
      secrets: [current, previous],
      privateKey: keys.privateKey,
    });
    const entries = header.split(' ');
    const hmac = (secret: string): string =>
      createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
        .update('msg_1.1700000000.{"a":1}')
        .digest('base64');
    expect(entries.slice(0, 2)).toEqual([`v1,${hmac(current)}`, `v1,${hmac(previous)}`]);
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(keys.publicKey.slice(5), 'base64').toString('base64url') },
      format: 'jwk',
    });
    const signature = Buffer.from(entries[2].replace(/^v1a,/, ''), 'base64');
    expect(verify(null, Buffer.from('msg_1.1700000000.{"a":1}'), publicKey, signature)).toBe(true);
    expect(verify(null, Buffer.from('msg_1.1700000000.{"a":2}'), publicKey, signature)).toBe(false);
  });
});

describe('resolveTarget on the odd spellings of a private address', () => {
  it.each([
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://0/',
    'http://[::1]/',
    'http://[::ffff:a00:1]/',
    'http://[0:0:0:0:0:ffff:127.0.0.1]/',
    'http://[2002:7f00:1::]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://[fc00::1]/',
    'http://[::]/',
  ])('refuses %s without resolving a name', async (raw) => {
    const resolve = jest.fn();
    await expect(resolveTarget(parseWebhookUrl(raw), false, resolve)).rejects.toBeInstanceOf(RefusedAddressError);
    expect(resolve).not.toHaveBeenCalled();
  });
});
