import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from './support/test-app';
import { openLetter, organisationWithOwner, type OpenLetter, type OrganisationOwner } from './support/factories';
import { graphql } from './gql';

const TYPENAME = graphql(`
  query Trust3BudgetTypename {
    __typename
  }
`);
const TWO_TIMELINES = graphql(`
  query Trust3BudgetTwoTimelines($id: ID!) {
    letter(id: $id) {
      a: timeline(first: 100) {
        body
      }
      b: timeline(first: 100) {
        body
      }
    }
  }
`);
/** The attack's shape (what `aliases(…, 3)` below builds), with a small page. */
const SMALL_PAGES = graphql(`
  query Trust3BudgetSmallPages($id: ID!, $n: Int) {
    letter(id: $id) {
      t0: timeline(first: $n) {
        id
        kind
        title
        body
        occurredAt
      }
      t1: timeline(first: $n) {
        id
        kind
        title
        body
        occurredAt
      }
      t2: timeline(first: $n) {
        id
        kind
        title
        body
        occurredAt
      }
    }
  }
`);
const TIMELINE_PAGE = graphql(`
  query Trust3BudgetTimelinePage($id: ID!, $n: Int) {
    letter(id: $id) {
      timeline(first: $n) {
        id
      }
    }
  }
`);

// Issue 18, defect 7: one anonymous query returned 299 MB and blocked the event loop for 3.5 s —
// 15 aliases of `timeline(first: $n)` with n = 500: the cost limit counted `first` only when it
// was a literal, and timeline bodies were not counted in the response's text budget.

/** Keeps asking `{ __typename }` while `heavy` runs; the slowest answer shows a blocked loop. */
async function slowestProbeWhile(
  app: TestApp,
  heavy: () => Promise<GqlResponse>,
): Promise<{ slowest: number; response: GqlResponse }> {
  let finished = false;
  const running = heavy().finally(() => (finished = true));
  let slowest = 0;
  do {
    const started = Date.now();
    const probe = await app.gql(TYPENAME);
    expect(probe.body.data?.__typename).toBe('Query');
    slowest = Math.max(slowest, Date.now() - started);
  } while (!finished);
  return { slowest, response: await running };
}

const ENTRIES = 150;
const BODY = 20_000; // the longest body postUpdate accepts

