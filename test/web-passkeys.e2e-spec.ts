import { createServer } from 'node:net';
import { Browsers, seriousViolations } from './support/browser';
import { PASSWORD, signUp, verifyDirectly } from './support/factories';
import { SoftAuthenticator } from './support/soft-authenticator';
import { addVirtualAuthenticator, bridgeSoftAuthenticator } from './support/soft-authenticator-bridge';
import { startTestApp, type TestApp } from './support/test-app';

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Passkeys in the web app (issue 23), in Chromium: register one from the account page, sign out,
 * sign in with it from the sign-in page without typing an address, and see the session marked as
 * a passkey session. The relying party is `localhost` (a browser refuses an IP address), so the
 * app listens on a port chosen first and PUBLIC_URL names it. The authenticator is the test's own
 * (real P-256 keys, bridged into navigator.credentials), or DevTools' virtual one where
 * CHROMIUM_PATH names a full Chromium (the one of @sparticuz/chromium crashes on WebAuthn).
 */
describe('web app: passkeys', () => {
  let app: TestApp;
  let origin: string;
  const browsers = new Browsers(() => origin);
  const authenticator = new SoftAuthenticator();

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://localhost:${port}`;
    app = await startTestApp({ PORT: String(port), PUBLIC_URL: origin });
  });
  afterAll(async () => {
    await browsers.close();
    await app?.close();
  });

  it('registers a passkey on the account page, then signs in with it (no email typed): a passkey session', async () => {
    const user = await signUp(app, 'Passkey Coordinator');
    await verifyDirectly(app, user);
    const page = await browsers.page();
    if (process.env.CHROMIUM_PATH) await addVirtualAuthenticator(page);
    else await bridgeSoftAuthenticator(page, authenticator);

    await page.goto('/signin');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();

    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 2, name: 'Passkeys' }).waitFor();
    await page.getByText('You have no passkey yet.').waitFor();
    await page.getByLabel('Name of the new passkey').fill('Work laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByRole('button', { name: 'Remove Work laptop' }).waitFor();
    const { rows } = await app.sql.query<{ name: string }>('SELECT name FROM passkeys WHERE user_id = $1', [user.id]);
    expect(rows).toEqual([{ name: 'Work laptop' }]);
    if (!process.env.CHROMIUM_PATH) expect(authenticator.credentials).toHaveLength(1);
    // This session began with the password.
    const current = page.locator('.sessions li[aria-current="true"]');
    await current.getByText('Signed in with the password alone').waitFor();
    // Holding a passkey, the account adds another only in a passkey session (a phished password
    // and code must not add the phisher's): the page says so instead of offering the form.
    await page.getByText('To add another passkey, sign in with one you hold', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Add a passkey' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto('/signin');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Passkey Coordinator' }).waitFor();
    expect(await page.getByLabel('Email').count()).toBe(0);

    await page.getByRole('link', { name: 'Your account' }).click();
    await current.getByText('Signed in with a passkey').waitFor();
    await page.getByRole('button', { name: 'Add a passkey' }).waitFor();
    const sessions = await app.sql.query<{ methods: string[] }>(
      'SELECT methods FROM sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1',
      [user.id],
    );
    expect(sessions.rows[0].methods).toEqual(['passkey']);
    const used = await app.sql.query<{ counter: string; last_used_at: Date | null }>(
      'SELECT counter, last_used_at FROM passkeys WHERE user_id = $1',
      [user.id],
    );
    expect(used.rows[0].last_used_at).not.toBeNull();
  });
});
