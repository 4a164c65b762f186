import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { EmbeddedPostgres } from '../libs/common/database/embedded-postgres';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from './support/test-app';
import { letterOf, organisationOf, verifiedUser, type EdgeUser } from './support/edge-actors';
import {
  ADD_RECIPIENT,
  addRecipient,
  CREATE_LETTER,
  CREATE_ORGANISATION,
  deliverLetter,
  openDraft,
} from './support/factories';
import { graphql } from './gql';

const ORGANISATION_BY_SLUG = graphql(`
  query EdgesOrganisationBySlug($v: String) {
    organisation(slug: $v) {
      id
    }
  }
`);
const ORGANISATIONS_BY_SEARCH = graphql(`
  query EdgesOrganisationsBySearch($v: String) {
    organisations(search: $v) {
      totalCount
    }
  }
`);
const ORGANISATIONS_BY_COUNTRY = graphql(`
  query EdgesOrganisationsByCountry($v: String) {
    organisations(country: $v) {
      totalCount
    }
  }
`);
const LETTER_BY_SLUG = graphql(`
  query EdgesLetterBySlug($v: String) {
    letter(slug: $v) {
      id
    }
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation EdgesRemoveMember($v: ID!) {
    removeMember(membershipId: $v)
  }
`);
const VERIFY_EMAIL = graphql(`
  mutation EdgesVerifyEmail($v: String!) {
    verifyEmail(token: $v) {
      id
    }
  }
`);
const INVITE_ENDORSERS = graphql(`
  mutation EdgesInviteEndorsers($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);
const CREATE_ORGANISATION_NAME = graphql(`
  mutation EdgesCreateOrganisationName($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      name
    }
  }
`);
const CREATE_LETTER_BODY = graphql(`
  mutation EdgesCreateLetterBody($input: CreateLetterInput!) {
    createLetter(input: $input) {
      currentVersion {
        body
      }
    }
  }
