import request from 'supertest';
import { pdfText } from './support/pdf-text';
import { SmtpSink } from './support/smtp-sink';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from './support/test-app';
import { letterOf, organisationOf, verifiedUser, type EdgeUser } from './support/edge-actors';
import { ENDORSE_LETTER, endorseInput, openDraft } from './support/factories';
import { graphql } from './gql';

const PROBE = graphql(`
  query LimitsProbe {
    __typename
  }
`);

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
    const probe = await app.gql(PROBE);
    expect(probe.body.data?.__typename).toBe('Query');
    slowest = Math.max(slowest, Date.now() - started);
  } while (!finished);
  return { slowest, response: await running };
}

const CREATE = graphql(`
  mutation LimitsCreate($input: CreateLetterInput!) {
    createLetter(input: $input) {
      id
    }
  }
`);
const REVISE = graphql(`
  mutation LimitsRevise($input: ReviseLetterInput!) {
    reviseLetter(input: $input) {
      number
    }
  }
`);
const DIFF = graphql(`
  query LimitsDiff($id: ID!) {
    letter(id: $id) {
      diff(fromVersion: 1, toVersion: 2)
    }
  }
`);
const COMMENT = graphql(`
  mutation LimitsComment($input: CommentInput!) {
    commentOnLetter(input: $input) {
      id
    }
  }
`);
const LISTS = graphql(`
  query LimitsLists($id: ID!, $n: Int) {
    letter(id: $id) {
      versions(first: $n) {
        number
      }
      all: versions {
        number
      }
      comments(first: $n) {
        body
      }
      allComments: comments {
        body
      }
      timeline(first: $n) {
        kind
      }
    }
  }
`);
const CURRENT_HASH = graphql(`
  query LimitsCurrentHash($id: ID!) {
    letter(id: $id) {
      currentVersion {
        contentHash
      }
    }
  }
`);

async function currentHash(app: TestApp, letterId: string, token: string): Promise<string> {
  const response = await app.gql(CURRENT_HASH, { id: letterId }, token);
  const hash = response.body.data?.letter?.currentVersion.contentHash;
  if (!hash) throw new Error(response.text);
  return hash;
}

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

  it('typesets a long PDF off the main thread: one unbroken word of mixed directions', async () => {
    const letter = await letterOf(app, owner, organisationId, { body: 'aא'.repeat(20_000) });
    const { slowest, response } = await slowestProbeWhile(app, async () => {
      const pdf = await request(app.url)
        .get(`/letters/${letter.slug}.pdf`)
        .set('Authorization', `Bearer ${owner.accessToken}`);
      return { status: pdf.status, body: {}, text: String(pdf.headers['content-type']) };
    });
    expect(response.status).toBe(200);
    expect(response.text).toContain('application/pdf');
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
    const accepted = await app.gql(
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

  it('accepts a 200,000-character body however the JSON is written (every character escaped as \\uXXXX)', async () => {
    const body = '维'.repeat(200_000);
    const payload = JSON.stringify({
      query: CREATE.toString(),
      variables: { input: { title: 'Escaped', body, leadOrganisationId: organisationId, visibility: 'PRIVATE' } },
    }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const response = await request(app.url)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${owner.accessToken}`)
      .send(payload);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createLetter.id).toBeDefined();
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
    // Built at run time: 15 aliases of the same diff.
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
    const response = await app.gql(DIFF, { id: letter.id }, owner.accessToken);
    expect(response.body.data?.letter?.diff).toContain('-two\n+2\n');
  });

  it('bounds the lists of a letter that grow: versions, comments and timeline take `first`, capped', async () => {
    const letter = await letterOf(app, owner, organisationId, { body: 'v1' });
    for (const body of ['v2', 'v3']) {
      await app.gql(REVISE, { input: { letterId: letter.id, body, material: true } }, owner.accessToken);
    }
    for (const body of ['one', 'two', 'three']) {
      await app.gql(COMMENT, { input: { versionId: letter.versionId, body } }, owner.accessToken);
    }
    const two = await app.gql(LISTS, { id: letter.id, n: 2 }, owner.accessToken);
    expect(two.body.errors).toBeUndefined();
    expect(two.body.data?.letter?.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(two.body.data?.letter?.all.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(two.body.data?.letter?.comments.map((c) => c.body)).toEqual(['one', 'two']);
    expect(two.body.data?.letter?.allComments).toHaveLength(3);
    expect(two.body.data?.letter?.timeline.length).toBeLessThanOrEqual(2);
    for (const [field, over] of [
      ['versions', 101],
      ['comments', 501],
      ['timeline', 501],
    ] as const) {
      // Built at run time, one list field at a time.
      const refused = await app.gql(
        `query($id: ID!, $n: Int) { letter(id: $id) { ${field}(first: $n) { __typename } } }`,
        { id: letter.id, n: over },
        owner.accessToken,
      );
      expect([field, errorCode(refused)]).toEqual([field, 'BAD_USER_INPUT']);
    }
  });

  it('serves the PDF of a letter as it stands from a cache that never holds back a new signatory', async () => {
    const letter = await letterOf(app, owner, organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, owner, letter.id);
    const pdf = async (): Promise<string> => {
      const response = await request(app.url)
        .get(`/letters/${letter.slug}.pdf`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      return pdfText(new Uint8Array(response.body as Buffer));
    };
    const before = await pdf();
    expect(await pdf()).toBe(before);
    expect(before).not.toContain('Newcomer Coalition');
    const signer = await verifiedUser(app, 'Newcomer Signer');
    const newcomer = await organisationOf(app, signer, 'Newcomer Coalition');
    const hash = await currentHash(app, letter.id, owner.accessToken);
    const signed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, newcomer, hash, { signerName: 'Newcomer Signer' }),
      signer.accessToken,
    );
    expect(signed.body.errors).toBeUndefined();
    expect(await pdf()).toContain('Newcomer Coalition');
  });
});

describe('limits: a diff too costly to mail', () => {
  const smtp = new SmtpSink();
  let app: TestApp;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://undersigned.example', WORKER: 'on' });
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('does not fail the revision: the re-confirmation mail says the changes are too large and links to the letter', async () => {
    const lines = (tag: string): string => Array.from({ length: 15_000 }, (_, i) => `${tag}${i}`).join('\n');
    const owner = await verifiedUser(app, 'Lead');
    const organisationId = await organisationOf(app, owner, 'Lead Org');
    const letter = await letterOf(app, owner, organisationId, { body: lines('a'), visibility: 'PUBLIC' });
    await openDraft(app, owner, letter.id);
    const signer = await verifiedUser(app, 'Signer');
    const signing = await organisationOf(app, signer, 'Signing Org');
    const hash = await currentHash(app, letter.id, owner.accessToken);
    const signed = await app.gql(ENDORSE_LETTER, endorseInput(letter.id, signing, hash), signer.accessToken);
    expect(signed.body.errors).toBeUndefined();
    const revised = await app.gql(
      REVISE,
      { input: { letterId: letter.id, body: lines('b'), material: true } },
      owner.accessToken,
    );
    expect(revised.body.data?.reviseLetter.number).toBe(2);
    const mail = await smtp.waitFor(signer.email, (m) => /re-confirm/i.test(m.parsed.subject ?? ''));
    expect(mail.parsed.text).toMatch(/too large to show/);
    expect(mail.parsed.text).toContain(`https://undersigned.example/letters/${letter.slug}`);
    expect(mail.parsed.text).not.toContain('+b14999');
  });
});
