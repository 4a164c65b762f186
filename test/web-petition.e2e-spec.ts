import request from 'supertest';
import { Browsers, linkIn, onApp, screenshot, scrollsSideways, seriousViolations } from './support/browser';
import { openLetter, organisationWithOwner, reviseLetter, uniqueEmail } from './support/factories';
import { CONFIRM, setPetition, signAs } from './support/petitions';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Petition mode in a real Chromium: a member of the public signs on the letter's page with
 * consent, confirms from the emailed link, and the page they left open shows the count rise.
 */
describe('web app: a supporter signs a public letter', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  const browsers = new Browsers(() => app.url);

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      WORKER: 'on',
      PUBLIC_URL: 'https://undersigned.example',
      COUNT_FOLD_INTERVAL_MS: '200',
    });
  });
  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  it('signs with consent and age confirmation at phone width, confirms by the mailed link, and sees the count rise live', async () => {
    const lead = await organisationWithOwner(app, { name: 'Petition Lead' });
    const open = await openLetter(app, lead, { title: 'Save the river', body: 'We ask the council to **act**.' });
    await setPetition(app, lead, {
      letterId: open.letterId,
      acceptSupporters: true,
      goal: 10,
      minimumAge: 16,
      consentText: 'Petition Lead may email me about this campaign.',
    });
    const email = uniqueEmail('supporter');

    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/l/${open.slug}`);
    await page.getByTestId('supporter-count').filter({ hasText: '0 supporters of a goal of 10' }).waitFor();
    const form = page.getByRole('region', { name: 'Add your name' });
    await form.getByLabel('Your name').fill('Sam Supporter');
    await form.getByLabel('Your email').fill(email);
    await form.getByLabel('I am at least 16 years old.').check();
    await form.getByLabel('Petition Lead may email me about this campaign.').check();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'supporter-form-phone');
    await form.getByRole('button', { name: 'Sign' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    const mail = await smtp.waitFor(email);
    // The confirmation opens in a second tab; the letter's page stays open in the first.
    const confirmTab = await page.context().newPage();
    await confirmTab.goto(onApp(app.url, linkIn(mail.parsed.text, '/signatures/confirm')));
    expect(await seriousViolations(confirmTab)).toEqual([]);
    await confirmTab.getByRole('button', { name: 'Confirm my signature' }).click();
    await confirmTab.getByText('Thank you: your signature is confirmed and counted.').waitFor();

    await page.getByTestId('supporter-count').filter({ hasText: '1 supporter of a goal of 10' }).waitFor();
    const consent = await app.sql.query(
      'SELECT age_confirmed, consented_at IS NOT NULL AS consented FROM signatures WHERE letter_id = $1',
      [open.letterId],
    );
    expect(consent.rows).toEqual([{ age_confirmed: true, consented: true }]);

    // The withdrawal link of the same mail takes the name back out of the count.
    await confirmTab.goto(onApp(app.url, linkIn(mail.parsed.text, '/signatures/withdraw')));
    await confirmTab.getByRole('button', { name: 'Withdraw my signature' }).click();
    await confirmTab.getByText('Your signature is withdrawn and no longer counted.').waitFor();
    await page.getByTestId('supporter-count').filter({ hasText: '0 supporters of a goal of 10' }).waitFor();
  });

  it('signs on the page in Simplified Chinese, and the confirmation mail arrives in Chinese, its links opening Chinese pages: the page’s language, not the browser’s', async () => {
    const lead = await organisationWithOwner(app, { name: 'Chinese Petition Lead' });
    const open = await openLetter(app, lead, { title: 'Free the scholars', body: 'We ask for their release.' });
    await setPetition(app, lead, { letterId: open.letterId, acceptSupporters: true });
    const email = uniqueEmail('zh-supporter');

    // An English browser (it sends Accept-Language: en-US itself) on the page in Chinese by ?lang.
    const page = await browsers.page({ locale: 'en-US' });
    await page.goto(`/l/${open.slug}?lang=zh-Hans`);
    const form = page.getByRole('region', { name: '加上您的名字' });
    await form.getByLabel('您的姓名').fill('李明');
    await form.getByLabel('您的电子邮箱').fill(email);
    await form.getByRole('button', { name: '签名' }).click();
    await page.getByRole('heading', { name: '请查看您的邮件' }).waitFor();

    // The server took the mail's language from the page's, which the app sends as Accept-Language.
    const mail = await smtp.waitFor(email);
    expect(mail.parsed.subject).toBe('请确认您的签名：Free the scholars');
    expect(mail.parsed.text).toContain('李明，您好：');
    expect(mail.parsed.text).toContain('感谢您签署《Free the scholars》');
    const stored = await app.sql.query('SELECT language FROM signatures WHERE letter_id = $1', [open.letterId]);
    expect(stored.rows).toEqual([{ language: 'zh-Hans' }]);

    // Its links carry the mail's language: opened in another English browser (nothing stored from the page
    // above), the confirmation page is in Chinese, keeps ?lang once it has taken the token out, and confirms.
    const reader = await browsers.page({ locale: 'en-US' });
    const confirmLink = linkIn(mail.parsed.text, '/signatures/confirm');
    expect(new URL(confirmLink).searchParams.get('lang')).toBe('zh-Hans');
    await reader.goto(onApp(app.url, confirmLink));
    await reader.getByRole('button', { name: '确认我的签名' }).waitFor();
    expect(await reader.evaluate<string>('document.documentElement.lang')).toBe('zh-Hans');
    expect(new URL(reader.url()).search).toBe('?lang=zh-Hans');
    await reader.getByRole('button', { name: '确认我的签名' }).click();
    await reader.getByText('谢谢：您的签名已确认并计入。').waitFor();

    // The letter's link: the app in Chinese; the letter has no Chinese translation, so its original shows.
    const letterLink = linkIn(mail.parsed.text, '/l/');
    expect(letterLink).toBe(`https://undersigned.example/l/${open.slug}?lang=zh-Hans`);
    await reader.goto(onApp(app.url, letterLink));
    await reader.getByRole('heading', { level: 1, name: 'Free the scholars' }).waitFor();
    await reader.getByRole('region', { name: '加上您的名字' }).waitFor();
    expect(await reader.getByTestId('letter-title').getAttribute('lang')).toBe('en');
    expect(await reader.getByTestId('letter-text').innerText()).toContain('We ask for their release.');
  });

  it('serves /embed/:slug, the form alone, to be framed by any site', async () => {
    const lead = await organisationWithOwner(app, { name: 'Embed Lead' });
    const open = await openLetter(app, lead, { title: 'Framed petition' });
    await setPetition(app, lead, { letterId: open.letterId, acceptSupporters: true });
    const response = await request(app.url).get(`/embed/${open.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect((await request(app.url).get(`/l/${open.slug}`)).headers['x-frame-options']).toBe('DENY');

    const page = await browsers.page();
    await page.goto(`/embed/${open.slug}`);
    await page.getByRole('region', { name: 'Add your name' }).getByLabel('Your email').waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);
  });

  it('says on the letter page how many supporters wait to re-confirm a materially revised text', async () => {
    const lead = await organisationWithOwner(app, { name: 'Revising Lead' });
    const open = await openLetter(app, lead, {
      title: 'Keep the library',
      body: 'We ask the council to keep it open.',
    });
    await setPetition(app, lead, { letterId: open.letterId, acceptSupporters: true });
    const email = uniqueEmail('reconfirming');
    expect((await signAs(app, open.letterId, { name: 'Robin Reader', email })).body).toEqual({
      data: { signPetition: true },
    });
    const confirmed = await app.gql(CONFIRM, { token: tokenFrom(await smtp.waitFor(email)) });
    expect(confirmed.body.errors).toBeUndefined();
    await reviseLetter(app, lead, {
      letterId: open.letterId,
      title: 'Close the library',
      body: 'We ask the council to close it.',
      material: true,
    });

    const page = await browsers.page();
    await page.goto(`/l/${open.slug}`);
    await page.getByTestId('public-counts').filter({ hasText: '1 waiting to re-confirm the revised text' }).waitFor();
    expect(await page.getByTestId('public-counts').textContent()).not.toContain('1 supporters');
  });
});