`);

const SLUG_WITH_RANDOM_PART = (base: string): RegExp => new RegExp(`^${base}-[a-z2-9]{6}$`);

describe('edges: hostile strings, slugs', () => {
  let app: TestApp;
  let owner: EdgeUser;
  let organisationId: string;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await verifiedUser(app);
    organisationId = await organisationOf(app, owner);
  });

  afterAll(() => app?.close());

  it.each<[string, (v: string) => Promise<GqlResponse<unknown>>]>([
    ['organisation(slug)', (v) => app.gql(ORGANISATION_BY_SLUG, { v }, owner.accessToken)],
    ['organisations(search)', (v) => app.gql(ORGANISATIONS_BY_SEARCH, { v }, owner.accessToken)],
    ['organisations(country)', (v) => app.gql(ORGANISATIONS_BY_COUNTRY, { v }, owner.accessToken)],
    ['letter(slug)', (v) => app.gql(LETTER_BY_SLUG, { v }, owner.accessToken)],
    ['removeMember(membershipId)', (v) => app.gql(REMOVE_MEMBER, { v }, owner.accessToken)],
    ['verifyEmail(token)', (v) => app.gql(VERIFY_EMAIL, { v }, owner.accessToken)],
  ])('refuses a NUL character in %s with BAD_USER_INPUT', async (_name, ask) => {
    for (const value of ['\u0000', `a\u0000b`, `7c9e6679-7425-40de-944b-e07fc1f90ae7\u0000`]) {
      const response = await ask(value);
      expect([response.status, errorCode(response)]).toEqual([200, 'BAD_USER_INPUT']);
    }
  });

  it('refuses a NUL written inline in the document, and one nested in a list of input objects', async () => {
    // A plain string: graphql() finds a document by its cooked text, codegen lists it by its raw text
    // (here with `\\u0000`, not `\u0000`), so a graphql() document with an escape is never found.
    const inline = await app.gql('{ organisation(slug: "a\\u0000b") { id } }');
    expect(errorCode(inline)).toBe('BAD_USER_INPUT');
    const letter = await letterOf(app, owner, organisationId);
    const nested = await app.gql(
      INVITE_ENDORSERS,
      { input: { letterId: letter.id, invitees: [{ email: 'ok@example.org', name: 'x\u0000' }] } },
      owner.accessToken,
    );
    expect(errorCode(nested)).toBe('BAD_USER_INPUT');
    expect(nested.body.errors?.[0].message).toMatch(/control characters/);
  });

  it('refuses half a surrogate pair (not Unicode text; email validation threw on it)', async () => {
    const letter = await letterOf(app, owner, organisationId);
    const recipient = await app.gql(
      ADD_RECIPIENT,
      { input: { letterId: letter.id, name: 'Office', role: 'TO', channel: 'EMAIL', email: 'a\ud800@example.org' } },
      owner.accessToken,
    );
    expect(errorCode(recipient)).toBe('BAD_USER_INPUT');
    const name = await app.gql(CREATE_ORGANISATION, { input: { name: 'Broken \udc00 name' } }, owner.accessToken);
    expect(errorCode(name)).toBe('BAD_USER_INPUT');
    const pair = await app.gql(
      CREATE_ORGANISATION_NAME,
      { input: { name: 'Dove \ud83d\udd4a Org' } },
      owner.accessToken,
    );
    expect(pair.body.data?.createOrganisation.name).toBe('Dove 🕊 Org');
  });

  it('refuses other control characters, keeps line breaks and tabs in a body, and writes nothing', async () => {
    const before = await app.sql.query('SELECT count(*)::int AS n FROM organisations');
    const bell = await app.gql(CREATE_ORGANISATION, { input: { name: 'Bell\u0007Org' } }, owner.accessToken);
    expect(errorCode(bell)).toBe('BAD_USER_INPUT');
    const escape = await app.gql(
      CREATE_ORGANISATION,
      { input: { name: 'Escape Org', description: 'colour \u001b[31m' } },
      owner.accessToken,
    );
    expect(errorCode(escape)).toBe('BAD_USER_INPUT');
    const after = await app.sql.query('SELECT count(*)::int AS n FROM organisations');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const body = 'Dear Minister,\r\n\r\n\tWe ask you to act.\n\nSincerely,';
    const letter = await app.gql(
      CREATE_LETTER_BODY,
      { input: { title: 'Tabs and breaks', body, leadOrganisationId: organisationId, visibility: 'PRIVATE' } },
      owner.accessToken,
    );
    expect(letter.body.data?.createLetter.currentVersion.body).toBe(
      'Dear Minister,\n\n\tWe ask you to act.\n\nSincerely,',
    );
  });

  it('refuses a line break inside a title or an organisation name', async () => {
    const title = await app.gql(
      CREATE_LETTER,
      { input: { title: 'One\n\nTwo', body: 'b', leadOrganisationId: organisationId, visibility: 'PRIVATE' } },
      owner.accessToken,
    );
    expect(errorCode(title)).toBe('BAD_USER_INPUT');
    const name = await app.gql(CREATE_ORGANISATION, { input: { name: 'Two\nLines' } }, owner.accessToken);
    expect(errorCode(name)).toBe('BAD_USER_INPUT');
  });

  it('answers a NUL in the PDF path as not found or bad input, never a server error', async () => {
    for (const path of ['/letters/%00.pdf', '/letters/a%00b.pdf']) {
      const response = await request(app.url).get(path);
      expect([400, 404]).toContain(response.status);
      expect(response.headers['content-type']).toMatch(/json/);
    }
  });

  it('ends every letter slug in a random part, so a hidden letter with the same title is not revealed', async () => {
    const other = await verifiedUser(app, 'Other Drafter');
    const otherOrganisation = await organisationOf(app, other, 'Other Org');
    const hidden = await letterOf(app, owner, organisationId, { title: 'Secret memo', visibility: 'PRIVATE' });
    const mine = await letterOf(app, other, otherOrganisation, { title: 'Secret memo', visibility: 'PUBLIC' });
    const fresh = await letterOf(app, other, otherOrganisation, { title: 'Unheard of memo', visibility: 'PUBLIC' });
    expect(hidden.slug).toMatch(SLUG_WITH_RANDOM_PART('secret-memo'));
    expect(mine.slug).toMatch(SLUG_WITH_RANDOM_PART('secret-memo'));
    expect(fresh.slug).toMatch(SLUG_WITH_RANDOM_PART('unheard-of-memo'));
    expect(mine.slug).not.toBe(hidden.slug);
    // The hidden letter stays hidden from the other drafter, slug or not.
    const probe = await app.gql(LETTER_BY_SLUG, { v: hidden.slug }, other.accessToken);
    expect(probe.body.data?.letter ?? null).toBeNull();
  });
});

describe('edges: what lands in logs and files', () => {
  it('keeps the embedded postgres.log and data directory private to their owner', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-edges-'));
    const embedded = new EmbeddedPostgres(dataDir);
    const handle = await embedded.acquire('edges');
    try {
      const mode = (path: string): number => statSync(path).mode & 0o777;
      expect(mode(join(dataDir, 'postgres', 'postgres.log'))).toBe(0o600);
      expect(mode(join(dataDir, 'postgres', 'data'))).toBe(0o700);
      expect(mode(join(dataDir, 'postgres')) & 0o077).toBe(0);
    } finally {
      await handle.release();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stores and logs an SMTP refusal without the address it quotes', async () => {
    const refused = 'gone.person@refusing.example';
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) =>
        callback(
          Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), {
            responseCode: 550,
          }),
        ),
    });
    await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
    const port = (smtp.server.address() as { port: number }).port;
    const app = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      WORKER: 'on',
      DELIVERY_MAX_ATTEMPTS: '1',
      DELIVERY_RATE_PER_MINUTE: '6000',
    });
    try {
      const owner = await verifiedUser(app);
      const organisationId = await organisationOf(app, owner);
      const letter = await letterOf(app, owner, organisationId, { visibility: 'PUBLIC' });
      await openDraft(app, owner, letter.id);
      await addRecipient(app, owner, letter.id, { name: 'Gone Office', role: 'TO', channel: 'EMAIL', email: refused });
      await deliverLetter(app, owner, letter.id);
      let lastError: string | null = null;
      for (let i = 0; i < 200 && !lastError; i++) {
        const { rows } = await app.sql.query<{ last_error: string | null }>(
          'SELECT last_error FROM deliveries WHERE letter_id = $1',
          [letter.id],
        );
        lastError = rows[0]?.last_error ?? null;
        if (!lastError) await new Promise((done) => setTimeout(done, 100));
      }
      expect(lastError).toContain('550');
      expect(lastError).toContain('Recipient address rejected');
      expect(lastError).not.toContain(refused);
      const stored = await app.sql.query<{ text: string }>(
        `SELECT coalesce(string_agg(note, ' '), '') AS text FROM delivery_events e
           JOIN deliveries d ON d.id = e.delivery_id WHERE d.letter_id = $1`,
        [letter.id],
      );
      expect(stored.rows[0].text).not.toContain(refused);
      const jobs = await app.sql.query<{ text: string }>(
        "SELECT coalesce(string_agg(output::text, ' '), '') AS text FROM pgboss.job WHERE output IS NOT NULL",
      );
      expect(jobs.rows[0].text).not.toContain(refused);
    } finally {
      await app.close();
      await new Promise<void>((done) => smtp.close(() => done()));
    }
  });
});
