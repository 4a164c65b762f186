import request from 'supertest';
import { endorseAs, openLetter, organisationWithOwner, type OrganisationOwner } from './support/factories';
import { eventually } from './support/eventually';
import { CONFIRM, setPetition, signAs } from './support/petitions';
import { importFixtures } from './support/representatives';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { SET_TARGETING } from './support/targeting';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { apiKeyOf, REVOKE_API_KEY } from './support/api-keys';
import { graphql } from './gql';

type Hal = Record<string, unknown> & {
  _links: Record<string, { href: string } | { href: string }[] | unknown>;
  _embedded?: Record<string, Hal[] | Hal>;
};

const LETTER_SIGNERS = graphql(`
  query OsdiLetterSigners($id: ID!) {
    letter(id: $id) {
      id
      signatories(first: 50) {
        anonymousCount
        edges {
          node {
            displayName
          }
        }
      }
      endorsements(first: 50) {
        edges {
          node {
            id
            displayName
            signerName
            anonymous
          }
        }
      }
    }
  }
`);

// Live postcodes of the fixture (test/fixtures/representatives), in two constituencies.
const POSTCODES = ['BR8 7RE', 'TN13 1AA', 'SW1A 1AA', 'EC2V 7HH'];
const UNNAMED_ORGANISATION = 'Quiet Refuge Collective';
const UNNAMED_SIGNER = 'Nadia Hidden-Person';

