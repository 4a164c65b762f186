import request from 'supertest';
import { eventually } from './support/eventually';
import { createLetter, openLetter, organisationWithOwner, type OrganisationOwner } from './support/factories';
import { CONFIRM, setPetition, signAs } from './support/petitions';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { countStatements } from './support/statements';
import { graphql } from './gql';
import { startTestApp, type TestApp } from './support/test-app';

const CROWDED_PAGE = graphql(`
  query PetitionCountCrowdedPage($slug: String!) {
    letter(slug: $slug) {
      title
      counts {
        signed
        supporters
      }
      signatories(first: 20) {
        totalCount
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation PetitionCountClose($id: ID!) {
    closeLetter(letterId: $id) {
      id
    }
  }
`);
const STATUS = graphql(`
  query PetitionCountStatus($s: String!) {
    letter(slug: $s) {
      status
    }
  }
`);

/** Statements matching `pattern`: the worker in this process folds and polls meanwhile. */
function countMatching(pattern: RegExp, work: () => Promise<void>): Promise<number> {
  return countStatements(work, (text) => pattern.test(text));
}

describe('count.json', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let lead: OrganisationOwner;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    app = await startTestApp({ WORKER: 'on', SMTP_URL: smtp.url, TRUST_PROXY: '1', COUNT_FOLD_INTERVAL_MS: '200' });
    lead = await organisationWithOwner(app);
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('serves a crowd from one load per moment, cacheable with an ETag, and follows the count when it changes', async () => {
    const letter = await openLetter(app, lead, { title: 'Count me' });
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, goal: 10 });
    const first = await request(app.url).get(`/letters/${letter.slug}/count.json`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ signed: 0, supporters: 0, goal: 10 });
    expect(first.headers['cache-control']).toBe('public, max-age=5');
    expect(first.headers.etag).toBeDefined();
    const again = await request(app.url)
      .get(`/letters/${letter.slug}/count.json`)
      .set('If-None-Match', first.headers.etag as string);
    expect(again.status).toBe(304);

    // 500 reloads by 50 people at once reach PostgreSQL a handful of times, not 500.
    const loads = await countMatching(/FROM letters WHERE slug/, async () => {
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          for (let i = 0; i < 10; i++) {
            const response = await request(app.url).get(`/letters/${letter.slug}/count.json`);
            expect(response.status).toBe(200);
          }
        }),
      );
    });
    expect(loads).toBeLessThan(10);

    // A confirmed signature shows once folded: the cached count is dropped when the counts change.
    await signAs(app, letter.letterId, { name: 'Counted Person', email: `counted.${process.pid}@example.org` });
    const token = tokenFrom(await smtp.waitFor(`counted.${process.pid}@example.org`));
    expect((await app.gql(CONFIRM, { token })).body.errors).toBeUndefined();
    await eventually(
      async () => (await request(app.url).get(`/letters/${letter.slug}/count.json`)).body.supporters === 1 || undefined,
      { what: 'the new count in count.json' },
    );
  });

  it('answers 404 for a private or draft letter and for a slug that does not exist, cached by no one', async () => {
    const privateLetter = await openLetter(app, lead, { visibility: 'PRIVATE', title: 'Private' });
    const draft = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    for (const slug of [privateLetter.slug, draft.slug, 'no-such-letter-1234']) {
      const response = await request(app.url).get(`/letters/${slug}/count.json`);
      expect(response.status).toBe(404);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.text).not.toContain('Private');
    }
  });

  it('answers a crowd asking the public letter query from one execution per moment, and never caches a token holder or a private letter', async () => {
    const cached = await startTestApp({ PUBLIC_RESPONSE_CACHE_MS: '1000' }, app.database);
    try {
      const letter = await openLetter(app, lead, { title: 'Crowded page' });
      const privateLetter = await openLetter(app, lead, { visibility: 'PRIVATE', title: 'Not for the crowd' });
      const ask = (slug: string, token?: string) => cached.gql(CROWDED_PAGE, { slug }, token);
      // What one execution reads, asked once of another public letter (a key of its own).
      const other = await openLetter(app, lead, { title: 'Another page' });
      const perExecution = await countMatching(/"letters"/, async () => void (await ask(other.slug)));
      expect(perExecution).toBeGreaterThanOrEqual(1);
      const started = Date.now();
      const reads = await countMatching(/"letters"/, async () => {
        await Promise.all(
          Array.from({ length: 20 }, async () => {
            for (let i = 0; i < 10; i++) expect((await ask(letter.slug)).body.data?.letter?.title).toBe('Crowded page');
          }),
        );
      });
      // 200 asks execute once per second they span (the crowd waits for the one execution), not 200
      // times: counted against the seconds this machine took, so a slow machine passes as a fast one.
      const moments = Math.ceil((Date.now() - started) / 1_000) + 1;
      expect(reads).toBeGreaterThanOrEqual(perExecution);
      expect(reads).toBeLessThanOrEqual(perExecution * moments);
      expect(moments).toBeLessThan(200);
      // Someone signed in gets their own answer, executed each time.
      const signedIn = await countMatching(/"letters"/, async () => {
        for (let i = 0; i < 5; i++) await ask(letter.slug, lead.token);
      });
      expect(signedIn).toBeGreaterThanOrEqual(5);
      // A private letter answers null to the public, and null is never kept: the lead still sees it.
      expect((await ask(privateLetter.slug)).body.data?.letter).toBeNull();
      expect((await ask(privateLetter.slug, lead.token)).body.data?.letter?.title).toBe('Not for the crowd');
      // A change shows within the cache's second.
      await app.gql(CLOSE, { id: letter.letterId }, lead.token);
      await eventually(
        async () => (await cached.gql(STATUS, { s: letter.slug })).body.data?.letter?.status === 'CLOSED' || undefined,
        { timeoutMs: 3_000, what: 'the closed letter' },
      );
    } finally {
      await cached.close();
    }
  });
});
