import { createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { eventually } from './support/eventually';
import {
  addRecipient,
  createLetter,
  deliverLetter,
  memberOf,
  openDraft,
  organisationWithOwner,
  type OrganisationOwner,
} from './support/factories';
import { setPetition, signAs } from './support/petitions';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { subscribe } from './support/subscriptions';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const LETTER = graphql(`
  query EmbargoLetter($slug: String!) {
    letter(slug: $slug) {
      id
      title
      publishAt
      timeline {
        title
      }
    }
  }
`);
const LETTERS = graphql(`
  query EmbargoLetters {
    letters(first: 50) {
      edges {
        node {
          title
        }
      }
    }
  }
`);
const SET_PUBLICATION = graphql(`
  mutation EmbargoSetPublication($letterId: ID!, $publishAt: DateTime) {
    setPublication(letterId: $letterId, publishAt: $publishAt) {
      id
      publishAt
    }
  }
`);
const COUNTS_CHANGED = graphql(`
  subscription EmbargoCountsChanged($id: ID!) {
    letterCountsChanged(letterId: $id) {
      signed
    }
  }
`);
const EDITION = graphql(`
  query EmbargoEdition($slug: String!) {
    letter(slug: $slug) {
      edition {
        id
      }
    }
  }
`);

const INVITE = graphql(`
  mutation EmbargoInvite($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);
const SIGN_BY_INVITATION = graphql(`
  mutation EmbargoSignByInvitation($input: SignByInvitationInput!) {
    signByInvitation(input: $input) {
      status
    }
  }
`);

const MINUTE = 60_000;

interface Embargoed {
  id: string;
  slug: string;
  title: string;
  contentHash: string;
}

/** A PUBLIC letter, opened, under embargo until `publishAt`. */
async function embargoedLetter(
  api: TestApp,
  lead: OrganisationOwner,
  title: string,
  publishAt: Date,
): Promise<Embargoed> {
  const letter = await createLetter(api, lead.user, lead.organisationId, {
    title,
    visibility: 'PUBLIC',
    publishAt: publishAt.toISOString(),
  });
  await openDraft(api, lead, letter.id);
  return { id: letter.id, slug: letter.slug, title, contentHash: letter.currentVersion.contentHash };
}

/**
 * The clock moved to the letter's hour, not waited for: its publishAt (and the jobs queued for it)
 * set to now, as they would stand a minute later.
 */
async function reachHour(api: TestApp, letterId: string): Promise<void> {
  await api.sql.query(`UPDATE letters SET publish_at = now() - interval '1 second' WHERE id = $1`, [letterId]);
  await api.sql.query(
    `UPDATE pgboss.job SET start_after = now() WHERE name = 'letters.publish-at' AND data->>'letterId' = $1 AND state = 'created'`,
    [letterId],
  );
}

/** What the public reads of a letter on every surface: each answer with its Cache-Control. */
async function publicSurfaces(
  app: TestApp,
  letter: Embargoed,
): Promise<{ name: string; status: number; text: string; cacheControl: string }[]> {
  const get = async (name: string, path: string) => {
    const response = await request(app.url).get(path);
    return {
      name,
      status: response.status,
      text: response.text,
      cacheControl: String(response.headers['cache-control'] ?? ''),
    };
  };
  const variables = encodeURIComponent(JSON.stringify({ slug: letter.slug }));
  return [
    await get(
      'GraphQL letter by slug (GET)',
      `/graphql?query=${encodeURIComponent(LETTER.toString())}&variables=${variables}`,
    ),
    await (async () => {
      const response = await app.gql(LETTER, { slug: letter.slug });
      return { name: 'GraphQL letter by slug (POST)', status: response.status, text: response.text, cacheControl: '' };
    })(),
    await (async () => {
      const response = await app.gql(LETTERS);
      return { name: 'GraphQL letters list', status: response.status, text: response.text, cacheControl: '' };
    })(),
    await get('/l/:slug', `/l/${letter.slug}`),
    await get('/embed/:slug', `/embed/${letter.slug}`),
    await get('count.json', `/letters/${letter.slug}/count.json`),
    await get('signatories.csv', `/letters/${letter.slug}/signatories.csv`),
    await get('PDF', `/letters/${letter.slug}.pdf`),
  ];
}

/** An anonymous subscription to the letter's counts: what it received, and whether it ended. */
async function anonymousSubscription(app: TestApp, letterId: string): Promise<{ text: string; refused: boolean }> {
  const client = createClient({
    url: `${app.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
  });
  const received: unknown[] = [];
  let ended = false;
  subscribe(
    client,
    COUNTS_CHANGED,
    { id: letterId },
    {
      next: (message) => received.push(message),
      error: (error) => {
        received.push(error);
        ended = true;
      },
      complete: () => (ended = true),
    },
  );
  await eventually(() => ended || received.length > 0, { what: 'the subscription answered', timeoutMs: 5_000 }).catch(
    () => undefined,
  );
  await client.dispose();
  return { text: JSON.stringify(received), refused: ended };
}

