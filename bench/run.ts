/**
 * `npm run bench`: requests per second and p99 latency of the API's main read paths, measured
 * against `{ __typename }` on the same server in the same run, and the rows/s of `import:areas` on
 * 1,000,000 generated rows, written to bench/results.md (`BENCH_ONLY=import` runs the import alone).
 * Uses DATABASE_URL when set, else a throw-away embedded PostgreSQL.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { JWT_AUDIENCE, JWT_ISSUER, runMigrations } from '@undersigned/common';
import { benchImport, IMPORT_HEADING, importSection } from './import';
import { databaseSchema } from '../migrations/data-source';
import { withDatabase } from '../scripts/with-database';
import { petitionBench, type PetitionResult } from './petition';
import { startBenchApi } from './bench-api';
import { gql } from './graphql-client';
import { webBench, webSection, type WebResult } from './web';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ORGANISATIONS = 200;
const ENDORSERS = 1_000;
const CONCURRENT_SIGNERS = 400;
const CONNECTIONS_PETITION = 50;

interface Result {
  name: string;
  rps: number;
  p99: number;
  errors: number;
}

/** Seeds, in SQL, a PUBLIC OPEN letter with ENDORSERS signing organisations, and signers ready to sign it. */
async function seedEndorsements(
  databaseUrl: string,
  letterId: string,
): Promise<{ hash: string; signers: { userId: string; organisationId: string }[] }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ content_hash: string; id: string }>(
      'SELECT content_hash, id FROM letter_versions WHERE letter_id = $1 AND number = 1',
      [letterId],
    );
    const [{ content_hash: hash, id: versionId }] = rows;
    await client.query(
      `WITH orgs AS (
         INSERT INTO organisations (slug, name, country)
         SELECT 'endorser-' || n, 'Endorser ' || lpad(n::text, 4, '0'), (ARRAY['US','GB','CN','HK','Tibet'])[1 + n % 5]
         FROM generate_series(1, $3::int) n RETURNING id, name)
       INSERT INTO endorsements (letter_id, organisation_id, status, signed_version_id, signed_version_number, content_hash,
         signer_name, signer_title, display_name, anonymous, signed_at, receipt)
       SELECT $1, id, 'SIGNED', $2, 1, $4, 'Signer', 'Director', name, random() < 0.02, now(), 'seeded'
       FROM orgs`,
      [letterId, versionId, ENDORSERS, hash],
    );
    const signers = await client.query<{ userId: string; organisationId: string }>(
      `WITH users AS (
         INSERT INTO users (email, name, password_hash, email_verified_at)
         SELECT 'signer' || n || '@bench.invalid', 'Signer ' || n, 'not-a-hash', now() FROM generate_series(1, $1::int) n
         RETURNING id, name),
       orgs AS (
         INSERT INTO organisations (slug, name) SELECT 'signing-' || n, 'Signing ' || n FROM generate_series(1, $1::int) n
         RETURNING id, name)
       INSERT INTO memberships (organisation_id, user_id, role)
       SELECT o.id, u.id, 'OWNER' FROM users u JOIN orgs o ON substring(o.name from 9) = substring(u.name from 8)
       RETURNING user_id AS "userId", organisation_id AS "organisationId"`,
      [CONCURRENT_SIGNERS],
    );
    return { hash, signers: signers.rows };
  } finally {
    await client.end();
  }
}

/** One session per user, as a log-in makes: user id → session id. */
async function startSessions(databaseUrl: string, userIds: string[]): Promise<Map<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; userId: string }>(
      `INSERT INTO sessions (id, user_id, user_agent, device_hash)
       SELECT gen_random_uuid(), u, 'bench', repeat('0', 64) FROM unnest($1::uuid[]) u
       RETURNING id, user_id AS "userId"`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.userId, r.id]));
  } finally {
    await client.end();
  }
}

async function measure(name: string, url: string, query: string, variables: object = {}): Promise<Result> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    // The load comes from a worker thread, so that the client does not eat the server's event loop.
    workers: 1,
  });
  return { name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function seed(url: string, databaseUrl: string): Promise<{ letterId: string }> {
  const account = { email: 'bench@example.org', password: 'benchmark password' };
  await gql(url, `mutation($input: SignUpInput!) { signUp(input: $input) }`, { input: { ...account, name: 'Bench' } });
  // Only a verified account acts for organisations; the bench has no mailbox to click the link in.
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [account.email]);
  await client.end();
  const logIn = (await gql(url, `mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`, {
    input: account,
  })) as { logIn: { accessToken: string } };
  const token = logIn.logIn.accessToken;
  let leadId = '';
  for (let i = 0; i < ORGANISATIONS; i++) {
    const created = (await gql(
      url,
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name: `Organisation ${String(i).padStart(3, '0')}`, country: i % 2 ? 'GB' : 'US' } },
      token,
    )) as { createOrganisation: { id: string } };
    leadId ||= created.createOrganisation.id;
  }
  const letter = (await gql(
    url,
    `mutation($input: CreateLetterInput!) { createLetter(input: $input) { id } }`,
    {
      input: {
        title: 'Benchmark letter',
        body: 'Text.\n\nMore text.',
        leadOrganisationId: leadId,
        visibility: 'PUBLIC',
      },
    },
    token,
  )) as { createLetter: { id: string } };
  const letterId = letter.createLetter.id;
  await gql(url, `mutation($id: ID!) { openLetter(letterId: $id) { id } }`, { id: letterId }, token);
  return { letterId };
}

