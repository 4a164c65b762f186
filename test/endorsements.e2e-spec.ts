import { createClient, type Client } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { errorCode, startTestApp, type GqlArguments, type TestApp } from './support/test-app';
import {
  createLetter,
  createOrganisation,
  ENDORSE_LETTER,
  endorseAs,
  endorseInput,
  openDraft,
  reviseLetter,
  signUp,
  verifyDirectly,
  type TestUser,
} from './support/factories';
import { eventually } from './support/eventually';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { countStatements } from './support/statements';
import { subscribe, untilSubscribed } from './support/subscriptions';
import { graphql } from './gql';
import type { EndorsementsSignatoriesQuery, SignatoryOrder, TypedDocumentString } from './gql/graphql';

const COUNTRIES = ['US', 'GB', 'CN', 'HK', 'Tibet', 'East Turkestan'];
const COUNTS = graphql(`
  query EndorsementsCounts($id: ID!) {
    letter(id: $id) {
      counts {
        signed
        anonymous
        needsReconfirmation
        withdrawn
        declined
        invited
        supporters
      }
    }
  }
`);
const SIGNATORIES = graphql(`
  query EndorsementsSignatories($id: ID!, $order: SignatoryOrder, $country: String, $first: Int, $after: String) {
    letter(id: $id) {
      signatories(order: $order, country: $country, first: $first, after: $after) {
        totalCount
        anonymousCount
        edges {
          cursor
          node {
            displayName
            country
            organisationSlug
            lead
            signedAt
            organisation {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
const ADD_CO_LEAD = graphql(`
  mutation EndorsementsAddCoLead($i: AddCoLeadInput!) {
    addCoLead(input: $i) {
      id
    }
  }
`);
const ACCEPT_CO_LEAD = graphql(`
  mutation EndorsementsAcceptCoLead($l: ID!, $o: ID!) {
    acceptCoLead(letterId: $l, organisationId: $o) {
      id
    }
  }
`);
const INVITE_ORGANISATIONS = graphql(`
  mutation EndorsementsInviteOrganisations($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
      status
      organisation {
        id
      }
    }
  }
`);
const INVITE_BY_EMAIL = graphql(`
  mutation EndorsementsInviteByEmail($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);
const ACCEPT_INVITATION = graphql(`
  mutation EndorsementsAcceptInvitation($t: String!, $o: ID!) {
    acceptInvitation(token: $t, organisationId: $o) {
      status
      organisation {
        id
      }
    }
  }
`);
const CURRENT_HASH = graphql(`
  query EndorsementsCurrentHash($id: ID!) {
    letter(id: $id) {
      currentVersion {
        contentHash
      }
    }
  }
`);
const DECLINE = graphql(`
  mutation EndorsementsDecline($t: String!) {
    declineInvitation(token: $t, reason: "Not our mandate") {
      status
    }
  }
`);
const WITHDRAW = graphql(`
  mutation EndorsementsWithdraw($i: WithdrawInput!) {
    withdrawEndorsement(input: $i) {
      status
    }
  }
`);
const SIGNED_ENDORSEMENTS = graphql(`
  query EndorsementsSignedEndorsements($id: ID!) {
    letter(id: $id) {
      endorsements(status: SIGNED, first: 100) {
        totalCount
      }
    }
  }
`);
const ENDORSEMENTS = graphql(`
  query EndorsementsEndorsements($id: ID!) {
    letter(id: $id) {
      endorsements {
        totalCount
      }
    }
  }
`);
const COUNTS_CHANGED = graphql(`
  subscription EndorsementsCountsChanged($id: ID!) {
    letterCountsChanged(letterId: $id) {
      signed
      anonymous
      needsReconfirmation
    }
  }
`);

interface Org {
  id: string;
  name: string;
  country: string;
  owner: TestUser;
}

type SignatoryNode = NonNullable<EndorsementsSignatoriesQuery['letter']>['signatories']['edges'][number]['node'];

