import { Browsers, linkIn, onApp, seriousViolations } from './support/browser';
import {
  createOrganisation,
  endorseAs,
  openLetter,
  organisationWithOwner,
  reviseLetter,
  signUp,
} from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * In a real Chromium, without an account: the link mailed after a minor edit ("this changes what
 * we signed") sets the organisation's endorsement aside with one button press, not on opening.
 */
describe('web app: objecting to a minor edit from the mail', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  const browsers = new Browsers(() => app.url);

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL: 'https://undersigned.example' });
  });
  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  it('sets the endorsement aside on the button press of the mailed link, once', async () => {
    const lead = await organisationWithOwner(app, { name: 'Web Minor Lead' });
    const body = 'Dear Minister,\n\nWe urge you to relase the journalists.';
    const letter = await openLetter(app, lead, { body });
    const user = await signUp(app, 'Web Minor Signer');
    const org = await createOrganisation(app, user, { name: 'Web Minor Signers' });
    const signed = await endorseAs(app, { user, org }, letter.letterId, letter.contentHash, { acceptMinorEdits: true });
    await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: body.replace('relase', 'release'),
      material: false,
    });
    const mail = await smtp.waitFor(user.email, (m) => (m.parsed.text ?? '').includes('/minor-edits/object'));
    const link = onApp(app.url, linkIn(mail.parsed.text, '/minor-edits/object'));
    const status = async (): Promise<string> =>
      (await app.sql.query('SELECT status FROM endorsements WHERE id = $1', [signed.id])).rows[0].status as string;

    const page = await browsers.page();
    await page.goto(link);
    await page.getByRole('heading', { name: 'This changes what we signed' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Opening the link changes nothing: mail scanners follow links.
    expect(await status()).toBe('SIGNED');
    await page.getByRole('button', { name: 'This changes what we signed' }).click();
    await page.getByText('endorsement is set aside').waitFor();
    expect(await status()).toBe('NEEDS_RECONFIRMATION');

    // The same link again: already used.
    await page.goto(link);
    await page.getByRole('button', { name: 'This changes what we signed' }).click();
    await page.getByText('This link is not valid, or was already used.').waitFor();
  });
});
