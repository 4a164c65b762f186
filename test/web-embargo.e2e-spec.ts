import type { Page } from 'playwright-core';
import { Browsers, seriousViolations } from './support/browser';
import { eventually } from './support/eventually';
import { organisationWithOwner, PASSWORD, type OrganisationOwner } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 24 in a real Chromium, in Taipei (UTC+8): a lead drafts a letter under embargo from the
 * new-letter form, sees it with a countdown on the dashboard, moves it, opens the letter, and lifts
 * the embargo; the times typed are the reader's own clock's.
 */
describe('web app: an embargo from the new-letter form to its lifting (issue 24)', () => {
  let app: TestApp;
  let lead: OrganisationOwner;
  let page: Page;
  const browsers = new Browsers(() => app.url);

  beforeAll(async () => {
    app = await startTestApp({ WORKER: 'on' });
    lead = await organisationWithOwner(app, { name: 'Embargo Coalition Lead' });
    page = await browsers.page({ timezoneId: 'Asia/Taipei' });
  });
  afterAll(async () => {
    await browsers.close();
    await app?.close();
  });

  async function stored(slug: string): Promise<{ publish_at: Date | null; status: string }> {
    const { rows } = await app.sql.query<{ publish_at: Date | null; status: string }>(
      'SELECT publish_at, status FROM letters WHERE slug = $1',
      [slug],
    );
    return rows[0];
  }

  it('sets the embargo in the reader’s time, counts down, moves it and lifts it', async () => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();

    await page.getByRole('link', { name: 'Draft a new letter' }).click();
    await page.getByLabel('Title').fill('Timed for the summit');
    await page.getByLabel('Text (Markdown)').fill('Dear Minister,\n\nWe ask you to act before the summit.');
    // 07:01 on 18 June 2030 in Taipei is 23:01 on 17 June UTC.
    await page.getByLabel('Embargoed until (optional): public only from then').fill('2030-06-18T07:01');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Timed for the summit' }).waitFor();
    const slug = new URL(page.url()).pathname.split('/').pop() as string;
    expect((await stored(slug)).publish_at?.toISOString()).toBe('2030-06-17T23:01:00.000Z');

    const embargo = page.getByRole('region', { name: 'Embargo', exact: true });
    await embargo.getByText(/Embargoed until .*June 18, 2030/).waitFor();
    const countdown = embargo.getByText(/^Public in [\d,]+ days \d\d:\d\d:\d\d$/);
    const first = await countdown.textContent();
    await eventually(async () => (await countdown.textContent()) !== first, { what: 'the countdown ticking' });
    expect(await seriousViolations(page)).toEqual([]);

    // Moved later, in the reader's time.
    await embargo.getByLabel('Public from').fill('2030-06-19T09:30');
    await embargo.getByRole('button', { name: 'Set the embargo' }).click();
    await eventually(async () => (await stored(slug)).publish_at?.toISOString() === '2030-06-19T01:30:00.000Z', {
      what: 'the embargo moved',
    });
    await embargo.getByText(/Embargoed until .*June 19, 2030/).waitFor();

    // Opened, the letter stays under embargo; lifted, it is public at once and the control goes.
    await page.getByRole('button', { name: 'Open for signatures' }).click();
    await eventually(async () => (await stored(slug)).status === 'OPEN', { what: 'the letter open' });
    await page.reload();
    await embargo.getByRole('button', { name: 'Lift the embargo now' }).click();
    await eventually(async () => (await stored(slug)).publish_at === null, { what: 'the embargo lifted' });
    await embargo.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'public page' }).waitFor();
  });
});
