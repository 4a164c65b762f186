import request from 'supertest';
import type { Locator, Page } from 'playwright-core';
import { Browsers, linkIn, onApp, screenshot, scrollsSideways, seriousViolations } from './support/browser';
import {
  openLetter,
  organisationWithOwner,
  PASSWORD,
  reviseLetter,
  uniqueEmail,
  type OrganisationOwner,
} from './support/factories';
import { eventually } from './support/eventually';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 20, open sign-on in a real Chromium: the leads switch it on in the dashboard, an
 * organisation asks to sign from the public page (or a partner's embed), confirms from the mail a
 * real SMTP server received, and waits in the leads' approval queue until they approve it — or is
 * listed at once when the leads approve verified addresses. Every step is done as a person does it.
 */
describe('web app: open sign-on, from the public page to the leads’ approval (issue 20)', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let lead: OrganisationOwner;
  let letter: { letterId: string; slug: string; contentHash: string };
  let dashboard: Page;
  const browsers = new Browsers(() => app.url);
  const TITLE = 'Protect the coastal wetlands';
  // A right-to-left name with a left-to-right part: shown isolated (bdi, dir=auto) wherever it appears.
  const COAST = 'جمعية الساحل Coast Association';

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL: 'https://undersigned.example' });
    lead = await organisationWithOwner(app, { name: 'Wetlands Coalition Lead', country: 'GB' });
    letter = await openLetter(app, lead, {
      title: TITLE,
      body: 'Dear Minister,\n\nWe ask you to protect the **coastal wetlands**.\n\nYours sincerely',
      visibility: 'PUBLIC',
    });
  });

  if (process.env.DEBUG_WEB) {
    let step = 0;
    afterEach(() => browsers.screenshots(`sign-on-${++step}`));
  }

  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  }

  async function letterFlags(): Promise<{ open_sign_on: boolean; auto_approve_verified: boolean }> {
    const { rows } = await app.sql.query<{ open_sign_on: boolean; auto_approve_verified: boolean }>(
      'SELECT open_sign_on, auto_approve_verified FROM letters WHERE id = $1',
      [letter.letterId],
    );
    return rows[0];
  }

  async function endorsementsOf(organisationName: string) {
    const { rows } = await app.sql.query<{ status: string; content_hash: string; signed_by_email: string }>(
      `SELECT e.status, e.content_hash, e.signed_by_email FROM endorsements e
         JOIN organisations o ON o.id = e.organisation_id
        WHERE e.letter_id = $1 AND o.name = $2`,
      [letter.letterId, organisationName],
    );
    return rows;
  }

  async function requestsFrom(email: string): Promise<number> {
    const { rows } = await app.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM sign_on_requests WHERE letter_id = $1 AND email = $2',
      [letter.letterId, email],
    );
    return rows[0].n;
  }

  /** The public page as a visitor sees it once its signatory list has rendered. */
  async function publicPage(page?: Page): Promise<Page> {
    const visitor = page ?? (await browsers.page());
    await visitor.goto(`/l/${letter.slug}`);
    await visitor.getByRole('heading', { name: 'Signatories' }).waitFor();
    await visitor.waitForLoadState('networkidle');
    return visitor;
  }

  /** Opens the sign-on form in `scope` (the public page or the embed) by its button. */
  async function openForm(scope: Locator): Promise<Locator> {
    await scope.getByRole('button', { name: 'Sign on', exact: true }).click();
    await scope.getByLabel('Your email').waitFor();
    return scope;
  }

  /** Fills the form as a person does: the required answers, a country, a website and a comment. */
  async function fillForm(form: Locator, fields: { email: string; organisation: string; website: string }) {
    await form.getByLabel('Your email').fill(fields.email);
    await form.getByLabel('Your organisation’s name').fill(fields.organisation);
    await form.getByLabel('Country (optional)').fill('EG');
    await form.getByLabel('Website (optional)').fill(fields.website);
    await form.getByLabel('Your name').fill('Nour Haddad');
    await form.getByLabel('Your title').fill('Director');
    await form.getByText('Add a comment for the lead organisations (optional)').click();
    await form.getByLabel('Comment').fill('We work on the delta’s wetlands.');
    await form.getByLabel('I am authorised to sign for this organisation.').check();
  }

  /** The confirmation mail's link, as the SMTP server received it. */
  async function confirmationLink(email: string): Promise<string> {
    const mail = await smtp.waitFor(email, (m) => /^Confirm your signature/.test(m.parsed.subject ?? ''));
    expect(mail.parsed.text).toContain(letter.contentHash);
    return linkIn(mail.parsed.text, '/sign-on/confirm');
  }

  it('a lead switches open sign-on on in the letter’s dashboard', async () => {
    // Before: the public page has no sign-on form.
    const before = await publicPage();
    expect(await before.getByRole('region', { name: 'Sign on for your organisation' }).count()).toBe(0);

    dashboard = await browsers.page();
    await signIn(dashboard, lead.email);
    await dashboard.goto(`/letters/${letter.slug}`);
    const settings = dashboard.getByRole('region', { name: 'Open sign-on' });
    await settings.getByLabel('Let any organisation ask to sign from the public page').check();
    await settings.getByLabel(/List at once a signature confirmed from an address at/).waitFor();
    await settings.getByRole('status').filter({ hasText: 'Open sign-on is on.' }).waitFor({ state: 'attached' });
    expect(await letterFlags()).toEqual({ open_sign_on: true, auto_approve_verified: false });
    await dashboard
      .getByRole('region', { name: /Waiting for your approval/ })
      .getByText('No signature is waiting')
      .waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
  });

  const coastEmail = uniqueEmail('coast');

  it('a visitor signs on from /l/:slug at phone width, confirms from the mail: PENDING_APPROVAL, not on the public page', async () => {
    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 844 });
    let documents = 0;
    page.on('request', (r) => {
      if (r.resourceType() === 'document' && r.frame() === page.mainFrame()) documents++;
    });
    await publicPage(page);
    const section = page.getByRole('region', { name: 'Sign on for your organisation' });
    const form = await openForm(section);
    // The form itself: the guest form's eight fields and the email.
    expect(await section.locator('input:visible, select:visible, textarea:visible').count()).toBe(9);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    // Sent too soon: each missing answer beside its field, which it describes; nothing stored.
    await form.getByRole('button', { name: 'Send me the confirmation link' }).click();
    const email = form.getByLabel('Your email');
    await form.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = ((await email.getAttribute('aria-describedby')) ?? '').split(' ');
    expect(await page.locator(`[id="${describedBy[describedBy.length - 1]}"]`).textContent()).toMatch(
      /^Enter your email address/,
    );
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("aria-describedby") ?? null')).toBe(
      describedBy.join(' '),
    );
    expect(await seriousViolations(page)).toEqual([]);

    // A website the server refuses: its words beside the website's field, and nothing stored.
    await fillForm(form, { email: coastEmail, organisation: COAST, website: 'not a website' });
    expect(await form.getByLabel('Your organisation’s name').getAttribute('dir')).toBe('auto');
    await form.getByRole('button', { name: 'Send me the confirmation link' }).click();
    const website = form.getByLabel('Website (optional)');
    await form.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    const websiteError = ((await website.getAttribute('aria-describedby')) ?? '').split(' ').pop();
    expect(await page.locator(`[id="${websiteError}"]`).textContent()).toMatch(/website’s address/);
    expect(await requestsFrom(coastEmail)).toBe(0);

    await website.fill('coast.example');
    await form.getByRole('button', { name: 'Send me the confirmation link' }).click();
    const sent = page.getByTestId('sign-on-sent');
    await sent.getByRole('heading', { name: 'Check your mail' }).waitFor();
    expect(await sent.textContent()).toContain(coastEmail);
    expect(await requestsFrom(coastEmail)).toBe(1);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-on-sent-phone');
    expect(documents).toBe(1);

    // The mail's link opens the confirmation page: what will be signed, and nothing signed yet.
    const link = await confirmationLink(coastEmail);
    await page.goto(onApp(app.url, link));
    await page.getByRole('heading', { level: 1, name: 'Confirm your signature' }).waitFor();
    expect(await page.getByTestId('request-hash').textContent()).toBe(letter.contentHash);
    const summary = page.getByTestId('sign-on-request');
    expect(await summary.locator('bdi').first().textContent()).toBe(TITLE);
    expect(await summary.locator('bdi', { hasText: COAST }).count()).toBeGreaterThan(0);
    await summary.getByText('We work on the delta’s wetlands.').waitFor();
    expect(await endorsementsOf(COAST)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-on-confirm-phone');

    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    const result = page.getByTestId('sign-on-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('waits for the lead organisations’ approval');
    await page.getByText(/We mailed your receipt to/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The mail link's page load, and none after the press.
    expect(documents).toBe(2);
    expect(await endorsementsOf(COAST)).toEqual([
      { status: 'PENDING_APPROVAL', content_hash: letter.contentHash, signed_by_email: coastEmail },
    ]);
    const receipt = await smtp.waitFor(coastEmail, (m) => /^Your signature/.test(m.parsed.subject ?? ''));
    expect(linkIn(receipt.parsed.text, '/endorsements/manage')).toMatch(/\?token=/);

    // Waiting for the leads: on no public page.
    const visitor = await publicPage();
    expect(await visitor.content()).not.toContain('Coast Association');
    expect(await visitor.getByTestId('public-counts').textContent()).toMatch(/^0 organisations have signed/);
    expect((await request(app.url).get(`/l/${letter.slug}`)).text).not.toContain('Coast Association');

    // Opened again, the link shows its request no more: the receipt's manage link serves from now on.
    await page.goto(onApp(app.url, link));
    await page.getByText('This link no longer opens a request').waitFor();
  });

  it('the lead approves it from the dashboard’s queue: then it is listed on /l/:slug', async () => {
    await dashboard.reload();
    const queue = dashboard.getByRole('region', { name: /Waiting for your approval/ });
    const item = queue.getByRole('listitem').filter({ hasText: 'Coast Association' });
    await item.waitFor();
    expect(await item.locator('strong bdi').textContent()).toBe(COAST);
    await item.getByText(coastEmail).waitFor();
    await item.getByText('Nour Haddad').waitFor();
    await item.getByText('not verified').waitFor();
    await item.getByText('We work on the delta’s wetlands.').waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);

    await item.getByRole('button', { name: `Approve ${COAST}` }).click();
    await queue.getByText('No signature is waiting for approval.').waitFor();
    expect(await endorsementsOf(COAST)).toEqual([
      { status: 'SIGNED', content_hash: letter.contentHash, signed_by_email: coastEmail },
    ]);
    await dashboard.getByTestId('endorsements').getByText('Coast Association').first().waitFor();

    const visitor = await publicPage();
    const listed = visitor.getByRole('region', { name: 'Signatories' }).locator('li bdi', { hasText: COAST });
    expect(await listed.textContent()).toBe(COAST);
  });

  it('the embed’s form asks the same way', async () => {
    const email = uniqueEmail('embed');
    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`/embed/${letter.slug}`);
    const section = page.getByRole('region', { name: 'Sign on for your organisation' });
    const form = await openForm(section);
    await fillForm(form, { email, organisation: 'Delta Birds Trust', website: 'deltabirds.example' });
    await form.getByRole('button', { name: 'Send me the confirmation link' }).click();
    await page.getByTestId('sign-on-sent').getByRole('heading', { name: 'Check your mail' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await requestsFrom(email)).toBe(1);
    expect(await confirmationLink(email)).toMatch(/\/sign-on\/confirm\?token=/);
  });

  it('with verified addresses approved at once, an address at the website’s domain is listed as soon as it confirms', async () => {
    const settings = dashboard.getByRole('region', { name: 'Open sign-on' });
    await settings.getByLabel(/List at once a signature confirmed from an address at/).check();
    const flags = await eventually(
      async () => ((await letterFlags()).auto_approve_verified ? letterFlags() : undefined),
      {
        what: 'autoApproveVerified stored',
      },
    );
    expect(flags).toEqual({ open_sign_on: true, auto_approve_verified: true });

    const domain = `marsh-${process.pid}.example`;
    const email = `director@${domain}`;
    const name = 'Marsh Guardians';
    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await publicPage(page);
    const form = await openForm(page.getByRole('region', { name: 'Sign on for your organisation' }));
    await fillForm(form, { email, organisation: name, website: `https://${domain}` });
    await form.getByRole('button', { name: 'Send me the confirmation link' }).click();
    await page.getByTestId('sign-on-sent').waitFor();

    await page.goto(onApp(app.url, await confirmationLink(email)));
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    const result = page.getByTestId('sign-on-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(
      /^Signed: your organisation is listed on the letter’s page as “Marsh Guardians”/,
    );
    expect(await endorsementsOf(name)).toEqual([
      { status: 'SIGNED', content_hash: letter.contentHash, signed_by_email: email },
    ]);

    const visitor = await publicPage();
    const listed = visitor.getByRole('region', { name: 'Signatories' }).getByRole('listitem').filter({ hasText: name });
    expect(await listed.textContent()).toContain(`verified: ${domain}`);
  });

  it('the text changed after the request (STALE_VERSION): the link signs nothing and sends the reader back to ask again', async () => {
    const email = uniqueEmail('late');
    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await publicPage(page);
    const form = await openForm(page.getByRole('region', { name: 'Sign on for your organisation' }));
    await fillForm(form, { email, organisation: 'Late Lagoon Society', website: 'lagoon.example' });
    await form.getByRole('button', { name: 'Send me the confirmation link' }).click();
    await page.getByTestId('sign-on-sent').waitFor();
    const link = await confirmationLink(email);

    const revised = await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: 'Dear Minister,\n\nWe ask you to protect **all** coastal wetlands.\n\nYours sincerely',
      material: true,
    });
    await page.goto(onApp(app.url, link));
    const stale = page.getByTestId('sign-on-stale');
    await stale.getByRole('heading', { name: 'The text changed since you asked' }).waitFor();
    expect(await page.getByRole('button', { name: 'Confirm', exact: true }).count()).toBe(0);
    await page.getByText(revised.contentHash).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await stale.getByRole('link', { name: 'ask again from the letter’s page' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/l/${letter.slug}`);
    expect(await endorsementsOf('Late Lagoon Society')).toEqual([]);
  });
});
