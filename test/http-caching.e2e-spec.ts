import { createHash } from 'node:crypto';
import request from 'supertest';
import {
  countRows,
  createLetter,
  createOrganisation,
  ENDORSE_LETTER,
  endorseInput,
  openDraft,
  PASSWORD,
  signUp,
  uniqueEmail,
  verifyDirectly,
  type TestUser,
} from './support/factories';
import { errorCode, startTestApp, type TestApp } from './support/test-app';

// Plain strings: these tests send them by hand (persisted-query GETs, forms), the wire format being their subject.
const PUBLIC_LETTER = `query PublicLetter($slug: String!) {
  letter(slug: $slug) { id title status leadOrganisations { name }
    signatories(first: 10) { totalCount edges { node { displayName } } } counts { signed } } }`;
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A GET as Apollo Client's persisted-query link sends it: the document's hash, and the document only if given. */
function persistedGet(query: string, variables: Record<string, unknown>, withDocument = false): string {
  const params = new URLSearchParams({
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }),
  });
  if (withDocument) params.set('query', query);
  return `/graphql?${params.toString()}`;
}

describe('HTTP caching of public reads, and CSRF', () => {
  let app: TestApp;
  let lead: TestUser;
  let publicSlug: string;
  let privateSlug: string;
  let draftSlug: string;

  beforeAll(async () => {
    app = await startTestApp();
    lead = await signUp(app, 'Cache Lead');
    await verifyDirectly(app, lead);
    const organisation = await createOrganisation(app, lead, { name: 'Cache Lead Org', country: 'GB' });
    const open = async (visibility: 'PUBLIC' | 'PRIVATE'): Promise<string> => {
      const letter = await createLetter(app, lead, organisation.id, { visibility });
      await openDraft(app, lead, letter.id);
      return letter.slug;
    };
    publicSlug = await open('PUBLIC');
    privateSlug = await open('PRIVATE');
    draftSlug = (await createLetter(app, lead, organisation.id, { visibility: 'PRIVATE' })).slug;
    const publicLetter = await app.sql.query('SELECT id FROM letters WHERE slug = $1', [publicSlug]);
    const { rows } = await app.sql.query(
      'SELECT v.content_hash FROM letter_versions v WHERE v.letter_id = $1 ORDER BY v.number DESC LIMIT 1',
      [publicLetter.rows[0].id],
    );
    const signed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(publicLetter.rows[0].id, organisation.id, rows[0].content_hash),
      lead.accessToken,
    );
    expect(signed.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers a public letter read by GET with a persisted-query hash: 200, Cache-Control public, an ETag', async () => {
    const variables = { slug: publicSlug };
    // First the hash alone: the server does not know the document yet, and says so without caching.
    const unknown = await request(app.url).get(persistedGet(PUBLIC_LETTER, variables));
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors[0].message).toBe('PersistedQueryNotFound');
    expect(unknown.headers['cache-control']).not.toMatch(/public/);
    // Then once with the document, as the client retries...
    const registered = await request(app.url).get(persistedGet(PUBLIC_LETTER, variables, true));
    expect(registered.status).toBe(200);
    expect(registered.body.data.letter.title).toBe('Raise the cases of the detained');
    // ...and from then on the hash alone is enough: a URL any HTTP cache can key on.
    const response = await request(app.url).get(persistedGet(PUBLIC_LETTER, variables));
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.letter.signatories.totalCount).toBe(1);
    expect(response.headers['cache-control']).toBe('public, max-age=5');
    expect(response.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(response.headers.vary).toMatch(/Authorization/i);
  });

  it('refuses a persisted-query hash that does not match its document, or an unknown version, as BAD_USER_INPUT', async () => {
    for (const persistedQuery of [
      { version: 1, sha256Hash: sha256('{ __typename }') },
      { version: 2, sha256Hash: sha256(PUBLIC_LETTER) },
    ]) {
      const params = new URLSearchParams({
        query: PUBLIC_LETTER,
        variables: JSON.stringify({ slug: publicSlug }),
        extensions: JSON.stringify({ persistedQuery }),
      });
      const response = await request(app.url).get(`/graphql?${params.toString()}`);
      expect(response.status).toBe(400);
      expect(response.body.data ?? null).toBeNull();
      expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.headers['cache-control']).toBe('private, no-store');
    }
  });

  it('answers the same read with If-None-Match: 304 and no body', async () => {
    const url = persistedGet(PUBLIC_LETTER, { slug: publicSlug }, true);
    const first = await request(app.url).get(url);
    expect(first.headers.etag).toBeDefined();
    const again = await request(app.url).get(url).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers['cache-control']).toBe('public, max-age=5');
    // A changed letter gets a new ETag: a stale one answers the full body.
    const stale = await request(app.url).get(url).set('If-None-Match', '"stale"');
    expect(stale.status).toBe(200);
  });

  it('answers the same read with an Authorization header as private, no-store', async () => {
    const url = persistedGet(PUBLIC_LETTER, { slug: publicSlug }, true);
    const response = await request(app.url).get(url).set('Authorization', `Bearer ${lead.accessToken}`);
    expect(response.status).toBe(200);
    expect(response.body.data.letter.title).toBe('Raise the cases of the detained');
    expect(response.headers['cache-control']).toBe('private, no-store');
    // Even a bad token: the answer depends on the caller.
    const forged = await request(app.url).get(url).set('Authorization', 'Bearer forged');
    expect(forged.headers['cache-control']).toBe('private, no-store');
  });

  it('never answers a private letter, a draft or an unknown slug as public', async () => {
    for (const slug of [privateSlug, draftSlug, 'no-such-letter']) {
      const url = persistedGet(PUBLIC_LETTER, { slug }, true);
      const anonymous = await request(app.url).get(url);
      expect(anonymous.body.data?.letter ?? null).toBeNull();
      expect(anonymous.headers['cache-control']).toBe('private, no-store');
      const asLead = await request(app.url).get(url).set('Authorization', `Bearer ${lead.accessToken}`);
      if (slug !== 'no-such-letter') expect(asLead.body.data.letter.status).toBeDefined();
      expect(asLead.headers['cache-control']).toBe('private, no-store');
    }
  });

  it('lets a public letter’s PDF be cached a few seconds, and keeps a private letter’s and a draft’s private, no-store', async () => {
    const pdf = (slug: string) =>
      request(app.url).get(`/letters/${slug}.pdf`).set('Authorization', `Bearer ${lead.accessToken}`);
    const everyone = await request(app.url).get(`/letters/${publicSlug}.pdf`);
    expect(everyone.status).toBe(200);
    expect(everyone.headers['cache-control']).toBe('public, max-age=5');
    // The same bytes for a lead: nothing in a public letter's PDF depends on who asks.
    expect((await pdf(publicSlug)).headers['cache-control']).toBe('public, max-age=5');
    for (const slug of [privateSlug, draftSlug]) {
      const seen = await pdf(slug);
      expect({ slug, status: seen.status, cacheControl: seen.headers['cache-control'] }).toEqual({
        slug,
        status: 200,
        cacheControl: 'private, no-store',
      });
    }
  });

  it('keeps private anything that is not a public read: POST, a caller-dependent field, an error', async () => {
    const post = await request(app.url)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: PUBLIC_LETTER, variables: { slug: publicSlug } });
    expect(post.body.data.letter.title).toBeDefined();
    expect(post.headers['cache-control']).toBe('private, no-store');
    const withMe = await request(app.url).get(
      `/graphql?query=${encodeURIComponent(`{ letter(slug: "${publicSlug}") { id } me { id } }`)}`,
    );
    expect(withMe.headers['cache-control']).toBe('private, no-store');
    const withEndorsements = await request(app.url).get(
      `/graphql?query=${encodeURIComponent(`{ letter(slug: "${publicSlug}") { endorsements { totalCount } } }`)}`,
    );
    expect(withEndorsements.body.errors).toBeDefined();
    expect(withEndorsements.headers['cache-control']).toBe('private, no-store');
  });

  it('refuses a mutation over GET and writes nothing', async () => {
    const before = await countRows(app, 'users');
    const params = new URLSearchParams({
      query: SIGN_UP,
      variables: JSON.stringify({ input: { email: uniqueEmail('get'), password: PASSWORD, name: 'Via GET' } }),
    });
    const response = await request(app.url).get(`/graphql?${params.toString()}`);
    expect(response.status).toBe(405);
    expect(response.body.data ?? null).toBeNull();
    expect(response.headers['cache-control']).not.toMatch(/public/);
    expect(await countRows(app, 'users')).toBe(before);
  });

  it('executes nothing from a cross-site form POST (text/plain, urlencoded, multipart)', async () => {
    const before = await countRows(app, 'users');
    const variables = { input: { email: uniqueEmail('csrf'), password: PASSWORD, name: 'Via a form' } };
    const json = JSON.stringify({ query: SIGN_UP, variables });
    const attempts = [
      request(app.url).post('/graphql').set('Content-Type', 'text/plain').send(json),
      request(app.url).post('/graphql').set('Content-Type', 'text/plain; charset=utf-8').send(json),
      request(app.url)
        .post('/graphql')
        .type('form')
        .send({ query: SIGN_UP, variables: JSON.stringify(variables) }),
      request(app.url).post('/graphql').field('query', SIGN_UP).field('variables', JSON.stringify(variables)),
      request(app.url).post(
        `/graphql?${new URLSearchParams({ query: SIGN_UP, variables: JSON.stringify(variables) })}`,
      ),
    ];
    for (const attempt of attempts) {
      const response = await attempt;
      expect(response.status).toBe(415);
      expect(errorCode({ status: response.status, body: response.body, text: response.text })).toBe('BAD_USER_INPUT');
    }
    expect(await countRows(app, 'users')).toBe(before);
  });

  it('takes the max age from PUBLIC_CACHE_MAX_AGE_SECONDS', async () => {
    const other = await startTestApp({ PUBLIC_CACHE_MAX_AGE_SECONDS: '30' }, app.database);
    try {
      const response = await request(other.url).get(persistedGet(PUBLIC_LETTER, { slug: publicSlug }, true));
      expect(response.headers['cache-control']).toBe('public, max-age=30');
    } finally {
      await other.close();
    }
  });
});
