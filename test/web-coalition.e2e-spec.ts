import type { Page } from 'playwright-core';
import { Browsers, linkIn, onApp, screenshot, scrollsSideways, seriousViolations } from './support/browser';
import { organisationWithOwner, PASSWORD, uniqueEmail, type OrganisationOwner } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const REFRESH_SESSION = graphql(`
  mutation WebCoalitionRefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
    }
  }
`);

/**
 * Issue 14's coordinator flow in a real Chromium, against the API serving the built web app, with
 * mail through a real SMTP server and the worker running: every step is done the way a person
 * does it, by reading the page and using its labelled controls.
 */
describe('web app: a coalition letter from sign-up to delivery', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let coordinator: Page;
  let named: OrganisationOwner;
  let hidden: OrganisationOwner;
  let coLead: OrganisationOwner;
  const coordinatorEmail = uniqueEmail('coordinator');
  const recipientEmail = uniqueEmail('minister');
  const HIDDEN_NAME = 'Hidden Defenders Collective';
  let slug = '';

  const browsers = new Browsers(() => app.url);
  const newPage = (): Promise<Page> => browsers.page();

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  }

  /** Waits until the element shows `expected`, without reloading the page (a marker survives only in this document). */
  async function showsLive(page: Page, testId: string, expected: string): Promise<void> {
    await page
      .getByTestId(testId)
      .filter({ hasText: new RegExp(`^${expected}$`) })
      .waitFor({ timeout: 20_000 });
    expect(await page.evaluate<boolean>('window.__sameDocument === true')).toBe(true);
  }

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      WORKER: 'on',
      PUBLIC_URL: 'https://undersigned.example',
      DELIVERY_RATE_PER_MINUTE: '6000',
    });
    named = await organisationWithOwner(app, { name: 'Named Rights Watch', country: 'GB' });
    hidden = await organisationWithOwner(app, { name: HIDDEN_NAME, country: 'HK' });
    coLead = await organisationWithOwner(app, { name: 'Co-leading Alliance', country: 'US' });
    coordinator = await newPage();
  });

  if (process.env.DEBUG_WEB) {
    let step = 0;
    afterEach(() => browsers.screenshots(String(++step)));
  }

  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  it('signs up, confirms the address with the emailed link, and signs in', async () => {
    await coordinator.goto('/signup');
    await coordinator.getByLabel('Your name').fill('Coral Coordinator');
    await coordinator.getByLabel('Email').fill(coordinatorEmail);
    await coordinator.getByLabel('Password').fill(PASSWORD);
    await coordinator.getByRole('button', { name: 'Create account' }).click();
    await coordinator.getByRole('heading', { name: 'Check your email' }).waitFor();

    const mail = await smtp.waitFor(coordinatorEmail);
    await coordinator.goto(onApp(app.url, linkIn(mail.parsed.text, '/verify-email')));
    // Opening the link (as a mail scanner does) confirms nothing: the button does.
    const confirm = coordinator.getByRole('button', { name: 'Confirm my email address' });
    await confirm.waitFor();
    const verified = () =>
      app.sql.query('SELECT email_verified_at IS NOT NULL AS verified FROM users WHERE email = $1', [coordinatorEmail]);
    expect((await verified()).rows).toEqual([{ verified: false }]);
    await confirm.click();
    await coordinator.getByText('Your email address is confirmed').waitFor();
    expect((await verified()).rows).toEqual([{ verified: true }]);

    await coordinator.goto('/signin');
    await screenshot(coordinator, 'sign-in');
    expect(await seriousViolations(coordinator)).toEqual([]);
    await signIn(coordinator, coordinatorEmail);
    expect(await seriousViolations(coordinator)).toEqual([]);
  });

  it('creates an organisation and drafts a letter in the editor', async () => {
    await coordinator.getByRole('link', { name: 'Create an organisation' }).click();
    await coordinator.getByLabel('Name').fill('Coalition for Release');
    await coordinator.getByLabel('Country').fill('GB');
    await coordinator.getByRole('button', { name: 'Create organisation' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Coalition for Release' }).waitFor();
    expect(await seriousViolations(coordinator)).toEqual([]);

    await coordinator.getByRole('link', { name: 'Undersigned' }).click();
    await coordinator.getByRole('link', { name: 'Draft a new letter' }).click();
    await coordinator.getByLabel('Title').fill('Release the detained journalists');
    await coordinator
      .getByLabel('Text (Markdown)')
      .fill('Dear Secretary of State,\n\nWe ask for the release of **twelve** journalists.\n\nYours sincerely');
    await coordinator.getByRole('button', { name: 'Save the draft' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Release the detained journalists' }).waitFor();
    slug = new URL(coordinator.url()).pathname.split('/').pop() as string;
    expect(slug).toMatch(/^release-the-detained-journalists-/);

    await coordinator.getByRole('heading', { name: 'Edit the text' }).waitFor();
    await screenshot(coordinator, 'editor');
    expect(await seriousViolations(coordinator)).toEqual([]);
  });

  it('adds a co-lead, invites two organisations and opens the letter', async () => {
    const coLeads = coordinator.getByRole('region', { name: 'Co-leads' });
    await coLeads.getByLabel('Ask an organisation to co-lead').fill('Co-leading');
    await coLeads.getByRole('button', { name: 'Find' }).click();
    await coLeads.getByRole('button', { name: 'Choose Co-leading Alliance' }).click();
    await coLeads.getByText('The organisation’s owner must accept').waitFor();
    const letterId = await app.sql
      .query<{ id: string }>('SELECT id FROM letters WHERE slug = $1', [slug])
      .then((r) => r.rows[0].id);
    // The co-lead's owner accepts, in their own browser.
    const coLeadPage = await newPage();
    await signIn(coLeadPage, coLead.email);
    await coLeadPage.getByRole('link', { name: 'Co-leading Alliance' }).click();
    await coLeadPage
      .getByRole('region', { name: 'Asked to co-lead' })
      .getByRole('button', { name: 'Accept co-leading Release the detained journalists' })
      .click();
    await coLeadPage.getByText(/led by Coalition for Release, Co-leading Alliance/).waitFor();
    const leads = await app.sql.query('SELECT 1 FROM letter_leads WHERE letter_id = $1 AND accepted_at IS NOT NULL', [
      letterId,
    ]);
    expect(leads.rowCount).toBe(2);

    const invite = coordinator.getByRole('region', { name: 'Invite organisations to sign' });
    for (const [search, name] of [
      ['Named Rights', 'Named Rights Watch'],
      ['Hidden Defenders', HIDDEN_NAME],
    ]) {
      await invite.getByLabel('Find an organisation on Undersigned').fill(search);
      await invite.getByRole('button', { name: 'Find' }).click();
      await invite.getByRole('button', { name: `Choose ${name}` }).click();
    }
    await invite.getByRole('button', { name: 'Send 2 invitations' }).click();
    await invite.getByText('2 invitations sent.').waitFor();

    await coordinator.getByRole('button', { name: 'Open for signatures' }).click();
    await coordinator.getByText('Open for signatures', { exact: true }).first().waitFor();
    await coordinator.getByRole('button', { name: 'Close for signatures' }).waitFor();
    await coordinator.evaluate('window.__sameDocument = true');
    await showsLive(coordinator, 'count-invited', '2');
    await showsLive(coordinator, 'count-signed', '0');
  });

  let namedPage: Page;
  let hiddenPage: Page;

  it('one invitee signs named, the other unnamed, each from their own browser; the dashboard counts follow live', async () => {
    namedPage = await newPage();
    await signIn(namedPage, named.email);
    const invitation = await smtp.waitFor(named.email, (m) => / to co-sign a letter$/.test(m.parsed.subject ?? ''));
    await namedPage.goto(onApp(app.url, linkIn(invitation.parsed.text, '/invitations/letter')));
    await namedPage.getByRole('button', { name: 'Accept and read the letter' }).click();
    await namedPage.getByRole('link', { name: /Read and sign/ }).click();
    const panel = namedPage.getByRole('region', { name: 'Sign for Named Rights Watch' });
    await panel.getByLabel('Your name').fill('Nadia Named');
    await panel.getByLabel('Your title').fill('Director');
    await panel.getByRole('button', { name: 'Sign for Named Rights Watch' }).click();
    await namedPage.getByTestId('signed-status').filter({ hasText: 'as “Named Rights Watch”' }).waitFor();
    await showsLive(coordinator, 'count-signed', '1');

    hiddenPage = await newPage();
    await signIn(hiddenPage, hidden.email);
    await hiddenPage.goto(`/letters/${slug}`);
    const hiddenPanel = hiddenPage.getByRole('region', { name: `Sign for ${HIDDEN_NAME}` });
    await hiddenPanel.getByLabel('Your name').fill('Anonymous Person');
    await hiddenPanel.getByLabel('Your title').fill('Chair');
    await hiddenPanel.getByLabel(/Sign without being named/).check();
    await hiddenPanel.getByRole('button', { name: `Sign for ${HIDDEN_NAME}` }).click();
    await hiddenPage.getByTestId('signed-status').filter({ hasText: 'without being named' }).waitFor();
    await showsLive(coordinator, 'count-signed', '2');
    await showsLive(coordinator, 'count-anonymous', '1');
    await coordinator
      .getByTestId('endorsements')
      .getByRole('cell', { name: 'Named Rights Watch', exact: true })
      .waitFor();
  });

  it('a material revision shows the invitee the diff, and re-confirming signs the new text', async () => {
    const editor = coordinator.getByRole('region', { name: 'Edit the text' });
    await editor
      .getByLabel('Text (Markdown)')
      .fill('Dear Secretary of State,\n\nWe ask for the release of **fourteen** journalists.\n\nYours sincerely');
    await editor.getByRole('button', { name: 'Save a new version' }).click();
    await editor.getByText('Saved as version 2.').waitFor();
    await showsLive(coordinator, 'count-reconfirm', '2');

    await namedPage.reload();
    await namedPage.getByTestId('reconfirm-needed').waitFor();
    const diff = namedPage.getByLabel('Changes between the versions');
    await diff.getByText('-We ask for the release of **twelve** journalists.').waitFor();
    await diff.getByText('+We ask for the release of **fourteen** journalists.').waitFor();
    await screenshot(namedPage, 'reconfirm-diff');
    await namedPage.getByRole('button', { name: 'Confirm version 2' }).click();
    await namedPage.getByTestId('signed-status').filter({ hasText: '(version 2)' }).waitFor();
    await showsLive(coordinator, 'count-reconfirm', '1');
    await showsLive(coordinator, 'count-signed', '1');

    await hiddenPage.reload();
    await hiddenPage.getByRole('button', { name: 'Confirm version 2' }).click();
    await hiddenPage.getByTestId('signed-status').filter({ hasText: 'without being named' }).waitFor();
    await showsLive(coordinator, 'count-reconfirm', '0');
    await showsLive(coordinator, 'count-signed', '2');
  });

  it('the public page names the named signatory, counts the unnamed one, passes axe and fits a phone', async () => {
    const visitor = await newPage();
    await visitor.setViewportSize({ width: 390, height: 844 });
    const served = await visitor.goto(`/l/${slug}`);
    await visitor.getByRole('heading', { level: 1, name: 'Release the detained journalists' }).waitFor();
    await visitor.getByRole('region', { name: 'Signatories' }).getByText('Named Rights Watch').waitFor();
    expect(await visitor.getByTestId('unnamed').textContent()).toBe(
      'and 1 organisation that cannot be named for their safety',
    );
    expect(await scrollsSideways(visitor)).toBe(false);
    await screenshot(visitor, 'public-letter-phone');
    expect(await seriousViolations(visitor)).toEqual([]);

    // Link previews: the served HTML carries the letter's title as Open Graph tags.
    const html = (await served?.text()) ?? '';
    expect(html).toContain('<meta property="og:title" content="Release the detained journalists">');
    // Neither the served HTML nor the page as rendered names the unnamed signatory.
    expect(html).not.toContain(HIDDEN_NAME);
    expect(await visitor.content()).not.toContain(HIDDEN_NAME);
  });

  it('delivers to a recipient over SMTP and shows the delivery become SENT without a reload', async () => {
    const recipients = coordinator.getByRole('region', { name: 'Recipients' });
    await recipients.getByLabel('Recipient’s name').fill('Secretary of State');
    await recipients.getByLabel('Recipient’s email').fill(recipientEmail);
    await recipients.getByRole('button', { name: 'Add recipient' }).click();
    await recipients.getByText(recipientEmail).waitFor();

    coordinator.once('dialog', (dialog) => void dialog.accept());
    await coordinator.getByRole('button', { name: 'Deliver the letter' }).click();
    await showsLive(coordinator, 'delivery-status-Secretary of State', 'sent');
    await coordinator.getByRole('link', { name: 'its verification page' }).waitFor();
    expect(await coordinator.getByRole('button', { name: 'Deliver the letter' }).count()).toBe(0);
    const delivered = await smtp.waitFor(recipientEmail);
    expect(delivered.parsed.subject).toContain('Release the detained journalists');
    await screenshot(coordinator, 'dashboard');
    expect(await seriousViolations(coordinator)).toEqual([]);

    // The delivered letter's verification page is public too: it does not name the unnamed either.
    const edition = await app.sql.query<{ id: string }>(
      'SELECT e.id FROM letter_editions e JOIN letters l ON l.id = e.letter_id WHERE l.slug = $1',
      [slug],
    );
    const visitor = await newPage();
    for (const path of [`/verify/${edition.rows[0].id}`, `/l/${slug}`]) {
      const response = await visitor.goto(path);
      expect(response?.status()).toBe(200);
      await visitor.waitForLoadState('networkidle');
      expect(await visitor.content()).not.toContain(HIDDEN_NAME);
    }
  });

  it('signing out ends the session on the server and clears the dashboard, in this tab and the others', async () => {
    const dashboard = `/letters/${slug}`;
    await coordinator.goto(dashboard);
    const otherTab = await coordinator.context().newPage();
    await otherTab.goto(dashboard);
    for (const page of [coordinator, otherTab]) {
      await page
        .getByTestId('endorsements')
        .getByRole('cell', { name: `${HIDDEN_NAME} unnamed` })
        .waitFor();
    }
    // Each lead organisation's name is isolated, so a right-to-left name cannot reorder the list.
    expect(await coordinator.locator('p.meta bdi').allTextContents()).toEqual([
      'Coalition for Release',
      'Co-leading Alliance',
    ]);
    const stored = await coordinator.evaluate<string>("localStorage.getItem('undersigned.session') ?? ''");
    const { refreshToken } = JSON.parse(stored) as { refreshToken: string };

    await coordinator.getByRole('button', { name: 'Sign out' }).click();
    for (const page of [coordinator, otherTab]) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await page.content()).not.toContain(HIDDEN_NAME);
      // A fresh start page: no cache or socket of the session is left.
      expect(new URL(page.url()).pathname).toBe('/');
    }
    const refreshed = await app.gql(REFRESH_SESSION, { refreshToken });
    expect(refreshed.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
