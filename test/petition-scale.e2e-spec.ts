import { createHash, randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from './support/eventually';
import { openLetter, organisationWithOwner } from './support/factories';
import { CONFIRM, setPetition, supporterCount } from './support/petitions';
import { untilSubscribed } from './support/subscriptions';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const SUPPORTERS_BY_COUNTRY = graphql(`
  query PetitionScaleSupportersByCountry($id: ID!) {
    letter(id: $id) {
      supportersByCountry {
        country
        count
      }
    }
  }
`);

const SIGNATURES = 500;
const CONNECTIONS = 50;

describe('petition mode at scale', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp({ WORKER: 'off' });
    b = await startTestApp({ WORKER: 'on', COUNT_FOLD_INTERVAL_MS: '200' }, a.database);
  });

  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('confirms 500 signatures from 50 connections to two API processes: none lost, no deadlock, counted exactly, and a subscriber sees the count rise', async () => {
    const lead = await organisationWithOwner(a);
    const letter = await openLetter(a, lead, { title: 'A crowded petition' });
    await setPetition(a, lead, { letterId: letter.letterId, acceptSupporters: true });
    // 500 people signed (PENDING) and hold their confirmation links.
    const tokens = Array.from({ length: SIGNATURES }, () => randomBytes(32).toString('base64url'));
    await a.sql.query(
      `WITH t AS (SELECT hash, i FROM unnest($2::text[]) WITH ORDINALITY AS t(hash, i)),
       s AS (INSERT INTO signatures (letter_id, name, email, email_fingerprint, email_domain, country)
         SELECT $1, 'Supporter ' || i, 'supporter' || i || '@crowd.example', md5(i::text) || md5((i * 7)::text),
                'crowd.example', (ARRAY['GB', 'FR', 'KE'])[1 + i % 3]
         FROM t RETURNING id, email)
       INSERT INTO signature_tokens (token_hash, signature_id, version)
       SELECT t.hash, s.id, 1 FROM t JOIN s ON s.email = 'supporter' || t.i || '@crowd.example'`,
      [letter.letterId, tokens.map((t) => createHash('sha256').update(t).digest('hex'))],
    );

    const seen: number[] = [];
    let probed = false;
    const client = createClient({ url: `${a.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket });
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ letterCountsChanged: { supporters: number } }>(
        {
          query: `subscription($id: ID!) { letterCountsChanged(letterId: $id) { supporters } }`,
          variables: { id: letter.letterId },
        },
        {
          next: ({ data }) => {
            const supporters = data?.letterCountsChanged.supporters ?? NaN;
            if (supporters === -1) probed = true;
            else seen.push(supporters);
            if (supporters === SIGNATURES) resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await untilSubscribed(
      a.sql,
      'letterCountsChanged',
      { letterId: letter.letterId, counts: { supporters: -1 } },
      () => probed,
    );

    const outcomes: string[] = [];
    const queue = tokens.map((token, i) => ({ token, app: i % 2 ? b : a }));
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const response = await next.app.gql(CONFIRM, { token: next.token });
          outcomes.push(response.body.data?.confirmSignature.status ?? JSON.stringify(response.body.errors));
        }
      }),
    );
    expect(outcomes.filter((o) => o !== 'CONFIRMED')).toEqual([]);
    expect(outcomes).toHaveLength(SIGNATURES);

    await eventually(async () => (await supporterCount(b, letter.letterId)) === SIGNATURES || undefined, {
      what: 'every confirmation folded',
    });
    await done;
    client.dispose();
    // The count rose in steps (batches), never past the truth.
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.every((count, i) => count <= SIGNATURES && (i === 0 || count >= seen[i - 1]))).toBe(true);
    const recount = await a.sql.query(
      `SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed, count(*) FILTER (WHERE dirty)::int AS dirty
       FROM signatures WHERE letter_id = $1`,
      [letter.letterId],
    );
    expect(recount.rows[0]).toEqual({ confirmed: SIGNATURES, dirty: 0 });
    const byCountry = await a.gql(SUPPORTERS_BY_COUNTRY, { id: letter.letterId });
    expect(byCountry.body.data?.letter?.supportersByCountry).toEqual([
      { country: 'FR', count: 167 },
      { country: 'KE', count: 167 },
      { country: 'GB', count: 166 },
    ]);
  });
});
