import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { countRows, createOrganisation, signUp, uniqueEmail, type TestUser } from './support/factories';
import { graphql } from './gql';

const ORGANISATION = graphql(`
  query OrganisationsOrganisation($id: ID) {
    organisation(id: $id) {
      id
      name
      country
      members {
        id
        role
        user {
          id
          email
        }
      }
    }
  }
`);
const INVITE = graphql(`
  mutation OrganisationsInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      organisation {
        id
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation OrganisationsAccept($t: String!) {
    acceptMembershipInvitation(token: $t) {
      id
      role
      user {
        id
      }
      organisation {
        id
      }
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation OrganisationsChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);
const REMOVE = graphql(`
  mutation OrganisationsRemove($id: ID!) {
    removeMember(membershipId: $id)
  }
`);
const MY_MEMBERSHIPS = graphql(`
  query OrganisationsMyMemberships {
    me {
      memberships {
        organisation {
          id
        }
      }
    }
  }
`);
const LIST = graphql(`
  query OrganisationsList($search: String, $country: String, $first: Int, $after: String) {
    organisations(search: $search, country: $country, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          name
          country
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('organisations', () => {
  let app: TestApp;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  async function ownerMembershipId(owner: TestUser, organisationId: string): Promise<string> {
    const response = await app.gql(ORGANISATION, { id: organisationId }, owner.accessToken);
    return response.body.data?.organisation?.members.find((m) => m.user.id === owner.id)?.id as string;
  }

  it('creates, invites by email, accepts, promotes and demotes; the last OWNER is kept', async () => {
    const owner = await signUp(app, 'Owner One');
    const org = await createOrganisation(app, owner, {
      name: 'Tibet Justice Centre',
      country: 'Tibet',
      website: 'https://tibet.example',
    });
    expect(org.slug).toBe('tibet-justice-centre');

    const inviteeEmail = uniqueEmail('invitee');
    const invited = await app.gql(
      INVITE,
      { input: { organisationId: org.id, email: inviteeEmail, role: 'MEMBER' } },
      owner.accessToken,
    );
    expect(invited.body.data?.inviteMember).toMatchObject({ email: inviteeEmail, role: 'MEMBER' });
    const mail = await smtp.waitFor(inviteeEmail, (m) => /invited to join/.test(m.parsed.subject ?? ''));
    expect(mail.parsed.text).toContain('Tibet Justice Centre');

    const invitee = await signUp(app, 'Invitee', inviteeEmail);
    const accepted = await app.gql(ACCEPT, { t: tokenFrom(mail) }, invitee.accessToken);
    const membership = accepted.body.data?.acceptMembershipInvitation;
    expect(membership).toMatchObject({ role: 'MEMBER', user: { id: invitee.id } });
    if (!membership) throw new Error(accepted.text);

    // The invitee sees the member list with emails; it shows both members.
    const seen = await app.gql(ORGANISATION, { id: org.id }, invitee.accessToken);
    expect(seen.body.data?.organisation?.members.map((m) => m.user.email).sort()).toEqual(
      [owner.email, inviteeEmail].sort(),
    );

    const promoted = await app.gql(
      CHANGE_ROLE,
      { input: { membershipId: membership.id, role: 'SIGNATORY' } },
      owner.accessToken,
    );
    expect(promoted.body.data?.changeMemberRole.role).toBe('SIGNATORY');
    const demoted = await app.gql(
      CHANGE_ROLE,
      { input: { membershipId: membership.id, role: 'MEMBER' } },
      owner.accessToken,
    );
    expect(demoted.body.data?.changeMemberRole.role).toBe('MEMBER');

    // A MEMBER cannot change roles.
    const ownerMembership = await ownerMembershipId(owner, org.id);
    const byMember = await app.gql(
      CHANGE_ROLE,
      { input: { membershipId: ownerMembership, role: 'MEMBER' } },
      invitee.accessToken,
    );
    expect(errorCode(byMember)).toBe('FORBIDDEN');

    // The last OWNER can be neither demoted nor removed.
    const demoteLast = await app.gql(
      CHANGE_ROLE,
      { input: { membershipId: ownerMembership, role: 'SIGNATORY' } },
      owner.accessToken,
    );
    expect(errorCode(demoteLast)).toBe('INVALID_STATE');
    expect(errorCode(await app.gql(REMOVE, { id: ownerMembership }, owner.accessToken))).toBe('INVALID_STATE');
    const { rows } = await app.sql.query(`SELECT role FROM memberships WHERE id = $1`, [ownerMembership]);
    expect(rows[0].role).toBe('OWNER');

    // With a second OWNER, the first may step down; a member may leave.
    await app.gql(CHANGE_ROLE, { input: { membershipId: membership.id, role: 'OWNER' } }, owner.accessToken);
    const stepDown = await app.gql(
      CHANGE_ROLE,
      { input: { membershipId: ownerMembership, role: 'MEMBER' } },
      owner.accessToken,
    );
    expect(stepDown.body.errors).toBeUndefined();
    expect((await app.gql(REMOVE, { id: ownerMembership }, owner.accessToken)).body.data).toEqual({
      removeMember: true,
    });
  });

  it('never shows the member list, or members’ emails, to anyone but members', async () => {
    const owner = await signUp(app, 'Private Owner');
    const org = await createOrganisation(app, owner, { name: 'Uyghur Rights Network', country: 'East Turkestan' });
    const outsider = await signUp(app, 'Outsider');
    const anonymous = await app.gql(ORGANISATION, { id: org.id });
    const asOutsider = await app.gql(ORGANISATION, { id: org.id }, outsider.accessToken);
    for (const response of [anonymous, asOutsider]) {
      expect(response.body.data).toMatchObject({ organisation: { id: org.id, members: [] } });
      expect(response.text).not.toContain(owner.email);
      expect(response.text).not.toContain(owner.id);
    }
    // Nor can an outsider touch a membership: it does not exist for them.
    const membershipId = await ownerMembershipId(owner, org.id);
    const change = await app.gql(CHANGE_ROLE, { input: { membershipId, role: 'MEMBER' } }, outsider.accessToken);
    expect(errorCode(change)).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(REMOVE, { id: membershipId }, outsider.accessToken))).toBe('NOT_FOUND');
    // Nor invite people into it.
    const invite = await app.gql(
      INVITE,
      { input: { organisationId: org.id, email: uniqueEmail(), role: 'OWNER' } },
      outsider.accessToken,
    );
    expect(errorCode(invite)).toBe('FORBIDDEN');
    // And a fellow member's other affiliations stay hidden.
    const other = await createOrganisation(app, owner, { name: 'Secret Second Org' });
    const me = await app.gql(MY_MEMBERSHIPS, {}, owner.accessToken);
    expect(me.body.data?.me.memberships.map((m) => m.organisation.id).sort()).toEqual([org.id, other.id].sort());
  });

  it('accepts an invitation only for the invited address', async () => {
    const owner = await signUp(app, 'Owner Three');
    const org = await createOrganisation(app, owner, { name: 'Hong Kong Watch' });
    const email = uniqueEmail('right');
    await app.gql(INVITE, { input: { organisationId: org.id, email, role: 'SIGNATORY' } }, owner.accessToken);
    const mail = await smtp.waitFor(email);
    const wrongPerson = await signUp(app, 'Wrong Person');
    const attempt = await app.gql(ACCEPT, { t: tokenFrom(mail) }, wrongPerson.accessToken);
    expect(errorCode(attempt)).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(ACCEPT, { t: 'forged-token' }, wrongPerson.accessToken))).toBe('NOT_FOUND');
  });

  it('lists organisations by name with search, country filter and cursor pagination', async () => {
    const owner = await signUp(app, 'Lister');
    const names = ['Alpha Advocacy', 'Beta Rights', 'Gamma Watch', 'Delta Alpha Trust', 'Epsilon Aid'];
    for (const name of names)
      await createOrganisation(app, owner, { name, country: name.startsWith('E') ? 'GB' : 'us' });
    const alpha = await app.gql(LIST, { search: 'alpha' });
    expect(alpha.body.data?.organisations.edges.map((e) => e.node.name)).toEqual([
      'Alpha Advocacy',
      'Delta Alpha Trust',
    ]);
    const gb = await app.gql(LIST, { country: 'gb' });
    expect(gb.body.data?.organisations.edges.map((e) => e.node)).toEqual([{ name: 'Epsilon Aid', country: 'GB' }]);

    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const response = await app.gql(LIST, { country: 'US', first: 2, after });
      const connection = response.body.data?.organisations;
      expect(connection?.totalCount).toBe(4);
      seen.push(...(connection?.edges.map((e) => e.node.name) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(['Alpha Advocacy', 'Beta Rights', 'Delta Alpha Trust', 'Gamma Watch']);
    expect(errorCode(await app.gql(LIST, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(LIST, { first: 1000 }))).toBe('BAD_USER_INPUT');
  });

  describe('bad input changes nothing and answers BAD_USER_INPUT', () => {
    // A plain string: some of these inputs are deliberately not a CreateOrganisationInput.
    const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
    const cases: [string, Record<string, unknown>][] = [
      ['an empty name', { name: '' }],
      ['a 10 kB name', { name: 'x'.repeat(10_240) }],
      ['an unknown country code', { name: 'Org', country: 'XX' }],
      ['a website that is not a URL', { name: 'Org', website: 'javascript:alert(1)' }],
      ['a wrong type', { name: 42 }],
      ['an unknown field', { name: 'Org', members: [] }],
    ];
    it.each(cases)('%s', async (_label, input) => {
      const owner = await signUp(app);
      const before = [await countRows(app, 'organisations'), await countRows(app, 'memberships')];
      const response = await app.gql(CREATE, { input }, owner.accessToken);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect([await countRows(app, 'organisations'), await countRows(app, 'memberships')]).toEqual(before);
    });

    it('a malformed id', async () => {
      expect(errorCode(await app.gql(ORGANISATION, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
    });
  });
});