describe('OSDI 1.1 at /osdi/v1', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let lead: OrganisationOwner;
  let leadKey: string;
  let outsiderKey: string;
  let letterId: string;
  let unnamedEndorsementId: string;
  const consenting: string[] = [];
  const silent: string[] = [];

  const osdi = (path: string, token: string | null = leadKey, header = 'OSDI-API-Token'): request.Test => {
    const call = request(app.url).get(path.replace(app.config.publicUrl, ''));
    return token === null ? call : call.set(header, header === 'Authorization' ? `Bearer ${token}` : token);
  };
  const hal = async (path: string, token: string = leadKey): Promise<Hal> => {
    const response = await osdi(path, token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/hal\+json/);
    return response.body as Hal;
  };

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    app = await startTestApp({
      WORKER: 'on',
      SMTP_URL: smtp.url,
      TRUST_PROXY: '1',
      SIGN_RATE_LIMIT: '0',
      PUBLIC_URL: 'https://undersigned.example',
      // Polled below until the worker has queued every outreach; the limit has its own test.
      API_KEY_RATE_LIMIT: '0',
    });
    await importFixtures(app.database.url);
    lead = await organisationWithOwner(app, { name: 'Library Friends' });
    leadKey = (await apiKeyOf(app, lead, 'Action Network')).token;
    outsiderKey = (await apiKeyOf(app, await organisationWithOwner(app, { name: 'Bystanders' }))).token;

    const letter = await openLetter(app, lead, {
      title: 'Keep the Riverside Library open',
      body: 'Dear Member of Parliament,\n\nKeep the Riverside Library open.\n\nYours,',
    });
    letterId = letter.letterId;
    await setPetition(app, lead, {
      letterId,
      acceptSupporters: true,
      askPostcode: true,
      consentText: 'Library Friends may email me about this campaign',
    });
    const targeting = await app.gql(
      SET_TARGETING,
      { input: { letterId, mode: 'OWN_REPRESENTATIVE', areaType: 'WMC' } },
      lead.token,
    );
    expect(targeting.body.errors).toBeUndefined();

    // Two organisations sign: one named, one unnamed (for its safety).
    const named = await organisationWithOwner(app, { name: 'Open Hands' });
    await endorseAs(app, { user: named.user, org: { id: named.organisationId } }, letterId, letter.contentHash, {
      signerName: 'Sam Open',
    });
    const quiet = await organisationWithOwner(app, { name: UNNAMED_ORGANISATION });
    unnamedEndorsementId = (
      await endorseAs(app, { user: quiet.user, org: { id: quiet.organisationId } }, letterId, letter.contentHash, {
        anonymous: true,
        signerName: UNNAMED_SIGNER,
      })
    ).id;

    // And 58 supporters confirm, every other one consenting to be contacted.
    for (let i = 0; i < 58; i += 1) {
      const email = `reader.${i}.${process.pid}@example.org`;
      (i % 2 ? silent : consenting).push(email);
      const signed = await signAs(app, letterId, {
        name: `Reader Number${i}`,
        email,
        postcode: POSTCODES[i % POSTCODES.length],
        consent: i % 2 === 0,
      });
      expect(signed.body.data?.signPetition).toBe(true);
    }
    for (const email of [...consenting, ...silent]) {
      const mail = await smtp.waitFor(email, (m) => m.parsed.subject?.startsWith('Confirm') ?? false);
      const confirmed = await app.gql(CONFIRM, { token: tokenFrom(mail) });
      expect(confirmed.body.data?.confirmSignature.status).toBe('CONFIRMED');
    }
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('answers the entry point with links to petitions and advocacy campaigns, and 401 without a key', async () => {
    const entry = await hal('/osdi/v1');
    expect(entry).toMatchObject({ osdi_version: '1.1', max_pagesize: 25 });
    expect(entry._links).toMatchObject({
      self: { href: 'https://undersigned.example/osdi/v1' },
      'osdi:petitions': { href: 'https://undersigned.example/osdi/v1/petitions' },
      'osdi:advocacy_campaigns': { href: 'https://undersigned.example/osdi/v1/advocacy_campaigns' },
      curies: [expect.objectContaining({ name: 'osdi', templated: true })],
    });
    expect((await osdi('/osdi/v1', null)).status).toBe(401);
    expect((await osdi('/osdi/v1', 'usk_made-up')).status).toBe(401);
    // The same key as a Bearer token works too; a person's access token does not (OSDI is for keys).
    expect((await osdi('/osdi/v1', leadKey, 'Authorization')).status).toBe(200);
    expect((await osdi('/osdi/v1', lead.token, 'Authorization')).status).toBe(401);
  });

  it('lists the letters the organisation leads as petitions, shaped as OSDI 1.1 says', async () => {
    const list = await hal('/osdi/v1/petitions');
    expect(list).toMatchObject({ page: 1, per_page: 25, total_records: 1, total_pages: 1 });
    const [petition] = list._embedded?.['osdi:petitions'] as Hal[];
    expect(petition).toEqual(
      expect.objectContaining({
        identifiers: [`undersigned:${letterId}`],
        origin_system: 'Undersigned',
        title: 'Keep the Riverside Library open',
        description: 'Dear Member of Parliament,',
        petition_text: 'Dear Member of Parliament,\n\nKeep the Riverside Library open.\n\nYours,',
        browser_url: expect.stringMatching(/^https:\/\/undersigned\.example\/l\//),
        total_signatures: 60,
        target: [],
        created_date: expect.any(String),
        modified_date: expect.any(String),
      }),
    );
    expect(petition._links['osdi:signatures']).toEqual({
      href: `https://undersigned.example/osdi/v1/petitions/${letterId}/signatures`,
    });
    expect(await hal(`/osdi/v1/petitions/${letterId}`)).toEqual(petition);
    // Not the business of an organisation that does not lead it.
    expect((await hal('/osdi/v1/petitions', outsiderKey)).total_records).toBe(0);
    expect((await osdi(`/osdi/v1/petitions/${letterId}`, outsiderKey)).status).toBe(404);
    expect((await osdi(`/osdi/v1/petitions/${letterId}/signatures`, outsiderKey)).status).toBe(404);
  });

  it('pages through 60 signatures 25 at a time by _links.next, each with its person embedded', async () => {
    const pages: Hal[] = [];
    let next: string | undefined = `/osdi/v1/petitions/${letterId}/signatures?per_page=25`;
    while (next) {
      const page = await hal(next);
      pages.push(page);
      next = (page._links.next as { href: string } | undefined)?.href;
      expect(pages.length).toBeLessThanOrEqual(3);
    }
    expect(pages.map((p) => [p.page, p.per_page, p.total_pages, p.total_records])).toEqual([
      [1, 25, 3, 60],
      [2, 25, 3, 60],
      [3, 25, 3, 60],
    ]);
    expect(pages[0]._links.prev).toBeUndefined();
    expect(pages[1]._links.prev).toEqual({
      href: `https://undersigned.example/osdi/v1/petitions/${letterId}/signatures?page=1&per_page=25`,
    });
    const signatures = pages.flatMap((p) => p._embedded?.['osdi:signatures'] as Hal[]);
    expect(signatures).toHaveLength(60);
    const ids = signatures.map((s) => (s.identifiers as string[])[0]);
    expect(new Set(ids).size).toBe(60);
    expect(ids.every((id) => /^undersigned:[0-9a-f-]{36}$/.test(id))).toBe(true);

    for (const signature of signatures) {
      expect(signature).toEqual(
        expect.objectContaining({
          action_date: expect.any(String),
          created_date: expect.any(String),
          modified_date: expect.any(String),
          origin_system: 'Undersigned',
        }),
      );
      expect(Object.keys(signature._links).sort()).toEqual(['osdi:person', 'osdi:petition', 'self']);
      const person = signature._embedded?.['osdi:person'] as Hal;
      expect(person).toEqual(
        expect.objectContaining({
          identifiers: signature.identifiers,
          given_name: expect.any(String),
          family_name: expect.any(String),
          email_addresses: expect.any(Array),
          postal_addresses: expect.any(Array),
        }),
      );
    }
    // The supporters, each once; a consenting one with their address, as Action Network matches people by it.
    const supporterEmails = signatures.flatMap((s) =>
      ((s._embedded?.['osdi:person'] as Hal).email_addresses as { address: string }[]).map((e) => e.address),
    );
    expect(supporterEmails.sort()).toEqual([...consenting].sort());
    const consentingPerson = signatures
      .map((s) => s._embedded?.['osdi:person'] as Hal)
      .find((p) => (p.email_addresses as unknown[]).length > 0)!;
    expect(consentingPerson.email_addresses).toEqual([
      { address: expect.stringMatching(/^reader\.\d+\./), primary: true, status: 'subscribed' },
    ]);
    expect(consentingPerson.postal_addresses).toEqual([{ postal_code: expect.any(String) }]);
    // The organisations' signers: the organisation in employer and custom_fields.
    const organisations = signatures
      .map((s) => s._embedded?.['osdi:person'] as Hal)
      .filter((p) => p.employer)
      .map((p) => p.employer);
    expect(organisations.sort()).toEqual(['Open Hands', UNNAMED_ORGANISATION]);

    // A signature and a person by their own links.
    const one = signatures[0];
    expect(await hal((one._links.self as { href: string }).href)).toEqual(one);
    expect(await hal((one._links['osdi:person'] as { href: string }).href)).toEqual(one._embedded?.['osdi:person']);
    // Page sizes are bounded: 500 is served as 25.
    expect((await hal(`/osdi/v1/petitions/${letterId}/signatures?per_page=500`)).per_page).toBe(25);
    expect((await osdi(`/osdi/v1/petitions/${letterId}/signatures?page=0`)).status).toBe(400);
  });

  it("shows an unnamed organisation's signature to the lead's key only, on OSDI and GraphQL", async () => {
    const all = async (token: string): Promise<string> => {
      const texts: string[] = [];
      for (let page = 1; page <= 3; page += 1) {
        texts.push((await osdi(`/osdi/v1/petitions/${letterId}/signatures?page=${page}`, token)).text);
      }
      texts.push((await osdi(`/osdi/v1/people/${unnamedEndorsementId}`, token)).text);
      texts.push((await osdi('/osdi/v1/petitions', token)).text);
      texts.push(JSON.stringify((await app.gql(LETTER_SIGNERS, { id: letterId }, token)).body));
      return texts.join('\n');
    };
    const seenByLead = await all(leadKey);
    expect(seenByLead).toContain(UNNAMED_ORGANISATION);
    expect(seenByLead).toContain(UNNAMED_SIGNER.split(' ')[1]);
    expect(seenByLead).toContain(unnamedEndorsementId);
    const leadGraphql = await app.gql(LETTER_SIGNERS, { id: letterId }, leadKey);
    expect(leadGraphql.body.data?.letter?.endorsements.edges.map((e) => e.node.anonymous).sort()).toEqual([
      false,
      true,
    ]);

    const seenByOutsider = await all(outsiderKey);
    expect(seenByOutsider).not.toContain(UNNAMED_ORGANISATION);
    expect(seenByOutsider).not.toContain(UNNAMED_SIGNER.split(' ')[1]);
    expect(seenByOutsider).not.toContain(unnamedEndorsementId);
    // The outsider's key reads the public letter, counting the unnamed signatory without naming it.
    const outsiderGraphql = await app.gql(
      graphql(`
        query OsdiOutsiderSignatories($id: ID!) {
          letter(id: $id) {
            signatories(first: 50) {
              anonymousCount
              edges {
                node {
                  displayName
                }
              }
            }
          }
        }
      `),
      { id: letterId },
      outsiderKey,
    );
    expect(outsiderGraphql.body.data?.letter?.signatories).toEqual({
      anonymousCount: 1,
      edges: [{ node: { displayName: 'Open Hands' } }],
    });
  });

  it('lists each supporter’s message to their representative as an outreach of the advocacy campaign', async () => {
    await eventually(async () => (await hal(`/osdi/v1/advocacy_campaigns/${letterId}`)).total_outreaches === 58, {
      what: '58 outreaches queued',
      timeoutMs: 60_000,
    });
    const campaigns = await hal('/osdi/v1/advocacy_campaigns');
    expect(campaigns.total_records).toBe(1);
    const campaign = await hal(`/osdi/v1/advocacy_campaigns/${letterId}`);
    expect(campaign).toEqual(
      expect.objectContaining({
        identifiers: [`undersigned:${letterId}`],
        title: 'Keep the Riverside Library open',
        type: 'email',
        total_outreaches: 58,
      }),
    );
    const first = await hal((campaign._links['osdi:outreaches'] as { href: string }).href);
    expect(first).toMatchObject({ total_records: 58, total_pages: 3 });
    const [outreach] = first._embedded?.['osdi:outreaches'] as Hal[];
    expect(outreach).toEqual(
      expect.objectContaining({
        identifiers: [expect.stringMatching(/^undersigned:/)],
        action_date: expect.any(String),
        type: 'email',
        subject: 'Keep the Riverside Library open',
        targets: [expect.objectContaining({ given_name: expect.any(String), family_name: expect.any(String) })],
      }),
    );
    expect(Object.keys(outreach._links).sort()).toEqual(['osdi:advocacy_campaign', 'osdi:person', 'self']);
    expect(await hal((outreach._links.self as { href: string }).href)).toEqual(outreach);
    // The people behind them, every page: a supporter who did not consent has no email there either.
    const outreaches: Hal[] = [];
    for (let page: Hal | undefined = first; page;) {
      outreaches.push(...(page._embedded?.['osdi:outreaches'] as Hal[]));
      const next = page._links.next as { href: string } | undefined;
      page = next ? await hal(next.href) : undefined;
    }
    expect(outreaches).toHaveLength(58);
    const people = await Promise.all(outreaches.map((o) => hal((o._links['osdi:person'] as { href: string }).href)));
    const emails = people.flatMap((p) => (p.email_addresses as { address: string }[]).map((e) => e.address));
    expect(emails.sort()).toEqual([...consenting].sort());
    const texts = JSON.stringify(people) + JSON.stringify(outreaches);
    for (const email of silent) expect(texts).not.toContain(email);
    expect((await osdi(`/osdi/v1/advocacy_campaigns/${letterId}/outreaches`, outsiderKey)).status).toBe(404);
  });

  it('never puts the email of a supporter who did not consent in any payload', async () => {
    const texts: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      texts.push((await osdi(`/osdi/v1/petitions/${letterId}/signatures?page=${page}`)).text);
      texts.push((await osdi(`/osdi/v1/advocacy_campaigns/${letterId}/outreaches?page=${page}`)).text);
    }
    const { rows } = await app.sql.query<{ id: string }>(
      'SELECT id FROM signatures WHERE letter_id = $1 AND NOT consented',
      [letterId],
    );
    expect(rows).toHaveLength(29);
    for (const { id } of rows) texts.push((await osdi(`/osdi/v1/people/${id}`)).text);
    const all = texts.join('\n');
    for (const email of silent) expect(all).not.toContain(email);
    for (const email of consenting) expect(all).toContain(email);
  });

  it('is never kept by a shared cache: every answer, personal or not, is private, no-store', async () => {
    // The key travels in OSDI-API-Token, a header a shared cache does not take for credentials (unlike
    // Authorization): without this, a proxy could hand one organisation's supporters to the next caller.
    const { rows } = await app.sql.query<{ id: string }>(
      'SELECT id FROM signatures WHERE letter_id = $1 AND consented LIMIT 1',
      [letterId],
    );
    const paths = [
      '/osdi/v1',
      '/osdi/v1/petitions',
      `/osdi/v1/petitions/${letterId}`,
      `/osdi/v1/petitions/${letterId}/signatures`,
      `/osdi/v1/petitions/${letterId}/signatures/${rows[0].id}`,
      `/osdi/v1/people/${rows[0].id}`,
      '/osdi/v1/advocacy_campaigns',
      `/osdi/v1/advocacy_campaigns/${letterId}`,
      `/osdi/v1/advocacy_campaigns/${letterId}/outreaches`,
    ];
    for (const path of paths) {
      const response = await osdi(path);
      expect([path, response.status]).toEqual([path, 200]);
      expect([path, response.headers['cache-control']]).toEqual([path, 'private, no-store']);
    }
    // Errors too (nothing in them, but nothing to keep either).
    expect((await osdi('/osdi/v1/petitions/not-a-uuid')).headers['cache-control']).toBe('private, no-store');
  });

  it('answers bad or far-off paging and ids plainly, never with a server error', async () => {
    const far = await osdi(`/osdi/v1/petitions/${letterId}/signatures?page=999999999&per_page=25`);
    expect(far.status).toBe(200);
    expect(far.body).toMatchObject({ page: 999999999, total_records: 60, total_pages: 3 });
    expect(far.body._embedded['osdi:signatures']).toEqual([]);
    for (const query of ['page=-1', 'page=1e3', 'per_page=0', 'page=9999999999', 'page=1&page=2']) {
      expect([query, (await osdi(`/osdi/v1/petitions/${letterId}/signatures?${query}`)).status]).toEqual([query, 400]);
    }
    for (const id of ['x', '1', 'a'.repeat(5000), '00000000-0000-0000-0000-000000000000']) {
      expect((await osdi(`/osdi/v1/people/${id}`)).status).toBe(404);
      expect((await osdi(`/osdi/v1/petitions/${id}/signatures`)).status).toBe(404);
    }
  });

  it('answers 401 at once for a revoked key', async () => {
    const key = await apiKeyOf(app, lead, 'to revoke');
    expect((await osdi(`/osdi/v1/petitions/${letterId}/signatures`, key.token)).status).toBe(200);
    const revoked = await app.gql(REVOKE_API_KEY, { apiKeyId: key.id }, lead.token);
    expect(errorCode(revoked)).toBeUndefined();
    const after = await osdi(`/osdi/v1/petitions/${letterId}/signatures`, key.token);
    expect(after.status).toBe(401);
    expect(after.text).not.toContain('undersigned:');
  });
});
