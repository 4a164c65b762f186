import { serverAudits, type AuditResult } from 'graphql-http';
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
});
