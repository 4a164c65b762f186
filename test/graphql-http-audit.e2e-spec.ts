import { serverAudits, type AuditResult } from 'graphql-http';
import request from 'supertest';
import { GRAPHQL_LIMITS } from '../apps/api/src/graphql.options';
import { startTestApp, type TestApp } from './support/test-app';

// The GraphQL Foundation's reference audit of the GraphQL over HTTP spec, run against the real server.
describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  let app: TestApp;
  let results: AuditResult[];

  beforeAll(async () => {
    app = await startTestApp();
    results = [];
    // One audit at a time: they are cheap, and the order keeps failure messages stable.
    for (const audit of serverAudits({ url: `${app.url}/graphql` })) results.push(await audit.fn());
  });
  afterAll(async () => {
    await app?.close();
  });

  const failing = (statuses: string[]): string[] =>
    results
      .filter((result) => statuses.includes(result.status))
      .map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`);

  it('passes every audit with no error and no warning', () => {
    expect(results.length).toBeGreaterThan(50);
    expect(failing(['error', 'warn'])).toEqual([]);
  });

  it('accepts URL-encoded variables in GET queries, so public reads can be cached by URL', () => {
    expect(failing(['notice'])).toEqual([]);
  });

  // The token limit is counted while parsing: a refusal, never a server error.
  it('refuses a document over the token limit as a parse failure, with BAD_USER_INPUT and no 500', async () => {
    const query = `{ ${Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    for (const [accept, status] of [
      ['application/json', 200],
      ['application/graphql-response+json', 400],
    ] as const) {
      const response = await request(app.url)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Accept', accept)
        .send({ query });
      expect(response.status).toBe(status);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors[0].message).toMatch(/contains more tha[nt] \d+ tokens/);
    }
  });
});