describe('trust 3, defect 7: what one anonymous query may cost', () => {
  let app: TestApp;
  let lead: OrganisationOwner;
  let letter: OpenLetter;

  beforeAll(async () => {
    app = await startTestApp();
    lead = await organisationWithOwner(app);
    letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    // 150 updates of 20,000 characters each: 3,000,000 characters of timeline, written directly
    // (postUpdate itself is tested elsewhere) so that the test spends its time on the read.
    await app.sql.query(
      `INSERT INTO timeline_entries (letter_id, kind, title, body, occurred_at)
       SELECT $1, 'UPDATE', 'Update ' || g, repeat(chr(97 + g % 26), $2), now() - (g || ' seconds')::interval
         FROM generate_series(1, $3) g`,
      [letter.letterId, BODY, ENTRIES],
    );
  });

  afterAll(() => app?.close());

  // The aliased documents are built at run time: sent as plain strings.
  const aliases = (field: string, count = 15): string =>
    Array.from({ length: count }, (_, i) => `t${i}: ${field}`).join(' ');

  it('refuses the exact attack (15 aliases × timeline(first: $n), n = 500) before it runs, and the process keeps answering', async () => {
    const { slowest, response } = await slowestProbeWhile(app, () =>
      app.gql(
        `query($id: ID!, $n: Int) { letter(id: $id) { ${aliases('timeline(first: $n) { id kind title body occurredAt }')} } }`,
        { id: letter.letterId, n: 500 },
      ),
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.text.length).toBeLessThan(100_000);
    expect(slowest).toBeLessThan(1000);
  });

  it('sees variables as it sees literals: the same query with the literal is refused as well', async () => {
    const literal = await app.gql(
      `query($id: ID!) { letter(id: $id) { ${aliases('timeline(first: 500) { id kind title body occurredAt }')} } }`,
      { id: letter.letterId },
    );
    expect(errorCode(literal)).toBe('BAD_USER_INPUT');
    expect(literal.text.length).toBeLessThan(100_000);
  });

  it('counts a list argument left out at its default size', async () => {
    // timeline's default page is 100 entries; 15 aliases of it must not pass as 15 single items.
    const omitted = await app.gql(
      `query($id: ID!) { letter(id: $id) { ${aliases('timeline { id kind title body occurredAt }')} } }`,
      { id: letter.letterId },
    );
    expect(errorCode(omitted)).toBe('BAD_USER_INPUT');
    expect(omitted.text.length).toBeLessThan(100_000);
  });

  it('counts timeline bodies in the 2,000,000-character budget of a response', async () => {
    // Cheap by cost (two lists of 100), but 2 × 100 × 20,000 characters of text.
    const response = await app.gql(TWO_TIMELINES, { id: letter.letterId });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.text.length).toBeLessThan(2_100_000);
  });

  it('still answers the same shape of query asked with a small page', async () => {
    const response = await app.gql(SMALL_PAGES, { id: letter.letterId, n: 5 });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.letter?.t0).toHaveLength(5);
    expect(response.body.data?.letter?.t2[4].body).toHaveLength(BODY);
  });

  it('refuses a page larger than the largest a list serves with BAD_USER_INPUT, not silently less', async () => {
    const response = await app.gql(TIMELINE_PAGE, { id: letter.letterId, n: 100_000 });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  // Issue 18 (fix round): four nested fragments each spreading the next 200 times pass the depth
  // and token limits; pricing them walked every spread, 200⁴ steps on the main thread.
  it('prices four nested fragments each spread 200 times without blocking, and answers them as executed once', async () => {
    const K = 200;
    const spreads = (name: string): string => Array.from({ length: K }, () => `...${name}`).join(' ');
    const source = [
      `query($id: ID!) { letter(id: $id) { ${spreads('F1')} } }`,
      `fragment F1 on Letter { ${spreads('F2')} }`,
      `fragment F2 on Letter { ${spreads('F3')} }`,
      `fragment F3 on Letter { ${spreads('F4')} }`,
      'fragment F4 on Letter { title }',
    ].join('\n');
    const { slowest, response } = await slowestProbeWhile(app, () => app.gql(source, { id: letter.letterId }));
    expect(slowest).toBeLessThan(1000);
    // graphql-js executes a fragment spread twice in one selection set once: one title, priced so.
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data as { letter?: { title?: unknown } } | undefined;
    expect(typeof data?.letter?.title).toBe('string');
    expect(response.text.length).toBeLessThan(1_000);
  });

  it('prices the same fragments without blocking over WebSocket (validated by the same walk)', async () => {
    const K = 200;
    const spreads = (name: string): string => Array.from({ length: K }, () => `...${name}`).join(' ');
    const source = [
      `subscription($id: ID!) { letterCountsChanged(letterId: $id) { ${spreads('F1')} } }`,
      `fragment F1 on LetterCounts { ${spreads('F2')} }`,
      `fragment F2 on LetterCounts { ${spreads('F3')} }`,
      `fragment F3 on LetterCounts { ${spreads('F4')} }`,
      'fragment F4 on LetterCounts { signed }',
    ].join('\n');
    const client = createClient({
      url: app.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
    });
    let outcome = 'none';
    const dispose = client.subscribe(
      { query: source, variables: { id: letter.letterId } },
      {
        next: (value) => (outcome = value.errors ? `errors: ${value.errors.map((e) => e.message).join('; ')}` : 'data'),
        error: (error: unknown) => (outcome = `error: ${JSON.stringify(error)}`),
        complete: () => (outcome = 'complete'),
      },
    );
    try {
      // Probe over HTTP for two seconds while the socket's document is validated and priced.
      let slowest = 0;
      const until = Date.now() + 2_000;
      while (Date.now() < until) {
        const started = Date.now();
        const probe = await app.gql(TYPENAME);
        expect(probe.body.data?.__typename).toBe('Query');
        slowest = Math.max(slowest, Date.now() - started);
      }
      expect(slowest).toBeLessThan(1000);
      // Accepted and waiting for counts: validated, priced cheaply (one `signed`), not refused.
      expect(outcome).toBe('none');
    } finally {
      dispose();
      await client.dispose();
    }
  });
});
