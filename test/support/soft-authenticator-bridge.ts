import type { Page } from 'playwright-core';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { SoftAuthenticator } from './soft-authenticator';

/**
 * Runs in the page before its scripts: navigator.credentials.create/get hand the options (as JSON,
 * with base64url for the buffers) to the test's SoftAuthenticator over a Playwright binding, with
 * the page's own origin, and answer what it returns as PublicKeyCredential-like objects (ArrayBuffers
 * and the getters @simplewebauthn/browser reads, and toJSON). The Chromium of @sparticuz/chromium
 * crashes on a real WebAuthn request, so the test brings its own authenticator.
 */
const BRIDGE = `(() => {
  const toB64 = (data) => {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
  };
  const fromB64 = (text) => {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes.buffer;
  };
  const descriptors = (list) => list && list.map((item) => ({ ...item, id: toB64(item.id) }));
  const credential = (json, response) => ({
    id: json.id,
    rawId: fromB64(json.rawId),
    type: 'public-key',
    authenticatorAttachment: json.authenticatorAttachment,
    response,
    getClientExtensionResults: () => ({}),
    toJSON: () => json,
  });
  if (typeof window.PublicKeyCredential !== 'function') window.PublicKeyCredential = function PublicKeyCredential() {};
  const container = navigator.credentials;
  container.create = async (options) => {
    const key = options && options.publicKey;
    if (!key) throw new DOMException('Only public-key credentials', 'NotSupportedError');
    const request = { ...key, challenge: toB64(key.challenge), user: { ...key.user, id: toB64(key.user.id) }, excludeCredentials: descriptors(key.excludeCredentials) };
    const json = JSON.parse(await window.__softWebAuthn('create', JSON.stringify(request), location.origin));
    return credential(json, {
      clientDataJSON: fromB64(json.response.clientDataJSON),
      attestationObject: fromB64(json.response.attestationObject),
      getTransports: () => json.response.transports,
      getAuthenticatorData: () => fromB64(json.response.authenticatorData),
      getPublicKey: () => fromB64(json.response.publicKey),
      getPublicKeyAlgorithm: () => json.response.publicKeyAlgorithm,
    });
  };
  container.get = async (options) => {
    const key = options && options.publicKey;
    if (!key) throw new DOMException('Only public-key credentials', 'NotSupportedError');
    const request = { ...key, challenge: toB64(key.challenge), allowCredentials: descriptors(key.allowCredentials) };
    const json = JSON.parse(await window.__softWebAuthn('get', JSON.stringify(request), location.origin));
    return credential(json, {
      clientDataJSON: fromB64(json.response.clientDataJSON),
      authenticatorData: fromB64(json.response.authenticatorData),
      signature: fromB64(json.response.signature),
      userHandle: json.response.userHandle ? fromB64(json.response.userHandle) : null,
    });
  };
})();`;

/** Puts `authenticator` behind the page's navigator.credentials, for this page and every page it loads. */
export async function bridgeSoftAuthenticator(page: Page, authenticator: SoftAuthenticator): Promise<void> {
  await page.exposeFunction('__softWebAuthn', async (kind: string, options: string, origin: string) => {
    const answer =
      kind === 'create'
        ? await authenticator.create(JSON.parse(options) as PublicKeyCredentialCreationOptionsJSON, origin)
        : await authenticator.get(JSON.parse(options) as PublicKeyCredentialRequestOptionsJSON, origin);
    return JSON.stringify(answer);
  });
  await page.addInitScript({ content: BRIDGE });
}

/**
 * With a full Chromium (CHROMIUM_PATH), DevTools' own virtual authenticator instead: a platform
 * authenticator with resident keys and user verification, answering without a prompt.
 */
export async function addVirtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}
