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
import { pdfText } from './support/pdf-text';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const INVITE = graphql(`
  mutation WebGuestSigningInvite($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);

/** The controls a person could fill in `scope` as it shows: visible inputs, selects and text areas. */
async function visibleFields(scope: Locator): Promise<number> {
  return scope.locator('input:visible, select:visible, textarea:visible').count();
}

/**
 * A person's way through the app, counted as the issue asks: documents the browser loads (a full
 * page load each), the screens (paths) the main frame shows, mails whose link they open, fields
 * they fill or tick, and fields the forms they use show.
 */
class Walk {
  documents = 0;
  readonly screens: string[] = [];
  mailsOpened = 0;
  fieldsFilled = 0;
  fieldsShown = 0;

  constructor(
    readonly page: Page,
    private readonly appUrl: string,
  ) {
    page.on('request', (r) => {
      if (r.resourceType() === 'document' && r.frame() === page.mainFrame()) this.documents++;
    });
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const path = new URL(frame.url()).pathname;
      if (this.screens[this.screens.length - 1] !== path) this.screens.push(path);
    });
  }

  /** What the closing note reports. */
  summary(): string {
    return (
      `${this.documents} page load(s), ${this.screens.length} screen(s) (${this.screens.join(' → ')}), ` +
      `${this.mailsOpened} mail link(s) opened, ${this.fieldsShown} field(s) shown on the forms used, ` +
      `${this.fieldsFilled} filled or ticked`
    );
  }

  async openMailLink(link: string): Promise<void> {
    this.mailsOpened++;
    await this.page.goto(onApp(this.appUrl, link));
  }

  /** Counts the fields `form` shows, as the person meets it. */
  async meets(form: Locator): Promise<number> {
    const shown = await visibleFields(form);
    this.fieldsShown += shown;
    return shown;
  }

  async fill(field: Locator, value: string): Promise<void> {
    this.fieldsFilled++;
    await field.fill(value);
  }

  async tick(box: Locator): Promise<void> {
    this.fieldsFilled++;
    await box.check();
  }
}

/**
 * Issue 20 in a real Chromium: an organisation invited by email signs from the invitation mail on
 * one page, with no account, and manages its signature from the receipt's link; mail goes through
 * a real SMTP server and the worker runs. Every step is done the way a person does it.
 */
describe('web app: signing from the invitation mail, with no account (issue 20)', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let lead: OrganisationOwner;
  const browsers = new Browsers(() => app.url);
  const BODY = 'Dear Minister,\n\nWe ask for the release of **twelve** journalists.\n\nYours sincerely';
  const REVISED = 'Dear Minister,\n\nWe ask for the release of **fourteen** journalists.\n\nYours sincerely';
  const NAMED = 'مرصد الحقوق Rights Watch';
  const HIDDEN = 'Hidden Shelter Network';

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL: 'https://undersigned.example' });
    lead = await organisationWithOwner(app, { name: 'Coalition Lead', country: 'GB' });
  });

  if (process.env.DEBUG_WEB) {
    let step = 0;
    afterEach(() => browsers.screenshots(`guest-${++step}`));
  }

  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  /** Invites `email` (for `name`) to the letter and answers the invitation link of the mail the SMTP server received. */
  async function invite(letterId: string, email: string, name: string): Promise<string> {
    const response = await app.gql(INVITE, { input: { letterId, invitees: [{ email, name }] } }, lead.token);
    expect(response.body.errors).toBeUndefined();
    const mail = await smtp.waitFor(email, (m) => / to co-sign a letter$/.test(m.parsed.subject ?? ''));
    return linkIn(mail.parsed.text, '/invitations/letter');
  }

  async function endorsementOf(letterId: string, organisationName: string) {
    const { rows } = await app.sql.query<{ status: string; content_hash: string; anonymous: boolean }>(
      `SELECT e.status, e.content_hash, e.anonymous FROM endorsements e
         JOIN organisations o ON o.id = e.organisation_id
        WHERE e.letter_id = $1 AND o.name = $2`,
      [letterId, organisationName],
    );
    return rows;
  }

  /** The public page as a visitor sees it once its signatory list has rendered. */
  async function publicPage(slug: string): Promise<Page> {
    const visitor = await browsers.page();
    await visitor.goto(`/l/${slug}`);
    await visitor.getByRole('heading', { name: 'Signatories' }).waitFor();
    await visitor.waitForLoadState('networkidle');
    return visitor;
  }

  async function pdfOf(slug: string): Promise<string> {
    const pdf = await request(app.url)
      .get(`/letters/${slug}.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    return pdfText(new Uint8Array(pdf.body as Buffer));
  }

  let letter: { letterId: string; slug: string; contentHash: string };
  const namedEmail = uniqueEmail('director');
  let namedWalk: Walk;

  it('a person with no account opens the invitation mail, fills the form once and presses Sign: one mail, one page, at most 8 fields', async () => {
    letter = await openLetter(app, lead, {
      title: 'Release the twelve journalists',
      body: BODY,
      visibility: 'PUBLIC',
      endorsementDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    const link = await invite(letter.letterId, namedEmail, NAMED);

    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 844 });
    const walk = new Walk(page, app.url);
    namedWalk = walk;
    await walk.openMailLink(link);
    await page.getByRole('heading', { level: 1, name: 'Release the twelve journalists' }).waitFor();
    await page.evaluate('window.__sameDocument = true');

    // The letter as it stands, its hash, its leads and its deadline.
    expect(await page.getByTestId('content-hash').textContent()).toBe(letter.contentHash);
    await page.getByText('We ask for the release of twelve journalists.').waitFor();
    await page.getByText(/Led by Coalition Lead · sign by /).waitFor();
    // The invitation's name, isolated so its right-to-left part cannot reorder the sentence.
    expect(await page.locator('article > p bdi').first().textContent()).toBe(NAMED);

    const form = page.getByRole('region', { name: 'Sign for your organisation' });
    expect(await walk.meets(form)).toBe(8);
    expect(await visibleFields(page.locator('main'))).toBe(8);
    const organisation = form.getByLabel('Your organisation’s name');
    expect(await organisation.inputValue()).toBe(NAMED);
    expect(await organisation.getAttribute('dir')).toBe('auto');
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'guest-signing-form-phone');

    await walk.fill(form.getByLabel('Country (optional)'), 'KE');
    await walk.fill(form.getByLabel('Website (optional)'), 'https://rights.example');
    await walk.fill(form.getByLabel('Your name'), 'Wanjiru Kamau');
    await walk.fill(form.getByLabel('Your title'), 'Director');
    await walk.tick(form.getByLabel('I am authorised to sign for this organisation.'));
    await form.getByRole('button', { name: 'Sign', exact: true }).click();

    const done = page.getByTestId('guest-signed');
    await done.waitFor();
    expect(await done.textContent()).toContain(letter.contentHash);
    await page.getByRole('heading', { name: `Signed for ${NAMED}` }).waitFor();
    await page.getByText(/We mailed your receipt to/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'guest-signed-phone');

    // SIGNED on the hash shown; the page never reloaded; one mail opened, one page, five fields filled.
    expect(await endorsementOf(letter.letterId, NAMED)).toEqual([
      { status: 'SIGNED', content_hash: letter.contentHash, anonymous: false },
    ]);
    expect(await page.evaluate<boolean>('window.__sameDocument === true')).toBe(true);
    expect({
      documents: walk.documents,
      screens: walk.screens,
      mailsOpened: walk.mailsOpened,
      fieldsShown: walk.fieldsShown,
      fieldsFilled: walk.fieldsFilled,
    }).toEqual({
      documents: 1,
      screens: ['/invitations/letter'],
      mailsOpened: 1,
      fieldsShown: 8,
      fieldsFilled: 5,
    });
    console.info(`AFTER (the invitation mail's one page): ${walk.summary()}`);

    // The receipt arrives with a manage link; the public page lists the organisation by name.
    const receipt = await smtp.waitFor(namedEmail, (m) => /^Your signature/.test(m.parsed.subject ?? ''));
    expect(receipt.parsed.text).toContain(letter.contentHash);
    expect(linkIn(receipt.parsed.text, '/endorsements/manage')).toMatch(/\?token=/);
    const visitor = await publicPage(letter.slug);
    await visitor.getByRole('region', { name: 'Signatories' }).getByText(NAMED).waitFor();
  });

  it('the same, unnamed: the organisation is counted, and its name is on no public page, embed or PDF', async () => {
    const email = uniqueEmail('shelter');
    const link = await invite(letter.letterId, email, HIDDEN);
    const page = await browsers.page();
    const walk = new Walk(page, app.url);
    await walk.openMailLink(link);
    const form = page.getByRole('region', { name: 'Sign for your organisation' });
    await form.waitFor();

    // Sign pressed too soon: each missing answer is named beside its field and linked to it.
    await form.getByRole('button', { name: 'Sign', exact: true }).click();
    const signer = form.getByLabel('Your name');
    await form.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await signer.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await signer.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe('Enter your name.');
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("aria-describedby") ?? null')).toBe(
      describedBy,
    );
    const authorised = form.getByLabel('I am authorised to sign for this organisation.');
    const authorisedError = await authorised.getAttribute('aria-describedby');
    expect(await page.locator(`#${authorisedError}`).textContent()).toMatch(/authorised/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await app.sql.query('SELECT 1 FROM organisations WHERE name = $1', [HIDDEN])).toMatchObject({
      rowCount: 0,
    });

    await walk.fill(signer, 'Anonymous Person');
    await walk.fill(form.getByLabel('Your title'), 'Chair');
    await walk.tick(form.getByLabel(/Sign without being named/));
    await walk.tick(authorised);
    await form.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByTestId('guest-signed').filter({ hasText: 'without being named' }).waitFor();
    expect(await endorsementOf(letter.letterId, HIDDEN)).toEqual([
      { status: 'SIGNED', content_hash: letter.contentHash, anonymous: true },
    ]);
    expect(walk.documents).toBe(1);
    expect(walk.screens).toEqual(['/invitations/letter']);

    const visitor = await publicPage(letter.slug);
    expect(await visitor.getByTestId('unnamed').textContent()).toBe(
      'and 1 organisation that cannot be named for their safety',
    );
    expect(await visitor.content()).not.toContain(HIDDEN);
    const served = await request(app.url).get(`/l/${letter.slug}`);
    expect(served.text).not.toContain(HIDDEN);
    await visitor.goto(`/embed/${letter.slug}`);
    await visitor.waitForLoadState('networkidle');
    expect(await visitor.content()).not.toContain(HIDDEN);
    const pdf = await pdfOf(letter.slug);
    expect(pdf).toContain('Release the twelve journalists');
    expect(pdf).not.toContain(HIDDEN);
  });

  it('a material revision mails the guest the diff; re-confirming from the manage page lists it again on the new hash; withdrawing removes it', async () => {
    const revised = await reviseLetter(app, lead, { letterId: letter.letterId, body: REVISED, material: true });
    const notice = await smtp.waitFor(namedEmail, (m) => /re-confirm/i.test(m.parsed.subject ?? ''));
    expect(notice.parsed.text).toContain(revised.contentHash);
    expect(notice.parsed.text).toContain('fourteen');
    const manage = linkIn(notice.parsed.text, '/endorsements/manage');
    // Not listed until it re-confirms.
    expect(await (await publicPage(letter.slug)).content()).not.toContain('Rights Watch');

    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(onApp(app.url, manage));
    await page.getByRole('heading', { level: 1, name: 'Your signature' }).waitFor();
    await page.getByTestId('manage-status').filter({ hasText: 'Not listed until you re-confirm' }).waitFor();
    const diff = page.getByLabel('Changes between the versions');
    await diff.getByText('-We ask for the release of **twelve** journalists.').waitFor();
    await diff.getByText('+We ask for the release of **fourteen** journalists.').waitFor();
    // Opening the link (as a mail scanner does) changes nothing: the buttons do.
    expect(await endorsementOf(letter.letterId, NAMED)).toEqual([
      { status: 'NEEDS_RECONFIRMATION', content_hash: letter.contentHash, anonymous: false },
    ]);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'guest-manage-reconfirm-phone');
    await page.getByRole('link', { name: 'Download the signed receipt' }).waitFor();

    await page.getByRole('button', { name: 'Confirm version 2' }).click();
    await page
      .getByTestId('manage-status')
      .filter({ hasText: /^Signed$/ })
      .waitFor();
    expect(await page.getByTestId('manage-hash').textContent()).toBe(revised.contentHash);
    expect(await endorsementOf(letter.letterId, NAMED)).toEqual([
      { status: 'SIGNED', content_hash: revised.contentHash, anonymous: false },
    ]);
    const listed = await publicPage(letter.slug);
    await listed.getByRole('region', { name: 'Signatories' }).getByText(NAMED).waitFor();
    expect(await listed.getByTestId('content-hash').count()).toBe(0);

    // Switching to unnamed takes it off the list, by a button press too.
    await page.getByRole('button', { name: 'Sign without being named' }).click();
    await page
      .getByTestId('manage-listed')
      .filter({ hasText: /^Not named/ })
      .waitFor();
    expect(await endorsementOf(letter.letterId, NAMED)).toEqual([
      { status: 'SIGNED', content_hash: revised.contentHash, anonymous: true },
    ]);
    expect(await (await publicPage(letter.slug)).content()).not.toContain('Rights Watch');
    await page.getByRole('button', { name: 'Be named' }).click();
    await page.getByTestId('manage-listed').filter({ hasText: NAMED }).waitFor();

    // Withdrawing (with a reason) removes it from the public page.
    await page.getByLabel('Reason (optional, for the lead organisations)').fill('Our board has not agreed');
    await page.getByRole('button', { name: 'Withdraw the signature' }).click();
    await page.getByText('The signature is withdrawn').waitFor();
    await page
      .getByTestId('manage-status')
      .filter({ hasText: /^Withdrawn/ })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const { rows } = await app.sql.query<{ status: string; withdraw_reason: string }>(
      `SELECT e.status, e.withdraw_reason FROM endorsements e JOIN organisations o ON o.id = e.organisation_id
        WHERE e.letter_id = $1 AND o.name = $2`,
      [letter.letterId, NAMED],
    );
    expect(rows).toEqual([{ status: 'WITHDRAWN', withdraw_reason: 'Our board has not agreed' }]);
    expect(await (await publicPage(letter.slug)).content()).not.toContain('Rights Watch');

    // The link is used up: opened again, it shows nothing.
    await page.goto(onApp(app.url, manage));
    await page.getByText('This link no longer opens a signature').waitFor();
    expect(namedWalk.documents).toBe(1);
  });

  it('the text changes while the guest reads (STALE_VERSION): the page shows the diff, and the next press signs the new text', async () => {
    const stale = await openLetter(app, lead, { title: 'Changed under the reader', body: BODY, visibility: 'PUBLIC' });
    const email = uniqueEmail('reader');
    const link = await invite(stale.letterId, email, 'Late Readers Union');
    const page = await browsers.page();
    const walk = new Walk(page, app.url);
    await walk.openMailLink(link);
    const form = page.getByRole('region', { name: 'Sign for your organisation' });
    await walk.fill(form.getByLabel('Your name'), 'Lee Reader');
    await walk.fill(form.getByLabel('Your title'), 'Secretary');
    await walk.tick(form.getByLabel('I am authorised to sign for this organisation.'));

    const revised = await reviseLetter(app, lead, { letterId: stale.letterId, body: REVISED, material: true });
    await form.getByRole('button', { name: 'Sign', exact: true }).click();
    const changed = page.getByTestId('text-changed');
    await changed.getByRole('heading', { name: 'The text changed while you were reading' }).waitFor();
    await changed.getByText('+We ask for the release of **fourteen** journalists.').waitFor();
    expect(await page.getByTestId('content-hash').textContent()).toBe(revised.contentHash);
    expect(await endorsementOf(stale.letterId, 'Late Readers Union')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Sign version 2' }).click();
    await page.getByTestId('guest-signed').waitFor();
    expect(await endorsementOf(stale.letterId, 'Late Readers Union')).toEqual([
      { status: 'SIGNED', content_hash: revised.contentHash, anonymous: false },
    ]);
    expect(walk.documents).toBe(1);
    expect(walk.fieldsFilled).toBe(3);
  });

  it('before: the invited path through an account (sign up, confirm, sign in, create the organisation, accept, sign), counted', async () => {
    const before = await openLetter(app, lead, { title: 'The old way', body: BODY, visibility: 'PUBLIC' });
    const email = uniqueEmail('oldway');
    const link = await invite(before.letterId, email, 'Old Way Association');
    const page = await browsers.page();
    const walk = new Walk(page, app.url);

    // The invitation's link, then an account: today's page says to create one and open the link again.
    await walk.openMailLink(link);
    await page.getByRole('heading', { level: 1, name: 'The old way' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Create an account' }).click();
    const signUp = page.locator('form');
    await signUp.getByLabel('Your name').waitFor();
    await walk.meets(signUp);
    await walk.fill(signUp.getByLabel('Your name'), 'Olive Oldway');
    await walk.fill(signUp.getByLabel('Email'), email);
    await walk.fill(signUp.getByLabel('Password'), PASSWORD);
    await signUp.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    // The second mail: confirm the address.
    const verification = await smtp.waitFor(email, (m) => /Confirm your email/.test(m.parsed.subject ?? ''));
    await walk.openMailLink(linkIn(verification.parsed.text, '/verify-email'));
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await page.getByText('Your email address is confirmed').waitFor();

    // Sign in.
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    const signIn = page.locator('form');
    await signIn.getByLabel('Password').waitFor();
    await walk.meets(signIn);
    await walk.fill(signIn.getByLabel('Email'), email);
    await walk.fill(signIn.getByLabel('Password'), PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();

    // Create the organisation.
    await page.getByRole('link', { name: 'Create an organisation' }).click();
    const create = page.locator('form');
    await create.getByLabel('Name').waitFor();
    await walk.meets(create);
    await walk.fill(create.getByLabel('Name'), 'Old Way Association');
    await walk.fill(create.getByLabel('Country'), 'GB');
    await walk.fill(create.getByLabel('Website'), 'https://oldway.example');
    await create.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Old Way Association' }).waitFor();

    // Back to the first mail: open the invitation again and accept it for the organisation.
    await walk.openMailLink(link);
    const fromAccount = page.getByRole('region', { name: 'Or answer from your account' });
    const accept = fromAccount.locator('form').first();
    await accept.getByLabel('Answer for').waitFor();
    await walk.meets(fromAccount);
    await accept.getByRole('button', { name: 'Accept and read the letter' }).click();
    await page.getByRole('link', { name: /Read and sign/ }).click();

    // The letter's page, and its signing form.
    const panel = page.getByRole('region', { name: 'Sign for Old Way Association' });
    await panel.getByLabel('Your name').waitFor();
    await walk.meets(panel);
    await walk.fill(panel.getByLabel('Your name'), 'Olive Oldway');
    await walk.fill(panel.getByLabel('Your title'), 'Director');
    await panel.getByRole('button', { name: 'Sign for Old Way Association' }).click();
    await page.getByTestId('signed-status').waitFor();
    expect(await endorsementOf(before.letterId, 'Old Way Association')).toEqual([
      { status: 'SIGNED', content_hash: before.contentHash, anonymous: false },
    ]);

    console.info(`BEFORE (through an account): ${walk.summary()}`);
    expect({
      documents: walk.documents,
      screens: walk.screens.length,
      mailsOpened: walk.mailsOpened,
      fieldsShown: walk.fieldsShown,
      fieldsFilled: walk.fieldsFilled,
    }).toEqual({
      // The invitation mail, the confirmation mail, the invitation mail again.
      documents: 3,
      // Invitation, sign-up, confirmation, sign-in, start page, new organisation, organisation, invitation, letter.
      screens: 9,
      mailsOpened: 3,
      // Sign-up 3, sign-in 2, organisation 4, accept 2 (the organisation, a reason to decline), signing 5.
      fieldsShown: 16,
      fieldsFilled: 10,
    });
  });
});
