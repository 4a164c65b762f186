import { errorCode, startTestApp, type GqlResponse, type TestApp } from './support/test-app';
import { letterOf, organisationOf, verifiedUser, type EdgeUser } from './support/edge-actors';

/**
 * One request must never block the process: while a heavy request runs, `{ __typename }` keeps
 * answering within a second. Probes are sent back to back for the heavy request's whole life, so
 * a blocked event loop shows in the slowest probe (the test runs in the server's process).
 */
async function slowestProbeWhile(
  app: TestApp,
  heavy: () => Promise<GqlResponse>,
): Promise<{
  slowest: number;
  response: GqlResponse;
}> {
  let finished = false;
  const running = heavy().finally(() => (finished = true));
  let slowest = 0;
  do {
    const started = Date.now();
    const probe = await app.gql<{ __typename: string }>('{ __typename }');
    expect(probe.body.data?.__typename).toBe('Query');
    slowest = Math.max(slowest, Date.now() - started);
  } while (!finished);
  return { slowest, response: await running };
}

const CREATE = 'mutation($input: CreateLetterInput!) { createLetter(input: $input) { id } }';
const REVISE = 'mutation($input: ReviseLetterInput!) { reviseLetter(input: $input) { number } }';

describe('limits: no request blocks the process', () => {
  let app: TestApp;
  let owner: EdgeUser;
  let organisationId: string;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await verifiedUser(app);
    organisationId = await organisationOf(app, owner);
  });

  afterAll(() => app?.close());

  const SHAPES: [string, string][] = [
    ['150,000 spaces then a letter', `${' '.repeat(150_000)}x`],
    ['150,000 tabs then a letter', `${'\t'.repeat(150_000)}x`],
    ['150,000 no-break spaces then a letter', `${'\u00a0'.repeat(150_000)}x`],
    ['150,000 newlines then a letter', `${'\n'.repeat(150_000)}x`],
    ['50,000 times "a \\n"', 'a \n'.repeat(50_000)],
    ['50,000 times " \\r\\n"', ' \r\n'.repeat(50_000)],
  ];

  it.each(SHAPES)('creating a letter whose body is %s', async (_shape, body) => {
    const { slowest, response } = await slowestProbeWhile(app, () =>
      app.gql(
        CREATE,
        { input: { title: 'Heavy', body, leadOrganisationId: organisationId, visibility: 'PRIVATE' } },
        owner.accessToken,
      ),
    );
    expect(errorCode(response) ?? 'OK').not.toBe('INTERNAL_SERVER_ERROR');
    expect(slowest).toBeLessThan(1000);
  });

  it.each(SHAPES)('revising a letter to a body of %s', async (_shape, body) => {
    const letter = await letterOf(app, owner, organisationId);
    const { slowest, response } = await slowestProbeWhile(app, () =>
      app.gql(REVISE, { input: { letterId: letter.id, body, material: true } }, owner.accessToken),
    );
    expect(errorCode(response) ?? 'OK').not.toBe('INTERNAL_SERVER_ERROR');
    expect(slowest).toBeLessThan(1000);
  });

  it('refuses a title of 150,000 spaces then a letter as too long, quickly', async () => {
    const { slowest, response } = await slowestProbeWhile(app, () =>
      app.gql(
        CREATE,
        {
          input: {
            title: `${' '.repeat(150_000)}x`,
            body: 'b',
            leadOrganisationId: organisationId,
            visibility: 'PRIVATE',
          },
        },
        owner.accessToken,
      ),
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(slowest).toBeLessThan(1000);
  });

  it('accepts a 200,000-character body and refuses a longer one with BAD_USER_INPUT', async () => {
    const accepted = await app.gql<{ createLetter: { id: string } }>(
      CREATE,
      {
        input: {
          title: 'Long',
          body: 'a b\n'.repeat(50_000),
          leadOrganisationId: organisationId,
          visibility: 'PRIVATE',
        },
      },
      owner.accessToken,
    );
    expect(accepted.body.errors).toBeUndefined();
    const refused = await app.gql(
      CREATE,
      {
        input: { title: 'Long', body: 'x'.repeat(200_001), leadOrganisationId: organisationId, visibility: 'PRIVATE' },
      },
      owner.accessToken,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  });

  it('a diff between two unrelated 15,000-line versions, asked 15 times in one request, answers fast', async () => {
    const lines = (tag: string): string => Array.from({ length: 15_000 }, (_, i) => `${tag}${i}`).join('\n');
    const letter = await letterOf(app, owner, organisationId, { body: lines('a') });
    const revised = await app.gql(
      REVISE,
      { input: { letterId: letter.id, body: lines('b'), material: true } },
      owner.accessToken,
    );
    expect(revised.body.errors).toBeUndefined();
    const aliases = Array.from({ length: 15 }, (_, i) => `d${i}: diff(fromVersion: 1, toVersion: 2)`).join(' ');
    const { slowest, response } = await slowestProbeWhile(app, () =>
      app.gql(`query($id: ID!) { letter(id: $id) { ${aliases} } }`, { id: letter.id }, owner.accessToken),
    );
    expect(['BAD_USER_INPUT', 'OK']).toContain(errorCode(response) ?? 'OK');
    if (errorCode(response)) expect(response.body.errors?.[0].message).toMatch(/diff too costly/i);
    expect(slowest).toBeLessThan(1000);
  });

  it('a small diff still answers as a unified diff', async () => {
    const letter = await letterOf(app, owner, organisationId, { body: 'one\ntwo\nthree' });
    await app.gql(REVISE, { input: { letterId: letter.id, body: 'one\n2\nthree', material: true } }, owner.accessToken);
    const response = await app.gql<{ letter: { diff: string } }>(
      'query($id: ID!) { letter(id: $id) { diff(fromVersion: 1, toVersion: 2) } }',
      { id: letter.id },
      owner.accessToken,
    );
    expect(response.body.data?.letter.diff).toContain('-two\n+2\n');
  });
});
