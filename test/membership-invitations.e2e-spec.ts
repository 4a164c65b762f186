import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { createOrganisation, signUp, uniqueEmail, type TestUser } from './support/factories';
import { graphql } from './gql';

const INVITE = graphql(`
  mutation MembershipInvitationsInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      status
    }
  }
`);
const ACCEPT = graphql(`
  mutation MembershipInvitationsAccept($t: String!) {
    acceptMembershipInvitation(token: $t) {
      id
      role
    }
  }
`);
const MEMBERS = graphql(`
  query MembershipInvitationsMembers($id: ID) {
    organisation(id: $id) {
      members {
        id
        role
        user {
          id
        }
      }
    }
  }
`);
const LIST = graphql(`
  query MembershipInvitationsList($id: ID!) {
    membershipInvitations(organisationId: $id) {
      id
      email
      role
      status
      expiresAt
      invitedBy {
        id
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation MembershipInvitationsRevoke($id: ID!) {
    revokeMembershipInvitation(id: $id)
  }
`);
const REMOVE = graphql(`
  mutation MembershipInvitationsRemove($id: ID!) {
    removeMember(membershipId: $id)
  }
`);
const CHANGE_ROLE = graphql(`
  mutation MembershipInvitationsChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

describe('membership invitations', () => {
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

  async function membershipOf(viewer: TestUser, organisationId: string, userId: string): Promise<string> {
    const response = await app.gql(MEMBERS, { id: organisationId }, viewer.accessToken);
    return response.body.data?.organisation?.members.find((m) => m.user.id === userId)?.id as string;
  }

  /** An organisation with two OWNERs, A and B. */
  async function twoOwners(name: string): Promise<{ a: TestUser; b: TestUser; orgId: string }> {
    const a = await signUp(app, `${name} A`);
    const org = await createOrganisation(app, a, { name });
    const bEmail = uniqueEmail('owner-b');
    await app.gql(INVITE, { input: { organisationId: org.id, email: bEmail, role: 'OWNER' } }, a.accessToken);
    const mail = await smtp.waitFor(bEmail);
    const b = await signUp(app, `${name} B`, bEmail);
    const accepted = await app.gql(ACCEPT, { t: tokenFrom(mail) }, b.accessToken);
    expect(accepted.body.errors).toBeUndefined();
    return { a, b, orgId: org.id };
  }

  it('a removed OWNER cannot come back through an invitation they sent to their other address', async () => {
    const { a, b, orgId } = await twoOwners('Comeback Org');
    const otherAddress = uniqueEmail('a-other');
    await app.gql(INVITE, { input: { organisationId: orgId, email: otherAddress, role: 'OWNER' } }, a.accessToken);
    const mail = await smtp.waitFor(otherAddress);

    const removed = await app.gql(REMOVE, { id: await membershipOf(b, orgId, a.id) }, b.accessToken);
    expect(removed.body.data).toEqual({ removeMember: true });

    const aAgain = await signUp(app, 'A again', otherAddress);
    const attempt = await app.gql(ACCEPT, { t: tokenFrom(mail) }, aAgain.accessToken);
    expect(errorCode(attempt)).toBe('INVALID_STATE');
    const members = await app.gql(MEMBERS, { id: orgId }, b.accessToken);
    expect(members.body.data?.organisation?.members.map((m) => m.user.id)).toEqual([b.id]);
  });

  it('an OWNER moved down to MEMBER loses the invitations they sent', async () => {
    const { a, b, orgId } = await twoOwners('Demotion Org');
    const email = uniqueEmail('demoted-invite');
    await app.gql(INVITE, { input: { organisationId: orgId, email, role: 'OWNER' } }, a.accessToken);
    const mail = await smtp.waitFor(email);
    const changed = await app.gql(
      CHANGE_ROLE,
      { input: { membershipId: await membershipOf(b, orgId, a.id), role: 'MEMBER' } },
      b.accessToken,
    );
    expect(changed.body.errors).toBeUndefined();
    const invitee = await signUp(app, 'Invitee', email);
    expect(errorCode(await app.gql(ACCEPT, { t: tokenFrom(mail) }, invitee.accessToken))).toBe('INVALID_STATE');
  });

  it('OWNERs list pending invitations and revoke one; the revoked link is refused', async () => {
    const { a, b, orgId } = await twoOwners('Listing Org');
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    await app.gql(INVITE, { input: { organisationId: orgId, email: first, role: 'SIGNATORY' } }, a.accessToken);
    await app.gql(INVITE, { input: { organisationId: orgId, email: second, role: 'MEMBER' } }, b.accessToken);
    const firstMail = await smtp.waitFor(first);

    const listed = await app.gql(LIST, { id: orgId }, b.accessToken);
    expect(listed.body.errors).toBeUndefined();
    const invitations = listed.body.data?.membershipInvitations ?? [];
    // B's own invitation (accepted) is not pending.
    expect(invitations.map((i) => [i.email, i.role, i.status, i.invitedBy?.id])).toEqual([
      [first, 'SIGNATORY', 'PENDING', a.id],
      [second, 'MEMBER', 'PENDING', b.id],
    ]);
    expect(new Date(invitations[0].expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);

    // Only OWNERs see or revoke them; an unknown id is NOT_FOUND.
    const outsider = await signUp(app, 'Outsider');
    expect(errorCode(await app.gql(LIST, { id: orgId }, outsider.accessToken))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(REVOKE, { id: invitations[0].id }, outsider.accessToken))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, b.accessToken))).toBe(
      'NOT_FOUND',
    );

    const revoked = await app.gql(REVOKE, { id: invitations[0].id }, b.accessToken);
    expect(revoked.body.data).toEqual({ revokeMembershipInvitation: true });
    const after = await app.gql(LIST, { id: orgId }, a.accessToken);
    expect(after.body.data?.membershipInvitations.map((i) => i.email)).toEqual([second]);

    const invitee = await signUp(app, 'First', first);
    expect(errorCode(await app.gql(ACCEPT, { t: tokenFrom(firstMail) }, invitee.accessToken))).toBe('INVALID_STATE');
    // A new invitation to the same address works again.
    await app.gql(INVITE, { input: { organisationId: orgId, email: first, role: 'SIGNATORY' } }, a.accessToken);
    const again = await smtp.waitFor(
      first,
      (m) => /invited to join/.test(m.parsed.subject ?? '') && tokenFrom(m) !== tokenFrom(firstMail),
    );
    expect((await app.gql(ACCEPT, { t: tokenFrom(again) }, invitee.accessToken)).body.errors).toBeUndefined();
  });

  it('an expired invitation is listed as EXPIRED and refused', async () => {
    const { a, orgId } = await twoOwners('Expiry Org');
    const email = uniqueEmail('late');
    await app.gql(INVITE, { input: { organisationId: orgId, email, role: 'MEMBER' } }, a.accessToken);
    const mail = await smtp.waitFor(email);
    await app.sql.query(`UPDATE membership_invitations SET expires_at = now() - interval '1 second' WHERE email = $1`, [
      email,
    ]);
    const listed = await app.gql(LIST, { id: orgId }, a.accessToken);
    expect(listed.body.data?.membershipInvitations.find((i) => i.email === email)?.status).toBe('EXPIRED');
    const invitee = await signUp(app, 'Late', email);
    expect(errorCode(await app.gql(ACCEPT, { t: tokenFrom(mail) }, invitee.accessToken))).toBe('INVALID_STATE');
  });
});
