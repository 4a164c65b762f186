import AxeBuilder from '@axe-core/playwright';
import chromium from '@sparticuz/chromium';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium as playwright, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * A real headless Chromium: the one @sparticuz/chromium ships inside its npm package (Linux x64),
 * or CHROMIUM_PATH's on other systems.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());
  return playwright.launch({ executablePath, args: chromium.args, headless: true });
}

/**
 * The people of a test, each with their own Chromium. @sparticuz/chromium runs --single-process,
 * where browser contexts of one browser were seen sharing localStorage (so a signed-in session),
 * and closing a context could take the browser down with it.
 */
export class Browsers {
  private readonly open: Browser[] = [];

  constructor(private readonly baseURL: () => string) {}

  /**
   * A new person's page (`options` such as their browser's `locale`, which sets Accept-Language and
   * navigator.languages); with DEBUG_WEB set, GraphQL errors and console lines are printed.
   */
  async page(options: BrowserContextOptions = {}): Promise<Page> {
    const browser = await launchBrowser();
    this.open.push(browser);
    const page = await (await browser.newContext({ ...options, baseURL: this.baseURL() })).newPage();
    if (process.env.DEBUG_WEB) {
      page.on('response', async (response) => {
        if (!response.url().endsWith('/graphql')) return;
        const text = await response.text().catch(() => '');
        if (text.includes('"errors"')) console.log(response.request().postData()?.slice(0, 300), text.slice(0, 500));
      });
      page.on('console', (message) => console.log('console:', message.text()));
    }
    return page;
  }

  /** Screenshots of every open page, as debug-<label>-<n>.png. */
  async screenshots(label: string): Promise<void> {
    let n = 0;
    for (const browser of this.open) {
      for (const context of browser.contexts())
        for (const page of context.pages()) await screenshot(page, `debug-${label}-${n++}`);
    }
  }

  async close(): Promise<void> {
    for (const browser of this.open.splice(0)) await browser.close();
  }
}

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** A full-page screenshot in test-artifacts/ (not committed), for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe-core's serious and critical violations on the page as it stands, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

/** Whether the page scrolls sideways (its content is wider than the viewport). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
}

/** An email link opened on the test server: the path and token the mail carries, on the app's origin. */
export function onApp(appUrl: string, link: string): string {
  const url = new URL(link);
  return `${appUrl}${url.pathname}${url.search}`;
}

/** The first link in a mail's text whose path starts with `path`. */
export function linkIn(text: string | undefined, path: string): string {
  for (const match of (text ?? '').matchAll(/https?:\/\/\S+/g)) {
    if (new URL(match[0]).pathname.startsWith(path)) return match[0];
  }
  throw new Error(`no ${path} link in the message`);
}
