import type { Page } from 'playwright-core';
import { enableTwoFactor, LOG_IN } from './support/accounts';
import { Browsers, linkIn, onApp, seriousViolations } from './support/browser';
import { PASSWORD, signUp, type TestUser } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';

/**
 * The web app's way back into an account (issue 18, defect 4): forgot password from the sign-in
 * page, the reset mail's link (with a code field when two-factor is on), and the re-authentication
 * prompt that appears when a step answers REAUTHENTICATION_REQUIRED, then retries it.
 */
const PUBLIC_URL = 'https://undersigned.example';
const NEW_PASSWORD = 'a brand new passphrase';

describe('web app: password reset and re-authentication', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  const browsers = new Browsers(() => app.url);

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL });
  });
  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  async function signIn(page: Page, user: TestUser): Promise<void> {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  }

  it('resets a forgotten password from the mailed link, asking the two-factor code', async () => {
    const user = await signUp(app, 'Forgetful Coordinator');
    const [recoveryCode] = (await enableTwoFactor(app, user.accessToken)).recoveryCodes;

    const page = await browsers.page();
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Mail me a link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();

    const mail = await smtp.waitFor(user.email, (m) => /reset your undersigned password/i.test(m.parsed.subject ?? ''));
    await page.goto(onApp(app.url, linkIn(mail.parsed.text, '/reset-password')));
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(page.url()).not.toContain('token='); // taken out of the address bar
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    // Two-factor is on: the page asks for the code, and the link still works.
    const codeField = page.getByLabel('Code from your authenticator app, or a recovery code');
    await codeField.waitFor();
    await codeField.fill(recoveryCode);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();

    const oldPassword = await app.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } });
    expect(errorCode(oldPassword)).toBe('UNAUTHENTICATED');
    const newPassword = await app.gql(LOG_IN, { input: { email: user.email, password: NEW_PASSWORD } });
    expect(errorCode(newPassword)).toBe('TWO_FACTOR_REQUIRED'); // the password is right; the code is still asked
  });

  it('asks the password again when changing it from a sign-in older than 5 minutes, then changes it', async () => {
    const user = await signUp(app, 'Returning Member');
    const page = await browsers.page();
    await signIn(page, user);
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    // The sign-in was more than 5 minutes ago.
    await app.sql.query(`UPDATE sessions SET authenticated_at = now() - interval '10 minutes' WHERE user_id = $1`, [
      user.id,
    ]);

    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Your password').fill('not my password');
    await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'The password is not right.' }).waitFor();
    await dialog.getByLabel('Your password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Confirm and continue' }).click();
    // The same change is sent again once confirmed.
    await page.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();
    expect(await dialog.isVisible()).toBe(false);

    const changed = await app.gql(LOG_IN, {
      input: { email: user.email, password: NEW_PASSWORD },
    });
    expect(changed.body.data?.logIn.user.id).toBe(user.id);
  });
});
