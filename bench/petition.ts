/**
 * Petition mode under load, as it would be deployed: 2 API processes and 1 worker (the built
 * deployables, as `npm start` and `npm run start:worker` run them) against one PostgreSQL.
 * Each case is driven by two autocannon instances at once, one per API process.
 */
import autocannon from 'autocannon';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureBuilt, startProcess, stopProcess, waitHealthy, type ServerProcess } from '../test/support/processes';
import { gql } from './graphql-client';

export const SEEDED_SUPPORTERS = 1_000_000;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

export interface PetitionResult {
  name: string;
  rps: number;
  p99: number;
  errors: number;
}

/** Both API processes loaded at once, half the connections each; requests/s summed, the worse p99. */
async function load(
  name: string,
  apis: ServerProcess[],
  options: (api: ServerProcess) => autocannon.Options,
): Promise<PetitionResult> {
  const runs = await Promise.all(
    apis.map((api) => {
      const own = options(api);
      // Functions (setupRequest) cannot cross into autocannon's worker thread: those run in this one.
      const workers = own.requests ? {} : { workers: 1 };
      const length = own.amount ? {} : { duration: DURATION_SECONDS };
      return autocannon({ connections: CONNECTIONS / apis.length, ...length, ...workers, ...own });
    }),
  );
  const result = {
    name,
    rps: runs.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...runs.map((r) => r.latency.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
  console.log(JSON.stringify(result));
  return result;
}

function post(query: string, variables: object = {}): (api: ServerProcess) => autocannon.Options {
  return (api) => ({
    url: `${api.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
}

/** A POST of `query` with new variables for each request (a distinct email, the next token). */
function eachPost(query: string, variables: () => object): (api: ServerProcess) => autocannon.Options {
  return (api) => ({
    url: `${api.url}/graphql`,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: variables() }),
        }),
      },
    ],
  });
}

/** A PUBLIC, OPEN letter collecting supporters, through the API; its id and slug. */
async function petitionLetter(url: string, sql: Client, title: string): Promise<{ id: string; slug: string }> {
  const email = `lead-${randomBytes(4).toString('hex')}@bench.invalid`;
  await gql(url, `mutation($input: SignUpInput!) { signUp(input: $input) }`, {
    input: { email, password: 'benchmark password', name: 'Lead' },
  });
  await sql.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [email]);
  const { logIn } = (await gql(url, `mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`, {
    input: { email, password: 'benchmark password' },
  })) as { logIn: { accessToken: string } };
  const token = logIn.accessToken;
  const { createOrganisation } = (await gql(
    url,
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    { input: { name: `Campaign ${title}` } },
    token,
  )) as { createOrganisation: { id: string } };
  const { createLetter } = (await gql(
    url,
    `mutation($input: CreateLetterInput!) { createLetter(input: $input) { id slug } }`,
    { input: { title, body: 'We ask you to act.', leadOrganisationId: createOrganisation.id, visibility: 'PUBLIC' } },
    token,
  )) as { createLetter: { id: string; slug: string } };
  await gql(url, `mutation($id: ID!) { openLetter(letterId: $id) { id } }`, { id: createLetter.id }, token);
  await gql(
    url,
    `mutation($input: PetitionSettingsInput!) { setPetitionSettings(input: $input) { id } }`,
    {
      input: {
        letterId: createLetter.id,
        acceptSupporters: true,
        goal: 100,
        raiseGoalWhenReached: true,
        supporterNames: 'LISTED',
      },
    },
    token,
  );
  return createLetter;
}

/** `count` signatures of a letter written by one INSERT … SELECT, PENDING (with their tokens) or already CONFIRMED and folded. */
async function seedSignatures(sql: Client, letterId: string, count: number, confirmed: boolean): Promise<string[]> {
  const tokens = confirmed ? [] : Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  await sql.query(
    `WITH s AS (INSERT INTO signatures (letter_id, status, name, email, email_fingerprint, email_domain, country,
       confirmed_at, confirmed_version, counted, counted_country)
     SELECT $1::uuid, $2::signature_status, 'Supporter ' || i, 'supporter' || i || '@bench.invalid',
       md5($1::text || i) || md5(i || $1::text), 'bench.invalid', c.country,
       CASE WHEN $4::boolean THEN now() - (i || ' seconds')::interval END,
       CASE WHEN $4::boolean THEN (SELECT current_version FROM letters WHERE id = $1::uuid) END, $4::boolean,
       CASE WHEN $4::boolean THEN c.country END
     FROM generate_series(1, $5::int) i, LATERAL (SELECT (ARRAY['GB','FR','DE','KE','IN'])[1 + i % 5] AS country) c
     RETURNING id, email)
     INSERT INTO signature_tokens (token_hash, signature_id, version)
     SELECT ($3::text[])[substring(s.email FROM 'supporter([0-9]+)@')::int], s.id, 1 FROM s
     WHERE NOT $4::boolean`,
    [
      letterId,
      confirmed ? 'CONFIRMED' : 'PENDING',
      tokens.map((t) => createHash('sha256').update(t).digest('hex')),
      confirmed,
      count,
    ],
  );
  if (confirmed) {
    // The folded counts these rows amount to, as the fold would have written them.
    await sql.query(
      `INSERT INTO supporter_counts (letter_id, dimension, key, count)
       SELECT $1::uuid, 'total', '', count(*) FROM signatures WHERE letter_id = $1 AND counted
       UNION ALL SELECT $1::uuid, 'country', coalesce(counted_country, ''), count(*) FROM signatures
         WHERE letter_id = $1 AND counted GROUP BY counted_country
       UNION ALL SELECT $1::uuid, 'area', '', count(*) FROM signatures WHERE letter_id = $1 AND counted`,
      [letterId],
    );
  }
  return tokens;
}

export async function petitionBench(databaseUrl: string): Promise<{ results: PetitionResult[]; notes: string[] }> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-bench-petition-'));
  const env = {
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(32).toString('hex'),
    AUTH_RATE_LIMIT: '0',
    // All the load comes from 127.0.0.1: the per-IP limit would refuse it (silently) after 20.
    SIGN_RATE_LIMIT: '0',
  };
  const worker = await startProcess('worker', env);
  const apis = [
    await startProcess('api', { ...env, WORKER: 'off' }),
    await startProcess('api', { ...env, WORKER: 'off' }),
  ];
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    await Promise.all(apis.map((api) => waitHealthy(api)));
    const [url] = apis.map((api) => api.url);
    const crowded = await petitionLetter(url, sql, 'A million supporters');
    const started = Date.now();
    await seedSignatures(sql, crowded.id, SEEDED_SUPPORTERS, true);
    const seedSeconds = (Date.now() - started) / 1000;
    const signing = await petitionLetter(url, sql, 'Signed under load');
    const confirming = await petitionLetter(url, sql, 'Confirmed under load');
    const tokens = await seedSignatures(sql, confirming.id, 10_000, false);

    const results: PetitionResult[] = [];
    results.push(await load('{ __typename } (2 API processes)', apis, post('{ __typename }')));
    results.push(
      await load(`count.json, ${SEEDED_SUPPORTERS.toLocaleString('en-GB')} supporters`, apis, (api) => ({
        url: `${api.url}/letters/${crowded.slug}/count.json`,
      })),
    );
    results.push(
      await load(
        `public letter query with its first page of signatories and supporters, ${SEEDED_SUPPORTERS.toLocaleString('en-GB')} supporters`,
        apis,
        post(
          `query($slug: String!) { letter(slug: $slug) { title status goal counts { signed supporters }
            currentVersion { body } leadOrganisations { name } signatories(first: 20) { totalCount anonymousCount edges { node { displayName } } }
            supporters(first: 20) { edges { node { name country } } } } }`,
          { slug: crowded.slug },
        ),
      ),
    );
    let signed = 0;
    results.push(
      await load(
        'signPetition, distinct emails',
        apis,
        eachPost('mutation($input: SignPetitionInput!) { signPetition(input: $input) }', () => ({
          input: { letterId: signing.id, name: 'Bench Signer', email: `signer${signed++}@bench.invalid` },
        })),
      ),
    );
    let confirmed = 0;
    results.push(
      await load('confirmSignature', apis, (api) => ({
        ...eachPost('mutation($token: String!) { confirmSignature(token: $token) { status } }', () => ({
          token: tokens[confirmed++ % tokens.length],
        }))(api),
        amount: tokens.length / apis.length,
      })),
    );
    // Counts exact after the run: the folded count equals a recount, once the worker has folded.
    const deadline = Date.now() + 60_000;
    let exact = '';
    for (;;) {
      const { rows } = await sql.query<{ folded: number; recount: number; pending: number; stored: number }>(
        `SELECT (SELECT count FROM supporter_counts WHERE letter_id = $1 AND dimension = 'total') AS folded,
                (SELECT count(*)::int FROM signatures WHERE letter_id = $1 AND status = 'CONFIRMED') AS recount,
                (SELECT count(*)::int FROM signatures WHERE letter_id = $2) AS stored,
                (SELECT count(*)::int FROM signatures WHERE dirty) AS pending`,
        [confirming.id, signing.id],
      );
      const row = rows[0];
      if (row.pending === 0 && row.folded === row.recount) {
        exact = `after the run: confirmSignature's letter counts ${row.folded} supporters, a recount finds ${row.recount}; signPetition stored ${row.stored} signatures`;
        break;
      }
      if (Date.now() > deadline) throw new Error(`counts not exact after the run: ${JSON.stringify(row)}`);
      await new Promise((done) => setTimeout(done, 250));
    }
    return {
      results,
      notes: [
        `${SEEDED_SUPPORTERS.toLocaleString('en-GB')} confirmed supporters seeded by one INSERT … SELECT in ${seedSeconds.toFixed(1)} s.`,
        exact,
      ],
    };
  } finally {
    await sql.end();
    for (const process of [...apis, worker]) await stopProcess(process);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
