/**
 * `npm run bench:web`: what the public letter page costs a reader — the compressed JavaScript it
 * loads and the GraphQL requests made before the letter shows — measured in a real Chromium
 * against the built app, and written into bench/results.md's "Web" section (also run by `npm run bench`).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@undersigned/common';
import { databaseSchema } from '../migrations/data-source';
import { withDatabase } from '../scripts/with-database';
import { launchBrowser } from '../test/support/browser';
import { startBenchApi } from './bench-api';
import { gql } from './graphql-client';

export const WEB_BUDGET = { compressedJsKb: 150, graphqlRequests: 3 };

export interface WebResult {
  jsFiles: number;
  compressedJsBytes: number;
  rawJsBytes: number;
  graphqlRequestsBeforeLetter: number;
  graphqlRequestsTotal: number;
  signatories: number;
}

/** Opens `url/l/slug` in a fresh Chromium and counts what it loads until the letter's heading shows. */
export async function measurePublicPage(
  url: string,
  slug: string,
  title: string,
): Promise<Omit<WebResult, 'signatories'>> {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    let graphql = 0;
    const scripts: Promise<{ encoded: number; raw: number }>[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') graphql += 1;
    });
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      scripts.push(
        Promise.all([request.sizes(), request.response().then((r) => r?.body())]).then(([sizes, body]) => ({
          encoded: sizes.responseBodySize,
          raw: body?.length ?? 0,
        })),
      );
    });
    await page.goto(`${url}/l/${slug}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const before = graphql;
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(scripts);
    return {
      jsFiles: sizes.length,
      compressedJsBytes: sizes.reduce((sum, s) => sum + s.encoded, 0),
      rawJsBytes: sizes.reduce((sum, s) => sum + s.raw, 0),
      graphqlRequestsBeforeLetter: before,
      graphqlRequestsTotal: graphql,
    };
  } finally {
    await browser.close();
  }
}

/** The results.md section for a measurement. */
export function webSection(result: WebResult): string[] {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return [
    '## Web: the public letter page',
    '',
    `Measured with \`npm run bench:web\` (and \`npm run bench\`): a fresh headless Chromium opens \`/l/:slug\` of an open public letter with open sign-on and ${result.signatories} named signatories, served by the API (NODE_ENV=production) from the built app with Brotli.`,
    '',
    '| measure | value | budget |',
    '| --- | ---: | ---: |',
    `| JavaScript loaded, compressed as sent (${result.jsFiles} files) | ${kb(result.compressedJsBytes)} kB | ≤ ${WEB_BUDGET.compressedJsKb} kB |`,
    `| the same, uncompressed | ${kb(result.rawJsBytes)} kB | |`,
    `| GraphQL requests before the letter shows | ${result.graphqlRequestsBeforeLetter} | ≤ ${WEB_BUDGET.graphqlRequests} |`,
    `| GraphQL requests in all, until the network is idle | ${result.graphqlRequestsTotal} | |`,
    '',
    'Counts stay live over one graphql-ws WebSocket (not counted above: it opens after the letter shows).',
    '',
  ];
}

/** Replaces (or adds) the Web section of results.md, leaving the rest as `npm run bench` wrote it. */
function spliceIntoResults(section: string[]): void {
  const path = join(__dirname, 'results.md');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  const start = current.indexOf('## Web: the public letter page');
  const end = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const kept = start < 0 ? current : current.slice(0, start) + (end < 0 ? '' : current.slice(end + 1));
  writeFileSync(path, `${kept.trimEnd()}\n\n${section.join('\n')}`);
}

/** Builds the web app if it is missing or stale (the same step as `npm start`). */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-if-needed.js'), '--web'], {
    stdio: 'inherit',
  });
}

const SIGNATORIES = 60;
const TITLE = 'Release the detained journalists';

/** A public open letter of a few paragraphs, signed by SIGNATORIES organisations (written in SQL: the page only lists them). */
async function seedLetter(url: string, databaseUrl: string): Promise<string> {
  const account = { email: 'web-bench@example.org', password: 'benchmark password' };
  await gql(url, `mutation($input: SignUpInput!) { signUp(input: $input) }`, { input: { ...account, name: 'Bench' } });
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [account.email]);
    const token = (
      (await gql(url, `mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`, {
        input: account,
      })) as {
        logIn: { accessToken: string };
      }
    ).logIn.accessToken;
    const org = (await gql(
      url,
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      {
        input: { name: 'Bench Coalition', country: 'GB' },
      },
      token,
    )) as { createOrganisation: { id: string } };
    const paragraph =
      'We, the undersigned organisations, call on you to use the meeting to secure the release of the journalists detained for their work, and to make their release a condition of any further agreement.';
    const letter = (await gql(
      url,
      `mutation($input: CreateLetterInput!) { createLetter(input: $input) { id slug currentVersion { id contentHash } } }`,
      {
        input: {
          title: TITLE,
          body: ['Dear Secretary of State,', paragraph, paragraph, paragraph, 'Yours sincerely,'].join('\n\n'),
          leadOrganisationId: org.createOrganisation.id,
          visibility: 'PUBLIC',
        },
      },
      token,
    )) as { createLetter: { id: string; slug: string; currentVersion: { id: string; contentHash: string } } };
    const { id, slug, currentVersion } = letter.createLetter;
    await gql(url, `mutation($id: ID!) { openLetter(letterId: $id) { id } }`, { id }, token);
    // Open sign-on on: the page shows its "Sign on for your organisation" (the form loads on the press).
    await gql(url, `mutation($id: ID!) { setOpenSignOn(letterId: $id, open: true) { id } }`, { id }, token);
    await client.query(
      `WITH orgs AS (
         INSERT INTO organisations (name, slug, country)
         SELECT 'Signing Organisation ' || i, 'signing-organisation-' || i, 'US' FROM generate_series(1, $1::int) i
         RETURNING id, name)
       INSERT INTO endorsements (letter_id, organisation_id, signed_version_id, signed_version_number, content_hash,
                                 signer_name, signer_title, display_name, status, signed_at, receipt)
       SELECT $2, id, $3, 1, $4, 'Signer', 'Director', name, 'SIGNED', now(), 'bench fixture' FROM orgs`,
      [SIGNATORIES, id, currentVersion.id, currentVersion.contentHash],
    );
    return slug;
  } finally {
    await client.end();
  }
}

/** Seeds a letter on a fresh API and measures its public page. */
export async function webBench(databaseUrl: string): Promise<WebResult> {
  ensureWebBuilt();
  const api = await startBenchApi(databaseUrl);
  try {
    const slug = await seedLetter(api.url, databaseUrl);
    return { ...(await measurePublicPage(api.url, slug, TITLE)), signatories: SIGNATORIES };
  } finally {
    await api.close();
  }
}

async function main(): Promise<void> {
  const result = await withDatabase(async (databaseUrl) => {
    await runMigrations(databaseUrl, databaseSchema(databaseUrl));
    return webBench(databaseUrl);
  });
  const section = webSection(result);
  spliceIntoResults(section);
  console.log(section.join('\n'));
  if (
    result.compressedJsBytes > WEB_BUDGET.compressedJsKb * 1024 ||
    result.graphqlRequestsBeforeLetter > WEB_BUDGET.graphqlRequests
  ) {
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
}
