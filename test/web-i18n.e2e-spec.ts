import type { Page } from 'playwright-core';
import { Browsers, screenshot, scrollsSideways, seriousViolations } from './support/browser';
import { openLetter, organisationWithOwner, PASSWORD, type OrganisationOwner } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The web app in the reader's language (issue 21 part 5): ?lang, then the stored choice, then the
 * browser's languages; `<html lang dir>` set by it; the right-to-left pseudo-locale mirrors the layout.
 */
describe('web app: the reader’s language', () => {
  let app: TestApp;
  let lead: OrganisationOwner;
  let slug = '';
  const TITLE = 'Free the detained journalists';
  const browsers = new Browsers(() => app.url);

  beforeAll(async () => {
    app = await startTestApp();
    lead = await organisationWithOwner(app, { name: 'Rights Watch Asia' });
    ({ slug } = await openLetter(app, lead, { title: TITLE }));
  });
  afterAll(async () => {
    await browsers.close();
    await app?.close();
  });

  const htmlAttributes = (page: Page) =>
    page.evaluate<{ lang: string; dir: string }>(
      '({ lang: document.documentElement.lang, dir: document.documentElement.dir })',
    );

  async function openPublicPage(page: Page, query = ''): Promise<void> {
    await page.goto(`/l/${slug}${query}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  }

  it('speaks Simplified Chinese to a browser asking for zh-CN, and English when ?lang=en says so', async () => {
    const page = await browsers.page({ locale: 'zh-CN' });
    await openPublicPage(page);
    expect(await htmlAttributes(page)).toEqual({ lang: 'zh-Hans', dir: 'ltr' });
    await page.getByRole('heading', { level: 2, name: '签署者' }).waitFor();
    expect(await page.getByTestId('public-counts').textContent()).toBe('已有 0 个组织签署');
    expect(await page.getByRole('link', { name: '登录' }).count()).toBe(1);

    await openPublicPage(page, '?lang=en');
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.getByRole('heading', { level: 2, name: 'Signatories' }).waitFor();
    expect(await page.getByTestId('public-counts').textContent()).toBe('0 organisations have signed');
  });

  it('keeps the language picked in the header over the browser’s, and passes axe in Traditional Chinese', async () => {
    const page = await browsers.page({ locale: 'zh-CN' });
    await openPublicPage(page);
    await page.getByLabel('语言').selectOption('zh-Hant');
    await page.getByRole('heading', { level: 2, name: '簽署者' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'zh-Hant', dir: 'ltr' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('heading', { level: 2, name: '簽署者' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'zh-Hant', dir: 'ltr' });
    expect(await page.getByRole('button', { name: '連署' }).count()).toBe(0); // no open sign-on on this letter
    await screenshot(page, 'public-letter-zh-hant');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('speaks English to an English browser', async () => {
    const page = await browsers.page({ locale: 'en-GB' });
    await openPublicPage(page);
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.getByRole('heading', { level: 2, name: 'Signatories' }).waitFor();
  });

  /** The header's brand (the item at the start of the line) sits at the right edge, the language picker left of it. */
  async function mirroredHeader(page: Page): Promise<void> {
    const width = page.viewportSize()?.width ?? 0;
    const brand = await page.locator('header.site .brand').boundingBox();
    const picker = await page.locator('header.site .language-picker').boundingBox();
    expect(brand && picker).toBeTruthy();
    if (!brand || !picker) return;
    expect(brand.x + brand.width).toBeGreaterThan(width - 40);
    expect(brand.x).toBeGreaterThan(width / 2);
    expect(picker.x).toBeLessThan(brand.x);
    expect(await scrollsSideways(page)).toBe(false);
  }

  it('mirrors the public page and the dashboard in the right-to-left pseudo-locale, without sideways scroll at 390 px', async () => {
    const page = await browsers.page({ locale: 'en-US' });
    await page.setViewportSize({ width: 390, height: 844 });
    await openPublicPage(page, '?lang=en-XB');
    expect(await htmlAttributes(page)).toEqual({ lang: 'en-XB', dir: 'rtl' });
    await mirroredHeader(page);
    // The app's own words run right to left; the letter's title keeps its own direction (dir="auto").
    expect(
      await page.evaluate<string>("getComputedStyle(document.querySelector('[data-testid=public-counts]')).direction"),
    ).toBe('rtl');
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('h1')).direction")).toBe('ltr');
    await screenshot(page, 'public-letter-rtl');

    // Signed in (in English), the letter's dashboard in the pseudo-locale.
    await page.goto('/signin?lang=en');
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await page.goto(`/letters/${slug}?lang=en-XB`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en-XB', dir: 'rtl' });
    await mirroredHeader(page);
    await screenshot(page, 'dashboard-rtl');
  });
});
