import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogProblems, extractMessages, WEB_SOURCE } from './i18n-check';

describe('the catalog check (npm run i18n:check)', () => {
  let dir = '';
  const write = (locale: string, catalog: Record<string, string>) =>
    writeFileSync(join(dir, `${locale}.json`), JSON.stringify(catalog));
  const DECLARED = { 'greeting.hello': 'Hello, {name}', 'greeting.bye': 'Goodbye' };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
    write('en', DECLARED);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes whole catalogs', () => {
    write('zh-Hans', { 'greeting.hello': '你好，{name}', 'greeting.bye': '再见' });
    expect(catalogProblems(dir, DECLARED)).toEqual([]);
  });

  it('fails a catalog that misses a key of en.json', () => {
    write('zh-Hans', { 'greeting.hello': '你好，{name}' });
    const problems = catalogProblems(dir, DECLARED);
    expect(problems).toContain('zh-Hans.json misses "greeting.bye"');
  });

  it('fails a catalog with a key en.json lacks', () => {
    write('zh-Hant', { 'greeting.hello': '你好，{name}', 'greeting.bye': '再見', 'greeting.extra': '多餘' });
    expect(catalogProblems(dir, DECLARED)).toContain('zh-Hant.json has "greeting.extra", which en.json lacks');
  });

  it('fails a translation that renames a placeholder', () => {
    write('zh-Hant', { 'greeting.hello': '你好，{who}', 'greeting.bye': '再見' });
    const problems = catalogProblems(dir, DECLARED);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^formatjs verify:[\s\S]*greeting\.hello/);
  });

  it('fails when the code has a message en.json misses or words differently, or en.json one no code uses', () => {
    const problems = catalogProblems(dir, {
      'greeting.hello': 'Hello there, {name}',
      'greeting.new': 'New',
    });
    expect(problems).toEqual([
      'en.json words "greeting.hello" differently from the code',
      'en.json misses "greeting.new", which the code uses',
      'en.json has "greeting.bye", which no code uses',
    ]);
  });

  it('extracts the web app’s messages with their English', () => {
    const declared = extractMessages(WEB_SOURCE);
    expect(declared['header.signIn']).toBe('Sign in');
    expect(declared['goalBar.goal']).toBe(' of a goal of {goal, number}');
  });
});
