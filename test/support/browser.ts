import AxeBuilder from '@axe-core/playwright';
import chromium from '@sparticuz/chromium';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';

/**
 * A real headless Chromium: the one @sparticuz/chromium ships inside its npm package (Linux x64),
 * or CHROMIUM_PATH's on other systems.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());
  return playwright.launch({ executablePath, args: chromium.args, headless: true });
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
