import request from 'supertest';
import type { Page } from 'playwright-core';
import { Browsers, linkIn, onApp, scrollsSideways, seriousViolations } from './support/browser';
import { organisationWithOwner, PASSWORD, reviseLetter, type OrganisationOwner } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// Issue 21, parts 2 and 4 (contract stage 8) in Chromium: the public page in each approved language,
// its served HTML (Open Graph, hreflang), the signing pages beside the original, and the leads'
// translations on the dashboard.

const PUBLIC_URL = 'https://undersigned.example';

const CREATE = graphql(`
  mutation WebTranslationsCreate($input: CreateLetterInput!) {
    createLetter(input: $input) {
      id
      slug
      currentVersion {
        contentHash
      }
    }
  }
`);
const OPEN = graphql(`
  mutation WebTranslationsOpen($letterId: ID!) {
    openLetter(letterId: $letterId) {
      id
    }
  }
`);
const SAVE = graphql(`
  mutation WebTranslationsSave($input: SaveTranslationInput!) {
    saveTranslation(input: $input) {
      id
      status
    }
  }
`);
const APPROVE = graphql(`
  mutation WebTranslationsApprove($translationId: ID!) {
    approveTranslation(translationId: $translationId) {
      id
      status
    }
  }
`);
const SET_OPEN = graphql(`
  mutation WebTranslationsSetOpen($letterId: ID!) {
    setOpenSignOn(letterId: $letterId, open: true) {
      id
    }
  }
`);
const REQUEST = graphql(`
  mutation WebTranslationsRequest($input: RequestToSignInput!) {
    requestToSign(input: $input)
  }
`);
const INVITE = graphql(`
  mutation WebTranslationsInvite($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);

const EN = { title: 'Release the detained journalists', body: 'We call for the **release** of every journalist held.' };
const ZH = { title: '释放被拘留的记者', body: '我们呼吁**释放**所有被关押的记者。' };
const UG = {
  title: 'تۇتۇپ تۇرۇلغان مۇخبىرلارنى قويۇپ بېرىڭ',
  body: 'بىز تۇتۇلغان بارلىق مۇخبىرلارنى قويۇپ بېرىشنى تەلەپ قىلىمىز.',
};
/** A script that makes the page's navigator.languages these (as a browser set to them would). */
const browserLanguages = (languages: string[]): string =>
  `Object.defineProperty(navigator, 'languages', { get: () => ${JSON.stringify(languages)} });`;

const DRAFT_TITLE = 'Draft-only title བོད་ཡིག';

describe('web app: a letter in several languages', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let lead: OrganisationOwner;
  let letterId = '';
  let slug = '';
  let originalHash = '';

  const browsers = new Browsers(() => app.url);

  async function save(language: string, text: { title: string; body: string }, translator?: string): Promise<string> {
    const saved = await app.gql(SAVE, { input: { letterId, language, ...text, translator } }, lead.token);
    expect(saved.body.errors).toBeUndefined();
    return saved.body.data!.saveTranslation.id;
  }

  async function approve(translationId: string): Promise<void> {
    const approved = await app.gql(APPROVE, { translationId }, lead.token);
    expect(approved.body.data?.approveTranslation.status).toBe('APPROVED');
  }

  async function signIn(page: Page, email: string): Promise<void> {
    // The sign-in form in English whatever the browser's languages (?lang is not stored: the next page
    // loaded chooses again from them).
    await page.goto('/signin?lang=en');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  }

  const attribute = (page: Page, testId: string, name: string) => page.getByTestId(testId).getAttribute(name);
  const direction = (page: Page, selector: string) =>
    page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).direction`);

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL });
    lead = await organisationWithOwner(app, { name: 'Journalists Coalition' });
    const created = await app.gql(
      CREATE,
      { input: { leadOrganisationId: lead.organisationId, visibility: 'PUBLIC', language: 'en', ...EN } },
      lead.token,
    );
    expect(created.body.errors).toBeUndefined();
    letterId = created.body.data!.createLetter.id;
    slug = created.body.data!.createLetter.slug;
    originalHash = created.body.data!.createLetter.currentVersion.contentHash;
    expect((await app.gql(OPEN, { letterId }, lead.token)).body.errors).toBeUndefined();
    await approve(await save('zh-Hans', ZH, 'Li Wei'));
    await approve(await save('ug', UG, 'Aygul'));
    await save('bo', { title: DRAFT_TITLE, body: 'A draft nobody approved.' });
  });

  if (process.env.DEBUG_WEB) {
    let step = 0;
    afterEach(() => browsers.screenshots(`translations-${++step}`));
  }

  afterAll(async () => {
    await browsers.close();
    await app?.close();
    await smtp.stop();
  });

  it('serves each language its Open Graph tags and hreflang alternates of the approved ones only', async () => {
    const uyghur = await request(app.url).get(`/l/${slug}?lang=ug`);
    expect(uyghur.status).toBe(200);
    expect(uyghur.text).toContain(`<meta property="og:title" content="${UG.title}">`);
    expect(uyghur.text).toContain(`<meta property="og:url" content="${PUBLIC_URL}/l/${slug}?lang=ug">`);
    expect(uyghur.text).toContain('<meta property="og:locale" content="ug">');
    expect(uyghur.text).toContain(`<title>${UG.title} · Undersigned</title>`);
    const alternates = [...uyghur.text.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(
      ([, language, href]) => `${language} ${href}`,
    );
    expect(alternates).toEqual([
      `en ${PUBLIC_URL}/l/${slug}`,
      `ug ${PUBLIC_URL}/l/${slug}?lang=ug`,
      `zh-Hans ${PUBLIC_URL}/l/${slug}?lang=zh-Hans`,
      `x-default ${PUBLIC_URL}/l/${slug}`,
    ]);

    // A lower-case tag reads the same translation (its canonical form).
    const chinese = await request(app.url).get(`/l/${slug}?lang=zh-hans`);
    expect(chinese.text).toContain(`<meta property="og:title" content="${ZH.title}">`);

    // The DRAFT is on no served page: asked for, the original shows, and no alternate names it.
    for (const path of [`/l/${slug}?lang=bo`, `/l/${slug}`, `/l/${slug}?lang=not!a-tag`]) {
      const page = await request(app.url).get(path);
      expect([path, page.status]).toEqual([path, 200]);
      expect(page.text).toContain(`<meta property="og:title" content="${EN.title}">`);
      expect(page.text).not.toContain('Draft-only');
      expect(page.text).not.toContain('hreflang="bo"');
    }
  });

  it('shows the public page in each approved language with its lang, direction and switcher', async () => {
    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 844 });
    const cases = [
      { query: '', text: EN, lang: 'en', dir: 'ltr' },
      { query: '?lang=zh-Hans', text: ZH, lang: 'zh-Hans', dir: 'ltr' },
      { query: '?lang=ug', text: UG, lang: 'ug', dir: 'rtl' },
    ];
    for (const { query, text, lang, dir } of cases) {
      await page.goto(`/l/${slug}${query}`);
      await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
      expect([lang, await attribute(page, 'letter-title', 'lang')]).toEqual([lang, lang]);
      expect([lang, await attribute(page, 'letter-text', 'lang')]).toEqual([lang, lang]);
      expect([lang, await direction(page, 'h1')]).toEqual([lang, dir]);
      expect([lang, await direction(page, '[data-testid=letter-text] .markdown')]).toEqual([lang, dir]);
      expect(await page.getByTestId('letter-text').innerText()).toContain(text.body.replace(/\*\*/g, ''));
      // The switcher: the original and the two approved translations, the one shown current; no DRAFT.
      const links = page.getByTestId('language-switcher').getByRole('link');
      const hreflangs = [];
      for (let i = 0; i < (await links.count()); i++) hreflangs.push(await links.nth(i).getAttribute('hreflang'));
      expect(hreflangs).toEqual(['en', 'ug', 'zh-Hans']);
      expect(await page.getByTestId('language-switcher').locator('[aria-current=page]').getAttribute('hreflang')).toBe(
        lang,
      );
      // A translation says the original is what is signed, naming it and its hash.
      if (lang === 'en') {
        expect(await page.getByTestId('original-is-signed').count()).toBe(0);
      } else {
        // ?lang=zh-Hans also speaks Chinese in the app's own words (it has a catalog); ug does not (English).
        const note = await page.getByTestId('original-is-signed').innerText();
        expect([lang, note]).toEqual([
          lang,
          expect.stringMatching(
            lang === 'zh-Hans'
              ? /英语原文才是签署所依据的、具有权威效力的文本/
              : /original in English is the text that is signed and authoritative/,
          ),
        ]);
        expect(await page.getByTestId('original-hash').innerText()).toBe(originalHash);
      }
      expect(await page.content()).not.toContain('Draft-only');
      expect([lang, await seriousViolations(page)]).toEqual([lang, []]);
      expect([lang, await scrollsSideways(page)]).toEqual([lang, false]);
    }

    // Switching from Uyghur to Chinese in the page itself.
    await page.getByTestId('language-switcher').getByRole('link', { name: /中文/ }).click();
    await page.getByRole('heading', { level: 1, name: ZH.title }).waitFor();
    expect(new URL(page.url()).search).toBe('?lang=zh-Hans');

    // The DRAFT asked for by name: the original, and nothing of the draft.
    await page.goto(`/l/${slug}?lang=bo`);
    await page.getByRole('heading', { level: 1, name: EN.title }).waitFor();
    expect(await page.content()).not.toContain('Draft-only');
  });

  it('keeps the letter’s ?lang when the reader picks the app’s language in the header, and remembers the pick', async () => {
    const page = await browsers.page({ locale: 'en-GB' });
    await page.goto(`/l/${slug}?lang=ug`);
    await page.getByRole('heading', { level: 1, name: UG.title }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en'); // no Uyghur catalog
    await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
    await page.getByRole('heading', { level: 2, name: '簽署者' }).waitFor();
    expect(new URL(page.url()).search).toBe('?lang=ug');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(UG.title);
    expect(await page.getByTestId('original-is-signed').innerText()).toMatch(
      /英文原文才是簽署所依據、具權威效力的文本/,
    );

    // The next visit: ?lang=ug still picks the letter's text; the app speaks the stored choice.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: UG.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: '簽署者' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('zh-Hant');
    expect(await page.getByTestId('language-switcher').locator('[aria-current=page]').getAttribute('hreflang')).toBe(
      'ug',
    );
  });

  it('titles the embedded form in an approved language, never a draft', async () => {
    const page = await browsers.page();
    await page.goto(`/embed/${slug}?lang=ug`);
    await page.getByRole('heading', { level: 1, name: UG.title }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('dir')).toBe('rtl');
    await page.goto(`/embed/${slug}?lang=bo`);
    await page.getByRole('heading', { level: 1, name: EN.title }).waitFor();
    expect(await page.content()).not.toContain('Draft-only');
  });

  it('shows an invited guest the translation ?lang asks for above the original, which is what is signed', async () => {
    const email = 'uyghur.guest@partner.example';
    const invited = await app.gql(
      INVITE,
      { input: { letterId, invitees: [{ email, name: 'Uyghur Partner' }] } },
      lead.token,
    );
    expect(invited.body.errors).toBeUndefined();
    const mail = await smtp.waitFor(email, (m) => / to co-sign a letter$/.test(m.parsed.subject ?? ''));
    const link = new URL(onApp(app.url, linkIn(mail.parsed.text, '/invitations/letter')));
    link.searchParams.set('lang', 'ug');
    const page = await browsers.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(link.toString());
    const translation = page.getByTestId('reader-translation');
    await translation.waitFor();
    expect(await translation.getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('ug');
    expect(await translation.getByRole('heading', { level: 2 }).getAttribute('dir')).toBe('rtl');
    expect(await translation.getByRole('heading', { level: 2 }).innerText()).toBe(UG.title);
    expect(await translation.getByTestId('original-hash').innerText()).toBe(originalHash);
    // The original stays on the page, with the hash the signature binds to.
    expect(await page.getByTestId('content-hash').innerText()).toBe(originalHash);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("speaks the guest's language on the invitation page: its words from the zh-Hans catalog", async () => {
    const email = 'chinese.guest@partner.example';
    const invited = await app.gql(
      INVITE,
      { input: { letterId, invitees: [{ email, name: 'Chinese Partner' }] } },
      lead.token,
    );
    expect(invited.body.errors).toBeUndefined();
    const mail = await smtp.waitFor(email, (m) => / to co-sign a letter$/.test(m.parsed.subject ?? ''));
    const page = await browsers.page();
    await page.addInitScript(browserLanguages(['zh-CN', 'en']));
    await page.goto(onApp(app.url, linkIn(mail.parsed.text, '/invitations/letter')));
    const form = page.getByRole('region', { name: '代表您的组织签署' });
    await form.waitFor();
    expect(await form.getByRole('button', { name: '签署', exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: /^文本（第 \d+ 版）$/ }).count()).toBe(1);
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('诚邀您代表 Chinese Partner 联署这封信。');
    expect(main).toContain('不签署？谢绝邀请');
    expect(main).not.toMatch(/Sign for your organisation|You are invited|Content hash of this text/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows a signed-in signer the translation in their browser's language, then none for an English reader", async () => {
    const page = await browsers.page();
    await page.addInitScript(browserLanguages(['zh-CN', 'en']));
    await signIn(page, lead.email);
    await page.goto(`/letters/${slug}`);
    const translation = page.getByTestId('reader-translation');
    await translation.waitFor();
    expect(await translation.getByRole('heading', { level: 2 }).innerText()).toBe(ZH.title);
    expect(await translation.getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('zh-Hans');
    expect(await translation.getByTestId('original-hash').innerText()).toBe(originalHash);
    // Signing is on the original: the sign panel is there, and its hash is the original's.
    expect(await page.getByTestId('content-hash').innerText()).toBe(originalHash);

    const english = await browsers.page();
    await english.addInitScript(browserLanguages(['en-GB', 'zh-CN']));
    await signIn(english, lead.email);
    await english.goto(`/letters/${slug}`);
    await english.getByTestId('content-hash').waitFor();
    expect(await english.getByTestId('reader-translation').count()).toBe(0);
  });

  it("shows the open sign-on confirmation in the reader's language above the original it signs", async () => {
    expect((await app.gql(SET_OPEN, { letterId }, lead.token)).body.errors).toBeUndefined();
    const email = 'signer@harbour.example';
    const asked = await app.gql(REQUEST, {
      input: {
        letterId,
        email,
        organisationName: 'Harbour Press Freedom',
        country: 'GH',
        signerName: 'Kwame Mensah',
        signerTitle: 'Coordinator',
        authorised: true,
        contentHash: originalHash,
      },
    });
    expect(asked.body).toEqual({ data: { requestToSign: true } });
    const mail = await smtp.waitFor(email, (m) => /Confirm your signature/.test(m.parsed.subject ?? ''));
    const page = await browsers.page();
    await page.addInitScript(browserLanguages(['ug-CN', 'en']));
    await page.goto(onApp(app.url, linkIn(mail.parsed.text, '/sign-on/confirm')));
    const translation = page.getByTestId('reader-translation');
    await translation.waitFor();
    expect(await translation.getByRole('heading', { level: 2 }).innerText()).toBe(UG.title);
    expect(await translation.getByTestId('original-hash').innerText()).toBe(originalHash);
    expect(await translation.getByTestId('original-is-signed').innerText()).toMatch(
      /original in English is the text that is signed/,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets a lead add and approve a translation from the dashboard; a revision outdates them, with the diff', async () => {
    const page = await browsers.page();
    await signIn(page, lead.email);
    await page.goto(`/letters/${slug}`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Translations' }) });
    await section.getByTestId('translations').waitFor();
    const row = (language: string) => section.locator(`li[data-language="${language}"]`);
    expect(await row('bo').getByTestId('translation-status').innerText()).toBe('draft');
    expect(await row('ug').getByTestId('translation-status').innerText()).toBe('approved');
    // Before delivering: the draft is named as left out.
    expect(await page.getByTestId('translations-left-out').innerText()).toMatch(/\(bo\), draft/);

    const form = section.locator('form', { has: page.getByRole('heading', { name: 'Add a translation' }) });
    await form.getByLabel('Language').fill('zh-hant');
    await form.getByLabel('Title').fill('釋放被拘留的記者');
    await form.getByLabel('Text (Markdown)').fill('我們呼籲釋放所有被關押的記者。');
    await form.getByLabel('Translator (credited)').fill('Chen Mei');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await row('zh-Hant').waitFor();
    expect(await row('zh-Hant').getByTestId('translation-status').innerText()).toBe('draft');
    expect(await row('zh-Hant').innerText()).toMatch(/Translated by Chen Mei · based on version 1/);
    // Not public while a draft.
    expect((await request(app.url).get(`/l/${slug}?lang=zh-Hant`)).text).not.toContain('釋放被拘留的記者');

    await row('zh-Hant')
      .getByRole('button', { name: /^Approve/ })
      .click();
    await row('zh-Hant')
      .getByTestId('translation-status')
      .filter({ hasText: /^approved$/ })
      .waitFor();
    const served = await request(app.url).get(`/l/${slug}?lang=zh-Hant`);
    expect(served.text).toContain('<meta property="og:title" content="釋放被拘留的記者">');
    expect(served.text).toContain('hreflang="zh-Hant"');
    expect(await seriousViolations(page)).toEqual([]);

    await reviseLetter(app, lead, {
      letterId,
      material: true,
      body: 'We call for the **immediate release** of every journalist held.',
    });
    await page.reload();
    await row('ug').waitFor();
    for (const language of ['ug', 'zh-Hans', 'zh-Hant', 'bo']) {
      expect([language, await row(language).getByTestId('translation-status').innerText()]).toEqual([
        language,
        'outdated',
      ]);
    }
    const diff = await row('ug').getByTestId('outdated-diff').innerText();
    expect(diff).toMatch(/changed since version 1/);
    expect(diff).toMatch(/\+.*immediate release/);
    expect(diff).toMatch(/-.*\*\*release\*\*/);
    expect(
      await row('ug')
        .getByRole('button', { name: /^Approve/ })
        .count(),
    ).toBe(0);
    expect(await page.getByTestId('translations-left-out').innerText()).toMatch(/\(ug\), outdated/);

    // Outdated ones leave every public surface.
    const original = await request(app.url).get(`/l/${slug}?lang=ug`);
    expect(original.text).toContain(`<meta property="og:title" content="${EN.title}">`);
    expect(original.text).not.toContain('hreflang=');
    const reader = await browsers.page();
    await reader.goto(`/l/${slug}?lang=ug`);
    await reader.getByRole('heading', { level: 1, name: EN.title }).waitFor();
    expect(await reader.getByTestId('language-switcher').count()).toBe(0);
    expect(await reader.content()).not.toContain(UG.title);
  });
});
