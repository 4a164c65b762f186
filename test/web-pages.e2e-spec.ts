import request from 'supertest';
import type { Page } from 'playwright-core';
import { Browsers, linkIn, onApp, screenshot, seriousViolations } from './support/browser';
import { createLetter, openLetter, organisationWithOwner, PASSWORD, signUp, uniqueEmail } from './support/factories';
import { setPetition } from './support/petitions';
import { SmtpSink } from './support/smtp-sink';
import { SET_TARGETING } from './support/targeting';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const UPSERT_TARGETS = graphql(`
  mutation WebPagesUpsertTargets($input: [TargetInput!]!) {
    upsertTargets(input: $input) {
      id
    }
  }
`);
const INVITE_MEMBER = graphql(`
  mutation WebPagesInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
    }
  }
`);
const INVITE_ENDORSERS = graphql(`
  mutation WebPagesInviteEndorsers($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);

/**
 * The web app as the API serves it: which paths answer with the app (and its security headers),
 * which stay the API's, the link-preview tags, and the pages that email links open.
 */
const ADMIN_EMAIL = 'web.admin@example.org';

describe('web app: serving, link previews and email-link pages', () => {
  const smtp = new SmtpSink();
  let app: TestApp;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      WORKER: 'on',
      PUBLIC_URL: 'https://undersigned.example',
      PLATFORM_ADMIN_EMAILS: ADMIN_EMAIL,
      PLATFORM_ADMIN_TWO_FACTOR: 'optional',
    });
  });
  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  const browsers = new Browsers(() => app.url);
  const newPage = (): Promise<Page> => browsers.page();

  it("answers the app's deep links with index.html and a CSP that allows only the app itself", async () => {
    for (const path of [
      '/',
      '/signin',
      '/invitations/letter?token=x',
      '/endorsements/manage?token=x',
      '/sign-on/confirm?token=x',
      '/organisations/abc',
      '/letters/some-letter-k3v9qz',
    ]) {
      const response = await request(app.url).get(path);
      expect([path, response.status, response.type]).toEqual([path, 200, 'text/html']);
      expect(response.text).toContain('<div id="root"></div>');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it("leaves the API's own routes alone", async () => {
    expect((await request(app.url).get('/health')).type).toBe('application/json');
    expect((await request(app.url).get('/.well-known/jwks.json')).body.keys).toBeDefined();
    const graphql = await request(app.url).get('/graphql').query({ query: '{ __typename }' });
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } });
    const pdf = await request(app.url).get('/letters/no-such-letter-k3v9qz.pdf');
    expect(pdf.status).toBe(404);
    expect(pdf.type).toBe('application/json');
    const unknown = await request(app.url).get('/no-such-page');
    expect(unknown.status).toBe(404);
    expect(unknown.text).not.toContain('<div id="root">');
  });

  it('serves the scripts compressed and cacheable for good', async () => {
    const index = await request(app.url).get('/');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1] as string;
    const response = await request(app.url).get(script).set('Accept-Encoding', 'br').buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it("fills a public letter's Open Graph tags, escaped, and tells nothing of a letter the public may not read", async () => {
    const lead = await organisationWithOwner(app, { name: 'Preview Lead' });
    const title = 'Free them <script>alert(1)</script> & "now"';
    const open = await openLetter(app, lead, { title, body: 'We **ask** for <b>release</b> today.' });
    const page = await request(app.url).get(`/l/${open.slug}`).set('Host', 'attacker.example');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta property="og:url" content="https://undersigned.example/l/${open.slug}">`);
    expect(page.text).not.toContain('attacker.example');
    expect(page.text).toContain(
      '<meta property="og:title" content="Free them &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;now&quot;">',
    );
    expect(page.text).toContain(
      '<meta property="og:description" content="We ask for &lt;b&gt;release&lt;/b&gt; today.">',
    );
    expect(page.text).not.toContain('<script>alert(1)');

    const draft = await createLetter(app, lead.user, lead.organisationId, {
      visibility: 'PUBLIC',
      title: 'Secret draft title',
    });
    const hidden = await request(app.url).get(`/l/${draft.slug}`);
    expect(hidden.status).toBe(404);
    expect(hidden.text).not.toContain('Secret draft title');
    expect(hidden.text).toContain('<div id="root"></div>');
  });

  it('puts a title with replacement patterns like $& and $` into the page as written', async () => {
    const lead = await organisationWithOwner(app, { name: 'Dollar Lead' });
    const title = "Pay $& now, $` and $' too";
    const open = await openLetter(app, lead, { title, body: 'Costs $1 & more.' });
    const page = await request(app.url).get(`/l/${open.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Pay $&amp; now, $` and $&#39; too · Undersigned</title>');
    expect(page.text).toContain('<meta property="og:title" content="Pay $&amp; now, $` and $&#39; too">');
    expect(page.text.match(/<div id="root"><\/div>/g)).toHaveLength(1);
  });

  it('describes the site on its own pages (one description each), and a letter by its first words', async () => {
    for (const path of ['/', '/signin', '/forgot-password', '/reset-password', '/account', '/minor-edits/object']) {
      const page = await request(app.url).get(path);
      expect(page.status).toBe(200);
      expect(page.text.match(/<meta name="description" content="Undersigned: organisations draft/g)).toHaveLength(1);
    }
    const lead = await organisationWithOwner(app, { name: 'Description Lead' });
    const open = await openLetter(app, lead, { title: 'Described', body: 'Our first words.' });
    const letter = await request(app.url).get(`/l/${open.slug}`);
    expect(letter.text.match(/<meta name="description"/g)).toHaveLength(1);
    expect(letter.text).toContain('<meta name="description" content="Our first words.">');
  });

  it('answers a path that is not valid percent-encoding with not found, not a server error', async () => {
    const letter = await request(app.url).get('/l/%E0');
    expect(letter.status).toBe(404);
    expect(letter.text).toContain('<div id="root"></div>');
    const page = await newPage();
    await page.goto('/embed/%E0');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });

  it('shows right-to-left text right to left', async () => {
    const lead = await organisationWithOwner(app, { name: 'RTL Lead' });
    const open = await openLetter(app, lead, { title: 'أطلقوا سراح المعتقلين', body: 'نطالب بالإفراج عنهم الآن.' });
    const page = await newPage();
    await page.goto(`/l/${open.slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const direction = (selector: string) =>
      page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).direction`);
    expect(await direction('h1')).toBe('rtl');
    // Each block of the text by its own first strong letter, as in the edition.
    expect(await direction('.markdown p')).toBe('rtl');
    expect(await direction('body')).toBe('ltr');
  });

  it("finds a supporter's representative from their postcode on an OWN_REPRESENTATIVE letter", async () => {
    const admin = await signUp(app, 'Web Admin', ADMIN_EMAIL);
    const upserted = await app.gql(
      UPSERT_TARGETS,
      {
        input: [
          {
            externalId: 'w1',
            name: 'Sevenoaks Member',
            title: 'MP',
            party: 'Independent',
            areaCode: 'E14001465',
            areaType: 'WMC',
          },
        ],
      },
      admin.accessToken,
    );
    expect(upserted.body.errors).toBeUndefined();
    await app.sql.query(`INSERT INTO postcode_areas VALUES ('BR87RE', 'WMC', 'E14001465')`);
    const lead = await organisationWithOwner(app, { name: 'Targeting Lead' });
    const open = await openLetter(app, lead, { title: 'Write to your MP' });
    await setPetition(app, lead, { letterId: open.letterId, acceptSupporters: true, askPostcode: true });
    const targeted = await app.gql(
      SET_TARGETING,
      { input: { letterId: open.letterId, mode: 'OWN_REPRESENTATIVE', areaType: 'WMC' } },
      lead.token,
    );
    expect(targeted.body.errors).toBeUndefined();

    const page = await newPage();
    await page.goto(`/l/${open.slug}`);
    const finder = page.getByRole('region', { name: 'Find your representative' });
    await finder.getByLabel('Your postcode').fill('not a postcode');
    await finder.getByRole('button', { name: 'Find' }).click();
    await finder.getByRole('alert').filter({ hasText: 'That does not look like a postcode.' }).waitFor();
    await finder.getByLabel('Your postcode').fill('br8 7re');
    await finder.getByRole('button', { name: 'Find' }).click();
    await finder.getByTestId('representatives').getByText('Sevenoaks Member').waitFor();
    expect(await finder.getByTestId('representatives').textContent()).toBe(
      'Sevenoaks Member, MP (Independent) · E14001465',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a failed sign-in in plain words, keeps what was typed, and passes axe', async () => {
    const page = await newPage();
    await page.goto('/signin');
    await page.getByLabel('Email').fill('nobody@example.org');
    await page.getByLabel('Password').fill('wrong password entirely');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or password is not right.' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('nobody@example.org');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a membership invitation link signs the invitee in and back to the invitation, which makes them a member', async () => {
    const owner = await organisationWithOwner(app, { name: 'Inviting Org' });
    const invitee = await signUp(app, 'Invited Person', uniqueEmail('invitee'));
    const invited = await app.gql(
      INVITE_MEMBER,
      { input: { organisationId: owner.organisationId, email: invitee.email, role: 'SIGNATORY' } },
      owner.token,
    );
    expect(invited.body.errors).toBeUndefined();
    const mail = await smtp.waitFor(invitee.email, (m) => (m.parsed.text ?? '').includes('/invitations/membership'));
    const page = await newPage();
    await page.goto(onApp(app.url, linkIn(mail.parsed.text, '/invitations/membership')));
    // The token leaves the address bar (and the history) once read; the page keeps it.
    const signInLink = page.getByRole('main').getByRole('link', { name: 'sign in', exact: true });
    await signInLink.waitFor();
    expect(new URL(page.url()).search).toBe('');
    await signInLink.click();
    await page.getByLabel('Email').fill(invitee.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Join an organisation' }).waitFor();
    await page.waitForURL((url) => url.pathname === '/invitations/membership' && url.search === '');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await page.getByText('You are now a member of Inviting Org (signatory).').waitFor();
    await screenshot(page, 'membership-invitation');
    const roles = await app.sql.query('SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2', [
      invitee.id,
      owner.organisationId,
    ]);
    expect(roles.rows).toEqual([{ role: 'SIGNATORY' }]);
  });

  it('a letter invitation can be declined with a reason from its link', async () => {
    const lead = await organisationWithOwner(app, { name: 'Asking Lead' });
    const invitee = await organisationWithOwner(app, { name: 'Declining Org' });
    const open = await openLetter(app, lead, { title: 'A letter to decline' });
    await app.gql(
      INVITE_ENDORSERS,
      { input: { letterId: open.letterId, invitees: [{ organisationId: invitee.organisationId }] } },
      lead.token,
    );
    const mail = await smtp.waitFor(invitee.email, (m) => / to co-sign a letter$/.test(m.parsed.subject ?? ''));
    const page = await newPage();
    const link = onApp(app.url, linkIn(mail.parsed.text, '/invitations/letter'));
    await page.goto(`/signin?next=${encodeURIComponent(new URL(link).pathname + new URL(link).search)}`);
    await page.getByLabel('Email').fill(invitee.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Reason for declining (optional)').fill('Outside our mandate');
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByText('You declined the invitation.').waitFor();
    const rows = await app.sql.query('SELECT status, decline_reason FROM letter_invitations WHERE letter_id = $1', [
      open.letterId,
    ]);
    expect(rows.rows).toEqual([{ status: 'DECLINED', decline_reason: 'Outside our mandate' }]);
  });

  it("an OWNER creates an API key on the organisation's page, sees its token once, copies it and revokes it", async () => {
    const owner = await organisationWithOwner(app, { name: 'Keyed Org' });
    const page = await browsers.page({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto('/signin');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await page.goto(`/organisations/${owner.organisationId}`);
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await page.getByText('No API keys yet.').waitFor();

    await page.getByLabel('What the key is for').fill('Action Network');
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = page.locator('code.api-key-token');
    await shown.waitFor();
    const token = (await shown.textContent()) ?? '';
    expect(token).toMatch(/^usk_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText('Copied.').waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(token);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'api-key-created');
    // The key works, and is listed as used.
    expect((await request(app.url).get('/osdi/v1').set('OSDI-API-Token', token)).status).toBe(200);

    // Shown once: after a reload the key is listed by its name, and its token is nowhere on the page.
    await page.reload();
    await page.getByText(/Action Network · created .+ · last used/).waitFor();
    expect(await page.content()).not.toContain(token);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('No API keys yet.').waitFor();
    expect((await request(app.url).get('/osdi/v1').set('OSDI-API-Token', token)).status).toBe(401);
  });

  it('renews an expired session only on the error code, and never sends a mutation twice', async () => {
    const person = await signUp(app, 'Careful Person', uniqueEmail('careful'));
    const page = await newPage();
    const refreshes: string[] = [];
    page.on('request', (sent) => {
      if ((sent.postData() ?? '').includes('refreshSession')) refreshes.push(sent.url());
    });
    await page.goto('/signin');
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    const organisationsNamed = async (name: string) =>
      (await app.sql.query('SELECT id FROM organisations WHERE name = $1', [name])).rowCount;

    // A name that is the error code's word is no error: nothing is refreshed or sent again.
    await page.getByRole('link', { name: 'Create an organisation' }).click();
    await page.getByLabel('Name').fill('UNAUTHENTICATED');
    await page.getByLabel('Country').fill('GB');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'UNAUTHENTICATED' }).waitFor();
    expect(await organisationsNamed('UNAUTHENTICATED')).toBe(1);
    expect(refreshes).toEqual([]);

    // An access token the API refuses, set from another tab: the session is renewed, the mutation not resent.
    await page.goto('/organisations/new');
    await page.getByLabel('Name').fill('Sent Once');
    const otherTab = await page.context().newPage();
    await otherTab.goto('/signin');
    await otherTab.evaluate(`{
      const key = 'undersigned.session';
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)), accessToken: 'expired' }));
    }`);
    await otherTab.close();
    await page.getByLabel('Country').fill('GB');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('alert').waitFor();
    expect(refreshes).toHaveLength(1);
    expect(await organisationsNamed('Sent Once')).toBe(0);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sent Once' }).waitFor();
    expect(await organisationsNamed('Sent Once')).toBe(1);
  });
});