// One scenario, told in order: each `it` is a step that continues from the letter, signatures and
// revisions the steps before it left (run the file whole). Other test files build their own data per test.
describe('the coalition letter, one scenario in order', () => {
  let a: TestApp; // API process A
  let b: TestApp; // API process B, same database
  const smtp = new SmtpSink();
  const leads: Org[] = [];
  const orgs: Org[] = [];
  let letterId: string;
  let hash: string;
  const seenByOutsiders: string[] = [];

  /** A non-lead caller's request: every body is kept, to search for the unnamed afterwards. */
  async function asOutsider<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...args: GqlArguments<TVariables>
  ) {
    const response = await b.gql(document, ...args);
    seenByOutsiders.push(response.text);
    return response;
  }

  beforeAll(async () => {
    await smtp.start();
    // No supporters here: the count folder's and the dispatcher's idle checks would land in the statement counts.
    a = await startTestApp({
      SMTP_URL: smtp.url,
      WORKER: 'on',
      COUNT_FOLD_INTERVAL_MS: '60000',
      TARGET_DISPATCH_INTERVAL_MS: '60000',
    });
    b = await startTestApp({ SMTP_URL: smtp.url }, a.database);
    const names = [
      'Amnesty Coalition',
      'Ärzte für Menschenrechte',
      'Bridge Initiative',
      'Campaign for Uyghurs',
      'China Labour Voice',
      'Dui Hua Friends',
      'Éducation Sans Frontières',
      'Free Tibet Action',
      'Freedom House Allies',
      'Hong Kong Democracy Council',
      'Hong Kong Watch Partners',
      'Human Rights in China Network',
      'International Campaign for Tibet',
      'Justice Collective',
      'Kurdish Rights Forum',
      'Labour Rights Asia',
      'Lawyers for Lawyers Circle',
      'Môn Rights Project',
      'Network of Chinese Defenders',
      'Ökumenisches Netz',
      'PEN Solidarity',
      'Pro Bono Defenders',
      'Reporters Alliance',
      'Rights Practice Group',
      'Safeguard Defenders Circle',
      'Scholars at Risk Friends',
      'Students for a Free Tibet UK',
      'Tibet Justice Centre',
      'Tibetan Women Association',
      'Uyghur Human Rights Project Allies',
      'Uyghur Solidarity',
      'Victims Memorial Circle',
      'Women Human Rights Defenders',
      'World Uyghur Network',
      'Writers in Exile',
      'Xinjiang Witness',
      'Youth for Human Rights',
      'Zhejiang Labour Watch',
      'Ärzte ohne Grenzen Freunde',
      'Ångström Rights Forum',
      'Øresund Human Rights',
      'Ιδρυμα Δικαιωμάτων',
    ];
    for (const [i, name] of ['Human Rights Watch Lead', 'Tibet Lead Council', 'Uyghur Lead Congress'].entries()) {
      const owner = await signUp(a, `Lead owner ${i}`);
      await verifyDirectly(a, owner);
      const org = await createOrganisation(a, owner, { name, country: COUNTRIES[i] });
      leads.push({ id: org.id, name, country: COUNTRIES[i], owner });
    }
    for (const [i, name] of names.entries()) {
      const owner = await signUp(a, `Owner ${i}`);
      await verifyDirectly(a, owner);
      const country = COUNTRIES[i % COUNTRIES.length];
      const org = await createOrganisation(a, owner, { name, country });
      orgs.push({ id: org.id, name, country, owner });
    }
    const letter = await createLetter(a, leads[0].owner, leads[0].id, {
      title: 'Raise the cases of the detained in Beijing',
      body: 'Dear Secretary,\n\nWe ask you to raise the cases of those detained.\n\nSincerely,',
      endorsementDeadline: new Date(Date.now() + 86_400_000).toISOString(),
    });
    letterId = letter.id;
    for (const lead of leads.slice(1)) {
      await a.gql(ADD_CO_LEAD, { i: { letterId, organisationId: lead.id } }, leads[0].owner.accessToken);
      await a.gql(ACCEPT_CO_LEAD, { l: letterId, o: lead.id }, lead.owner.accessToken);
    }
  }, 600_000);
  afterAll(async () => {
    await b.close();
    await a.close();
    await smtp.stop();
  });

  it('invites 40 organisations in one call and 2 by email, opens, and collects signatures', async () => {
    const invited = await a.gql(
      INVITE_ORGANISATIONS,
      {
        input: {
          letterId,
          invitees: orgs.slice(0, 40).map((o) => ({ organisationId: o.id })),
          message: 'Please join us.',
        },
      },
      leads[1].owner.accessToken,
    );
    expect(invited.body.data?.inviteEndorsers).toHaveLength(40);
    // Two more by email (their owners' addresses), bound to their organisations when they accept.
    for (const org of orgs.slice(40)) {
      const email = org.owner.email;
      const byEmail = await a.gql(
        INVITE_BY_EMAIL,
        { input: { letterId, invitees: [{ email, name: org.name }] } },
        leads[0].owner.accessToken,
      );
      expect(byEmail.body.errors).toBeUndefined();
      const mail = await smtp.waitFor(email, (m) => / to co-sign a letter$/.test(m.parsed.subject ?? ''));
      expect(mail.parsed.text).toContain('Raise the cases of the detained in Beijing');
      const accepted = await a.gql(ACCEPT_INVITATION, { t: tokenFrom(mail), o: org.id }, org.owner.accessToken);
      expect(accepted.body.data?.acceptInvitation).toEqual({ status: 'ACCEPTED', organisation: { id: org.id } });
    }
    // Organisation invitations reach the organisation's signers.
    await smtp.waitFor(orgs[0].owner.email, (m) => / to co-sign a letter$/.test(m.parsed.subject ?? ''));

    await openDraft(a, leads[0].owner, letterId);
    const current = await a.gql(CURRENT_HASH, { id: letterId }, leads[0].owner.accessToken);
    hash = current.body.data?.letter?.currentVersion.contentHash as string;

    for (const lead of leads) {
      const signed = await a.gql(ENDORSE_LETTER, endorseInput(letterId, lead.id, hash), lead.owner.accessToken);
      expect(signed.body.errors).toBeUndefined();
    }
    // 38 sign (orgs 0..37; 0, 1 and 2 unnamed), 38 declines, 39 signs then withdraws,
    // 40's MEMBER-only user is refused, 41 does nothing.
    for (const [i, org] of orgs.slice(0, 38).entries()) {
      const signed = await b.gql(
        ENDORSE_LETTER,
        endorseInput(letterId, org.id, hash, { anonymous: i < 3 }),
        org.owner.accessToken,
      );
      expect(signed.body.data?.endorseLetter.status).toBe('SIGNED');
    }
    const declineMail = await smtp.waitFor(orgs[38].owner.email, (m) =>
      / to co-sign a letter$/.test(m.parsed.subject ?? ''),
    );
    const declined = await a.gql(DECLINE, { t: tokenFrom(declineMail) }, orgs[38].owner.accessToken);
    expect(declined.body.data?.declineInvitation.status).toBe('DECLINED');
    const toWithdraw = await endorseAs(a, { user: orgs[39].owner, org: orgs[39] }, letterId, hash);
    const withdrawn = await a.gql(
      WITHDRAW,
      { i: { endorsementId: toWithdraw.id, reason: 'Board decision' } },
      orgs[39].owner.accessToken,
    );
    expect(withdrawn.body.data?.withdrawEndorsement.status).toBe('WITHDRAWN');
    const member = await signUp(a, 'Only a member');
    await verifyDirectly(a, member);
    await a.sql.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
      orgs[40].id,
      member.id,
    ]);
    const refused = await a.gql(ENDORSE_LETTER, endorseInput(letterId, orgs[40].id, hash), member.accessToken);
    expect(errorCode(refused)).toBe('FORBIDDEN');

    const counts = await a.gql(COUNTS, { id: letterId }, leads[0].owner.accessToken);
    expect(counts.body.data?.letter?.counts).toEqual({
      signed: 41,
      anonymous: 3,
      needsReconfirmation: 0,
      withdrawn: 1,
      declined: 1,
      invited: 42,
      supporters: 0,
    });
  });

  it('asks every signatory to re-confirm after a material revision, and counts exactly', async () => {
    const revised = await reviseLetter(a, leads[0].owner, {
      letterId,
      body: 'Dear Secretary,\n\nWe ask you to raise the cases of those detained, by name.\n\nSincerely,',
      material: true,
    });
    const newHash = revised.contentHash;
    const mail = await smtp.waitFor(orgs[5].owner.email, (m) => /re-confirm/i.test(m.parsed.subject ?? ''));
    expect(mail.parsed.text).toContain('+We ask you to raise the cases of those detained, by name.');
    const after = await a.gql(COUNTS, { id: letterId }, leads[0].owner.accessToken);
    expect(after.body.data?.letter?.counts).toMatchObject({ signed: 0, anonymous: 0, needsReconfirmation: 41 });

    // The old hash no longer signs.
    const stale = await a.gql(ENDORSE_LETTER, endorseInput(letterId, orgs[30].id, hash), orgs[30].owner.accessToken);
    expect(errorCode(stale)).toBe('STALE_VERSION');
    // 30 re-confirm: the 3 leads, the 3 unnamed, and 24 named others (orgs 3..26).
    for (const lead of leads) await endorseAs(a, { user: lead.owner, org: lead }, letterId, newHash);
    for (const [i, org] of orgs.slice(0, 27).entries()) {
      const reconfirmed = await b.gql(
        ENDORSE_LETTER,
        endorseInput(letterId, org.id, newHash, { anonymous: i < 3 }),
        org.owner.accessToken,
      );
      expect(reconfirmed.body.data?.endorseLetter).toMatchObject({ status: 'SIGNED', contentHash: newHash });
    }
    const counts = await a.gql(COUNTS, { id: letterId }, leads[0].owner.accessToken);
    expect(counts.body.data?.letter?.counts).toEqual({
      signed: 30,
      anonymous: 3,
      needsReconfirmation: 11,
      withdrawn: 1,
      declined: 1,
      invited: 42,
      supporters: 0,
    });
  });

  it('lists the signatories exactly, in every order, by country, page by page, never the unnamed', async () => {
    const viewer = orgs[41].owner; // invited, not a lead: sees the letter, not the unnamed
    const named = [...leads, ...orgs.slice(3, 27)];
    const collator = new Intl.Collator('und');
    const byName = (x: Org, y: Org) => collator.compare(x.name, y.name);
    const expected: Record<string, Org[]> = {
      LEADS_FIRST: [...leads, ...orgs.slice(3, 27).sort(byName)],
      ALPHABETICAL: [...named].sort(byName),
    };
    async function all(
      order: SignatoryOrder,
      country?: string,
    ): Promise<{ nodes: SignatoryNode[]; total: number; anonymous: number }> {
      const nodes: SignatoryNode[] = [];
      let after: string | undefined;
      let total = 0;
      let anonymous = 0;
      for (let page = 0; page < 20; page++) {
        const response = await asOutsider(
          SIGNATORIES,
          { id: letterId, order, country, first: 7, after },
          viewer.accessToken,
        );
        const connection = response.body.data?.letter?.signatories;
        if (!connection) throw new Error(response.text);
        nodes.push(...connection.edges.map((e) => e.node));
        total = connection.totalCount;
        anonymous = connection.anonymousCount;
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor ?? undefined;
      }
      return { nodes, total, anonymous };
    }
    for (const order of ['LEADS_FIRST', 'ALPHABETICAL'] as const) {
      const { nodes, total, anonymous } = await all(order);
      expect(nodes.map((n) => n.displayName)).toEqual(expected[order].map((o) => o.name));
      expect([total, anonymous]).toEqual([27, 3]);
    }
    const bySignedAt = await all('SIGNED_AT');
    expect(bySignedAt.nodes.map((n) => n.displayName).sort()).toEqual(named.map((o) => o.name).sort());
    expect(bySignedAt.nodes.filter((n) => n.lead).map((n) => n.displayName)).toEqual(leads.map((l) => l.name));
    for (const country of COUNTRIES) {
      const { nodes, total, anonymous } = await all('LEADS_FIRST', country);
      const want = expected.LEADS_FIRST.filter((o) => o.country === country).map((o) => o.name);
      expect(nodes.map((n) => n.displayName)).toEqual(want);
      expect([total, anonymous]).toEqual([want.length, 3]);
    }
    const csv = await request(b.url)
      .get(
        `/letters/${(await a.sql.query('SELECT slug FROM letters WHERE id = $1', [letterId])).rows[0].slug}/signatories.csv`,
      )
      .set('Authorization', `Bearer ${viewer.accessToken}`);
    expect(csv.status).toBe(200);
    seenByOutsiders.push(csv.text);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(28);
    expect(csv.headers['x-anonymous-signatories']).toBe('3');
    // A lead sees every endorsement, the unnamed included.
    const endorsements = await a.gql(SIGNED_ENDORSEMENTS, { id: letterId }, leads[0].owner.accessToken);
    expect(endorsements.body.data?.letter?.endorsements.totalCount).toBe(30);
    const forbiddenList = await asOutsider(ENDORSEMENTS, { id: letterId }, viewer.accessToken);
    expect(errorCode(forbiddenList)).toBe('NOT_FOUND');
  });

  it('tells a subscriber on process A of an endorsement made through process B, and never names the unnamed', async () => {
    const viewer = orgs[41].owner;
    const received: string[] = [];
    // Probes announced until the subscription is live carry impossible counts, to be told apart.
    const PROBE = { signed: -1, anonymous: -1, needsReconfirmation: -1 };
    let probed = false;
    const client: Client = createClient({
      url: a.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${viewer.accessToken}` },
    });
    const first = new Promise<Record<string, number>>((resolve, reject) => {
      subscribe(
        client,
        COUNTS_CHANGED,
        { id: letterId },
        {
          next: (message) => {
            received.push(JSON.stringify(message));
            if (!message.data) reject(new Error(JSON.stringify(message)));
            else if (message.data.letterCountsChanged.signed === PROBE.signed) probed = true;
            else resolve(message.data.letterCountsChanged);
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await untilSubscribed(a.sql, 'letterCountsChanged', { letterId, counts: PROBE }, () => probed);
    const signed = await b.gql(
      ENDORSE_LETTER,
      endorseInput(letterId, orgs[27].id, await currentHash()),
      orgs[27].owner.accessToken,
    );
    expect(signed.body.errors).toBeUndefined();
    expect(await first).toEqual({ signed: 31, anonymous: 3, needsReconfirmation: 10 });
    await client.dispose();
    seenByOutsiders.push(...received);

    // Everything a non-lead caller received, searched for the unnamed organisations.
    for (const secret of orgs.slice(0, 3).flatMap((o) => [o.name, o.id])) {
      for (const body of seenByOutsiders) expect(body).not.toContain(secret);
    }
  });

  it('issues the same number of SQL statements for a signatories page of 10 and of 100', async () => {
    // Work left over in this process (counts published after the last endorsement) would be
    // counted too: wait until the process is quiet for a moment.
    await eventually(async () => (await countStatements(() => new Promise((done) => setTimeout(done, 300)))) === 0, {
      what: 'no statements in the background',
    });
    const counts: number[] = [];
    for (const first of [10, 100]) {
      const statements = await countStatements(async () => {
        const response = await a.gql(SIGNATORIES, { id: letterId, first }, leads[0].owner.accessToken);
        expect(response.body.errors).toBeUndefined();
      });
      counts.push(statements);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });

  async function currentHash(): Promise<string> {
    const { rows } = await a.sql.query(
      'SELECT v.content_hash FROM letters l JOIN letter_versions v ON v.letter_id = l.id AND v.number = l.current_version WHERE l.id = $1',
      [letterId],
    );
    return rows[0].content_hash;
  }
});