const RESULTS_FILE = join(__dirname, 'results.md');

/** `BENCH_ONLY=import`: the import case alone, replacing only its section of results.md. */
async function importOnly(): Promise<void> {
  const result = await withDatabase(async (databaseUrl) => {
    await runMigrations(databaseUrl, databaseSchema(databaseUrl));
    return benchImport(databaseUrl);
  });
  const previous = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : '# Benchmark results\n\n';
  const at = previous.indexOf(IMPORT_HEADING);
  const kept = (at < 0 ? previous : previous.slice(0, at)).trimEnd();
  const lines = importSection(result);
  writeFileSync(RESULTS_FILE, `${kept}\n\n${lines.join('\n')}`);
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  if (process.env.BENCH_ONLY === 'import') return importOnly();
  let petition: { results: PetitionResult[]; notes: string[] } = { results: [], notes: [] };
  let web: WebResult | undefined;
  const results = await withDatabase(async (databaseUrl) => {
    await runMigrations(databaseUrl, databaseSchema(databaseUrl));
    petition = await petitionBench(databaseUrl);
    web = await webBench(databaseUrl);
    const api = await startBenchApi(databaseUrl);
    const { app, url } = api;
    try {
      const { letterId } = await seed(url, databaseUrl);
      const { hash, signers } = await seedEndorsements(databaseUrl, letterId);
      const jwt = app.get(JwtService, { strict: false });
      // Every access token names a live session (the guard checks it on each request).
      const sessions = await startSessions(
        databaseUrl,
        signers.map((s) => s.userId),
      );
      const tokens = await Promise.all(
        signers.map((s) =>
          jwt.signAsync(
            { sub: s.userId, sid: sessions.get(s.userId), amr: ['password'] },
            { expiresIn: 3600, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
          ),
        ),
      );
      let next = 0;
      const endorse = await autocannon({
        url: `${url}/graphql`,
        connections: CONNECTIONS,
        amount: signers.length,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const i = next++ % signers.length;
              return {
                ...request,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` },
                body: JSON.stringify({
                  query: `mutation($input: EndorseInput!) { endorseLetter(input: $input) { id status } }`,
                  variables: {
                    input: {
                      letterId,
                      organisationId: signers[i].organisationId,
                      contentHash: hash,
                      signerName: 'S',
                      signerTitle: 'D',
                    },
                  },
                }),
              };
            },
          },
        ],
      });
      const signed = await gql(url, 'query($id: ID!) { letter(id: $id) { counts { signed } } }', { id: letterId });
      return [
        await measure('{ __typename }', url, '{ __typename }'),
        await measure(
          'organisations(first: 50), 200 organisations',
          url,
          '{ organisations(first: 50) { totalCount edges { cursor node { id slug name country } } pageInfo { hasNextPage } } }',
        ),
        await measure(
          'public letter with current version, leads and timeline',
          url,
          'query($id: ID!) { letter(id: $id) { title status currentVersion { contentHash body } leadOrganisations { name } timeline { kind title } } }',
          { id: letterId },
        ),
        await measure(
          `signatories(first: 50) with nested organisation, ${ENDORSERS} endorsers`,
          url,
          'query($id: ID!) { letter(id: $id) { signatories(first: 50) { totalCount anonymousCount edges { node { displayName country lead signedAt organisation { id name slug country } } } } } }',
          { id: letterId },
        ),
        {
          name: `endorseLetter, ${signers.length} organisations signing at once (${JSON.stringify((signed as { letter: { counts: unknown } }).letter.counts)} after)`,
          rps: endorse.requests.average,
          p99: endorse.latency.p99,
          errors: endorse.errors + endorse.non2xx,
        },
      ];
    } finally {
      await api.close();
    }
  });
  // After the HTTP cases, so that its writes (and the autovacuum after them) do not weigh on them.
  const imported = await withDatabase(async (databaseUrl) => {
    await runMigrations(databaseUrl, databaseSchema(databaseUrl));
    return benchImport(databaseUrl);
  });
  const baseline = results[0].rps;
  const cpu = cpus();
  const lines = [
    '# Benchmark results',
    '',
    `Run ${new Date().toISOString()} with \`npm run bench\`: autocannon, ${CONNECTIONS} connections, ${DURATION_SECONDS} s per case, one API process (NODE_ENV=production, WORKER=off) and PostgreSQL on the same machine.`,
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} GiB free), ${osType()} ${release()}, Node.js ${process.version}.`,
    '',
    '| case | requests/s | p99 latency (ms) | errors | rate vs `{ __typename }` |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p99} | ${r.errors} | ${(r.rps / baseline).toFixed(2)} |`,
    ),
    '',
    '## Petition mode: 2 API processes and 1 worker against one PostgreSQL',
    '',
    `${CONNECTIONS_PETITION} connections per case (half to each API process), ${DURATION_SECONDS} s per case but confirmSignature (a fixed number of links). Aims as ratios to \`{ __typename }\` of this table: signPetition ≥ 0.35, count.json ≥ 0.9, the public letter query ≥ 0.8.`,
    '',
    '| case | requests/s | p99 latency (ms) | errors | rate vs `{ __typename }` |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...petition.results.map(
      (r) =>
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p99} | ${r.errors} | ${(r.rps / (petition.results[0]?.rps ?? 1)).toFixed(2)} |`,
    ),
    '',
    ...petition.notes.map((note) => `- ${note}`),
    '',
    ...(web ? webSection(web) : []),
    ...importSection(imported),
  ];
  writeFileSync(RESULTS_FILE, lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
