import request from 'supertest';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { PASSWORD, signUp, uniqueEmail } from './support/factories';
import { graphql } from './gql';

const INTROSPECTION = graphql(`
  query HardeningIntrospection {
    __schema {
      queryType {
        name
      }
    }
  }
`);
const TYPENAME = graphql(`
  query HardeningTypename {
    __typename
  }
`);
const LOG_IN = graphql(`
  mutation HardeningLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
    }
  }
`);

const LEAK = /\bat \S+ \(|\.ts:\d+|stacktrace|QueryFailedError|SELECT |INSERT |node_modules/i;

describe('hardening', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers GET /health with 200 while the database is reachable', async () => {
    const response = await request(app.url).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('gives every response a request id', async () => {
    const response = await request(app.url).post('/graphql').send({ query: '{ __typename }' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await request(app.url)
      .post('/graphql')
      .set('X-Request-Id', 'trace-123')
      .send({ query: '{ __typename }' });
    expect(echoed.headers['x-request-id']).toBe('trace-123');
  });

  // Each document below would reach the `me` resolver, which answers UNAUTHENTICATED without a
  // token: getting BAD_USER_INPUT instead shows the document was refused before any resolver ran.
  it('refuses a document nested 20 deep before any resolver runs', async () => {
    let selection = 'id';
    for (let depth = 0; depth < 9; depth++)
      selection = `memberships { organisation { members { user { ${selection} } } } }`;
    const response = await app.gql(`{ me { ${selection} } }`);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.body.data ?? null).toBeNull();
  });

  it('refuses a document with 100 aliases before any resolver runs', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await app.gql(`{ ${aliases} }`);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.body.data ?? null).toBeNull();
  });

  it('refuses a 2 MB body before any resolver runs, and writes nothing', async () => {
    const before = await app.sql.query('SELECT count(*)::int AS n FROM users');
    const response = await request(app.url)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({
        query: 'mutation($input: SignUpInput!) { signUp(input: $input) }',
        variables: { input: { email: uniqueEmail(), password: PASSWORD, name: 'x'.repeat(2 * 1024 * 1024) } },
      });
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const after = await app.sql.query('SELECT count(*)::int AS n FROM users');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('answers malformed JSON with BAD_USER_INPUT and no internals', async () => {
    const response = await request(app.url).post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.text).not.toMatch(LEAK);
  });

  it('answers syntax errors and unknown fields with BAD_USER_INPUT and no internals', async () => {
    // Deliberately malformed or invalid against the schema: plain strings.
    for (const query of ['{ me { id ', '{ me { passwordHash } }', '{ nope }', 'mutation { signUp }']) {
      const response = await app.gql(query);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.text).not.toMatch(LEAK);
      expect(response.text).not.toMatch(/did you mean/i);
    }
  });

  it('keeps introspection on outside production', async () => {
    const response = await app.gql(INTROSPECTION);
    expect(response.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('hardening in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production', AUTH_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('turns introspection and the landing page off', async () => {
    const response = await app.gql(INTROSPECTION);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const page = await request(app.url).get('/graphql').set('Accept', 'text/html');
    expect(page.text).not.toMatch(/<html/i);
  });

  it('limits log-in attempts per IP to AUTH_RATE_LIMIT a minute, answering RATE_LIMITED', async () => {
    const user = await signUp(app); // two attempts of the three: signing up and logging in
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 2; i++) {
      codes.push(errorCode(await app.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } })));
    }
    expect(codes).toEqual([undefined, 'RATE_LIMITED']);
    // Other operations are not limited.
    const health = await app.gql(TYPENAME);
    expect(health.body.data).toEqual({ __typename: 'Query' });
  });
});