describe('embargo: a letter delivered first, published at the hour its leads chose', () => {
  const smtp = new SmtpSink();
  let api: TestApp;
  let second: TestApp;
  let worker: TestApp | undefined;
  let lead: OrganisationOwner;

  beforeAll(async () => {
    await smtp.start();
    // The API that creates the database, a second API process on the same database (with a
    // long-lived public response cache), and a worker process that can be restarted.
    api = await startTestApp({ SMTP_URL: smtp.url, TRUST_PROXY: '1' });
    second = await startTestApp({ PUBLIC_RESPONSE_CACHE_MS: '10000' }, api.database);
    worker = await startTestApp({ WORKER: 'on', SMTP_URL: smtp.url }, api.database);
    lead = await organisationWithOwner(api);
  });
  afterAll(async () => {
    await worker?.close();
    await second?.close();
    await api?.close();
    await smtp.stop();
  });

  it('keeps a PUBLIC letter under embargo private on every public surface, then publishes it at the hour in every process', async () => {
    const publishAt = new Date(Date.now() + MINUTE);
    const letter = await embargoedLetter(api, lead, 'Embargoed until the minute', publishAt);
    await setPetition(api, lead, { letterId: letter.id, acceptSupporters: true });

    for (const app of [api, second]) {
      for (const surface of await publicSurfaces(app, letter)) {
        expect({ surface: surface.name, leaks: surface.text.includes(letter.title) }).toEqual({
          surface: surface.name,
          leaks: false,
        });
        expect({ surface: surface.name, cacheControl: surface.cacheControl }).not.toEqual({
          surface: surface.name,
          cacheControl: expect.stringContaining('public'),
        });
      }
      const subscription = await anonymousSubscription(app, letter.id);
      expect(subscription.refused).toBe(true);
      expect(subscription.text).not.toContain(letter.title);
      expect(subscription.text).toContain('NOT_FOUND');
    }
    // The public cannot sign what it may not see yet.
    const signed = await signAs(api, letter.id, { name: 'Early Bird', email: 'early@example.org' });
    expect(errorCode(signed as never)).toBe('NOT_FOUND');
    expect((await api.sql.query('SELECT 1 FROM signatures WHERE letter_id = $1', [letter.id])).rowCount).toBe(0);
    // Its leads read its PDF, which no shared cache may keep before the hour.
    const leadPdf = await request(api.url)
      .get(`/letters/${letter.slug}.pdf`)
      .set('Authorization', `Bearer ${lead.token}`);
    expect(leadPdf.status).toBe(200);
    expect(leadPdf.headers['cache-control']).toBe('private, no-store');
    // Its leads work as today, and see the embargo.
    const asLead = await api.gql(LETTER, { slug: letter.slug }, lead.token);
    expect(asLead.body.data?.letter?.title).toBe(letter.title);
    expect(asLead.body.data?.letter?.publishAt).toBe(publishAt.toISOString());

    // The second process holds the public list and count in its caches (from a moment ago).
    expect((await second.gql(LETTERS)).text).not.toContain(letter.title);
    expect((await request(second.url).get(`/letters/${letter.slug}/count.json`)).status).toBe(404);

    await reachHour(api, letter.id);
    const published = await eventually(
      async () => {
        const read = await api.gql(LETTER, { slug: letter.slug });
        return read.body.data?.letter?.timeline.some((entry) => entry.title === 'Published') && read;
      },
      { what: 'the letter published, with "Published" on its timeline' },
    );
    expect(published.body.data?.letter?.title).toBe(letter.title);
    // The other process serves it at once: its caches dropped what they held.
    const started = Date.now();
    await eventually(async () => (await second.gql(LETTERS)).text.includes(letter.title), {
      what: 'the letter in the second process list',
      timeoutMs: 2_000,
    });
    await eventually(async () => (await request(second.url).get(`/letters/${letter.slug}/count.json`)).status === 200, {
      what: "the letter's count in the second process",
      timeoutMs: 2_000,
    });
    expect(Date.now() - started).toBeLessThan(2_500);
    const page = await request(second.url).get(`/l/${letter.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta property="og:title" content="${letter.title}">`);
  });

  it('still publishes after the worker restarts between scheduling and the hour', async () => {
    const letter = await embargoedLetter(api, lead, 'Published after a restart', new Date(Date.now() + MINUTE));
    const stopped = worker;
    worker = undefined;
    await stopped?.close();
    await reachHour(api, letter.id);
    // No worker runs: the letter is public by the clock, but nothing has published it yet (no
    // "Published", no process told).
    await new Promise((done) => setTimeout(done, 1_500));
    const timeline = async () =>
      (await api.gql(LETTER, { slug: letter.slug })).body.data?.letter?.timeline.map((entry) => entry.title) ?? [];
    expect(await timeline()).not.toContain('Published');
    worker = await startTestApp({ WORKER: 'on', SMTP_URL: smtp.url }, api.database);
    await eventually(async () => (await timeline()).includes('Published'), {
      what: 'the letter published by the new worker',
    });
  });

  it('keeps the letter private when its hour is moved later, and publishes it at once when cleared', async () => {
    const first = new Date(Date.now() + MINUTE);
    const letter = await embargoedLetter(api, lead, 'Moved later, then cleared', first);
    const later = new Date(Date.now() + 10 * MINUTE);
    const moved = await api.gql(SET_PUBLICATION, { letterId: letter.id, publishAt: later.toISOString() }, lead.token);
    expect(moved.body.data?.setPublication.publishAt).toBe(later.toISOString());
    // The first hour comes: its job runs, reads the new time, and leaves the letter private.
    await api.sql.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'letters.publish-at' AND data->>'letterId' = $1 AND start_after <= $2`,
      [letter.id, first],
    );
    await eventually(
      async () =>
        (
          await api.sql.query(
            `SELECT 1 FROM pgboss.job WHERE name = 'letters.publish-at' AND data->>'letterId' = $1 AND state = 'completed'`,
            [letter.id],
          )
        ).rowCount === 1,
      { what: 'the job of the first hour run' },
    );
    expect((await api.gql(LETTER, { slug: letter.slug })).body.data?.letter).toBeFalsy();
    expect((await request(api.url).get(`/letters/${letter.slug}/count.json`)).status).toBe(404);
    // Nothing was published at the old hour: no "Published" on the timeline its leads read.
    const asLead = await api.gql(LETTER, { slug: letter.slug }, lead.token);
    expect(asLead.body.data?.letter?.timeline.map((entry) => entry.title)).not.toContain('Published');

    // Cleared: public at once, "Published" on its timeline.
    const cleared = await api.gql(SET_PUBLICATION, { letterId: letter.id, publishAt: null }, lead.token);
    expect(cleared.body.errors).toBeUndefined();
    const read = await api.gql(LETTER, { slug: letter.slug });
    expect(read.body.data?.letter?.title).toBe(letter.title);
    expect(read.body.data?.letter?.timeline.map((entry) => entry.title)).toContain('Published');
    // Once public, the time can no longer change.
    const again = await api.gql(
      SET_PUBLICATION,
      { letterId: letter.id, publishAt: new Date(Date.now() + MINUTE).toISOString() },
      lead.token,
    );
    expect(errorCode(again)).toBe('INVALID_STATE');
  });

  it('lets its leads set a new hour when the old one passed while the letter was still a draft (never public)', async () => {
    const draft = await createLetter(api, lead.user, lead.organisationId, {
      title: 'Hour passed in draft',
      visibility: 'PUBLIC',
      publishAt: new Date(Date.now() + MINUTE).toISOString(),
    });
    // The hour comes while the letter is still a DRAFT: the public has seen nothing of it.
    await reachHour(api, draft.id);
    expect((await api.gql(LETTER, { slug: draft.slug })).body.data?.letter).toBeFalsy();
    const later = new Date(Date.now() + 10 * MINUTE);
    const moved = await api.gql(SET_PUBLICATION, { letterId: draft.id, publishAt: later.toISOString() }, lead.token);
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data?.setPublication.publishAt).toBe(later.toISOString());
    // Opened, it stays under the new embargo.
    await openDraft(api, lead, draft.id);
    expect((await api.gql(LETTER, { slug: draft.slug })).body.data?.letter).toBeFalsy();
    expect((await request(api.url).get(`/letters/${draft.slug}/count.json`)).status).toBe(404);
  });

  it('lets no cache keep its files before the hour: not the 404 the public gets, nor the signatories its leads read', async () => {
    const letter = await embargoedLetter(api, lead, 'No file kept past the hour', new Date(Date.now() + MINUTE));
    for (const path of [`/letters/${letter.slug}.pdf`, `/letters/${letter.slug}/signatories.csv`]) {
      const anonymous = await request(api.url).get(path);
      expect({ path, status: anonymous.status, cacheControl: anonymous.headers['cache-control'] }).toEqual({
        path,
        status: 404,
        cacheControl: expect.stringContaining('no-store'),
      });
    }
    const csv = await request(api.url)
      .get(`/letters/${letter.slug}/signatories.csv`)
      .set('Authorization', `Bearer ${lead.token}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['cache-control']).toBe('private, no-store');
  });

  it('refuses a past time, a PRIVATE letter and callers who do not run the letter, changing nothing', async () => {
    const letter = await embargoedLetter(api, lead, 'Guarded publication', new Date(Date.now() + MINUTE));
    const past = await api.gql(
      SET_PUBLICATION,
      { letterId: letter.id, publishAt: new Date(Date.now() - MINUTE).toISOString() },
      lead.token,
    );
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    const member = await memberOf(api, lead, 'MEMBER');
    const byMember = await api.gql(SET_PUBLICATION, { letterId: letter.id, publishAt: null }, member.token);
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    const stranger = await organisationWithOwner(api);
    const byStranger = await api.gql(SET_PUBLICATION, { letterId: letter.id, publishAt: null }, stranger.token);
    expect(errorCode(byStranger)).toBe('NOT_FOUND');
    expect((await api.gql(LETTER, { slug: letter.slug })).body.data?.letter).toBeFalsy();

    const privateLetter = await createLetter(api, lead.user, lead.organisationId, { visibility: 'PRIVATE' });
    const onPrivate = await api.gql(
      SET_PUBLICATION,
      { letterId: privateLetter.id, publishAt: new Date(Date.now() + MINUTE).toISOString() },
      lead.token,
    );
    expect(errorCode(onPrivate)).toBe('BAD_USER_INPUT');
    // The database holds the rule too.
    await expect(
      api.sql.query(`UPDATE letters SET publish_at = now() + interval '1 hour' WHERE id = $1`, [privateLetter.id]),
    ).rejects.toThrow(/letters_publish_at_public/);
  });

  it('says "embargoed until" in the invitation (inviter\'s time zone and UTC) and in a guest\'s receipt (theirs, in their language)', async () => {
    // 23:01 UTC on 17 June: 00:01 on 18 June in London, 07:01 on 18 June in Taipei.
    const publishAt = new Date('2027-06-17T23:01:00Z');
    const letter = await embargoedLetter(api, lead, 'Embargoed until the meeting', publishAt);
    const guest = `director-${Date.now()}@embargo.example`;
    const invited = await api.gql(
      INVITE,
      { input: { letterId: letter.id, invitees: [{ email: guest, name: 'Guest Org' }] } },
      lead.token,
      { 'X-Time-Zone': 'Europe/London' },
    );
    expect(invited.body.errors).toBeUndefined();
    const invitation = await smtp.waitFor(guest, (m) => /invites/.test(m.parsed.subject ?? ''));
    expect(invitation.parsed.text).toMatch(
      /Embargoed until Friday, June 18, 2027 at 12:01:00 AM GMT\+1 \(Thursday, June 17, 2027 at 11:01:00 PM UTC\)/,
    );
    expect(invitation.parsed.html).toContain('Embargoed until Friday, June 18, 2027');

    // The guest, invited, signs before the hour as before, from a page in Traditional Chinese in Taipei.
    const signed = await api.gql(
      SIGN_BY_INVITATION,
      {
        input: {
          token: tokenFrom(invitation),
          contentHash: letter.contentHash,
          organisationName: 'Taipei Rights Group',
          signerName: 'Lin Mei',
          signerTitle: 'Director',
          authorised: true,
        },
      },
      undefined,
      { 'Accept-Language': 'zh-Hant', 'X-Time-Zone': 'Asia/Taipei' },
    );
    expect(signed.body.data?.signByInvitation.status).toBe('SIGNED');
    const receipt = await smtp.waitFor(guest, (m) => /簽署/.test(m.parsed.subject ?? ''));
    expect(receipt.parsed.text).toContain('此信函禁發至 2027年6月18日 星期五');
    expect(receipt.parsed.text).toMatch(/7:01:00 \[GMT\+8\]/);
    // Signed by a guest, still nothing for the public.
    expect((await api.gql(LETTER, { slug: letter.slug })).body.data?.letter).toBeFalsy();
  });

  it('delivers before the hour: recipients get the letter and /verify answers, while the public sees nothing', async () => {
    const letter = await embargoedLetter(api, lead, 'Delivered under embargo', new Date(Date.now() + MINUTE));
    await addRecipient(api, lead, letter.id, {
      name: 'Secretary of State',
      role: 'TO',
      channel: 'EMAIL',
      email: 'secretary@state.example',
    });
    await deliverLetter(api, lead, letter.id);
    const mail = await eventually(() => smtp.messages.find((m) => m.to.includes('secretary@state.example')), {
      what: 'the delivered letter',
    });
    expect(`${mail.parsed.subject} ${mail.parsed.text}`).toContain(letter.title);
    const edition = (await api.gql(EDITION, { slug: letter.slug }, lead.token)).body.data?.letter?.edition;
    expect(edition?.id).toBeTruthy();
    const verify = await request(api.url).get(`/verify/${edition?.id}`).set('Accept', 'application/json');
    expect(verify.status).toBe(200);
    expect(verify.body.title).toBe(letter.title);

    for (const surface of await publicSurfaces(api, letter)) {
      expect({ surface: surface.name, leaks: surface.text.includes(letter.title) }).toEqual({
        surface: surface.name,
        leaks: false,
      });
    }
    await reachHour(api, letter.id);
    await eventually(async () => (await api.gql(LETTER, { slug: letter.slug })).body.data?.letter?.title, {
      what: 'the delivered letter published at the hour',
    });
  });
});
