import type { Page } from 'playwright-core';
import { Browsers, seriousViolations } from './support/browser';
import { eventually } from './support/eventually';
import { createLetter, openDraft, organisationWithOwner, PASSWORD, type OrganisationOwner } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { eventOf, verifiesV1, WebhookReceiver } from './support/webhooks';

/** An organisation's webhooks on its page, in a real Chromium: made, the secret shown once, a delivery sent again. */
describe('web app: webhooks on the organisation page', () => {
  const receiver = new WebhookReceiver();
  let app: TestApp;
  let owner: OrganisationOwner;
  let page: Page;
  const browsers = new Browsers(() => app.url);

  beforeAll(async () => {
    await receiver.start();
    app = await startTestApp({
      WORKER: 'on',
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      WEBHOOK_DISPATCH_INTERVAL_MS: '200',
    });
    owner = await organisationWithOwner(app, { name: 'Webhook Page Coalition' });
    page = await browsers.page();
  });
  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await receiver.stop();
  });

  it('creates a hook, shows its secret once, lists a delivery and redelivers it', async () => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();

    await page.goto(`/organisations/${owner.organisationId}`);
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await page.getByLabel('Receiver URL (https://…)').fill(`${receiver.url}/page`);
    await page.getByLabel('A supporter confirmed').uncheck();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await page.locator('.webhook-secret').textContent({ timeout: 15_000 })) ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await page.getByRole('button', { name: 'Copy' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The hook is listed; its events are the ones ticked.
    const hook = page.getByRole('article', { name: `${receiver.url}/page` });
    await hook.waitFor();
    expect(await hook.textContent()).not.toContain('A supporter confirmed');

    // Shown once: the page read again has no secret on it.
    await page.reload();
    await page.getByRole('article', { name: `${receiver.url}/page` }).waitFor();
    expect(await page.locator('.webhook-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    // An event, sent and verified with the secret the page showed.
    const letter = await createLetter(app, owner.user, owner.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, owner, letter.id);
    const first = await eventually(() => receiver.on('/page')[0], { what: 'the event' });
    expect(eventOf(first).type).toBe('letter.opened');
    expect(verifiesV1(first, secret)).toBe(true);

    await eventually(
      async () => (await app.sql.query(`SELECT 1 FROM webhook_deliveries WHERE status = 'SUCCEEDED'`)).rows.length > 0,
      { what: 'the delivery recorded' },
    );
    await page.reload();
    const listed = page.getByRole('article', { name: `${receiver.url}/page` });
    await listed.getByText(/A letter opened: delivered, 1 attempt \(HTTP 200\)/).waitFor();
    await listed.getByRole('button', { name: 'Redeliver' }).click();
    const again = await eventually(() => receiver.on('/page')[1], { what: 'the redelivery' });
    expect(again.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(verifiesV1(again, secret)).toBe(true);
  }, 120_000);
});
