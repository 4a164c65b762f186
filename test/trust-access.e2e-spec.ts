import { compactVerify, createLocalJWKSet } from 'jose';
import request from 'supertest';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createLetter,
  createOrganisation,
  DELIVER_LETTER,
  ENDORSE_LETTER,
  endorseAs,
  endorseInput,
  OPEN_LETTER,
  openDraft,
  REVISE_LETTER,
  reviseLetter,
  signUp,
  verifyDirectly,
  type EndorseResult,
  type TestUser,
} from './support/factories';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { graphql } from './gql';
import type { EndorseInput } from './gql/graphql';

// Who may do what to a letter, and what invitations, rejections, receipts and checkpoints grant.

const INVITE = graphql(`
  mutation TrustAccessInvite($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
      status
    }
  }
`);
const READ = graphql(`
  query TrustAccessRead($id: ID!) {
    letter(id: $id) {
      id
      currentVersion {
        body
      }
    }
  }
`);
const VERIFY = graphql(`
  query TrustAccessVerifyReceipt($r: String!) {
    verifyReceipt(receipt: $r) {
      valid
      current
      contentHash
    }
  }
`);
const COMMENT = graphql(`
  mutation TrustAccessComment($input: CommentInput!) {
    commentOnLetter(input: $input) {
      id
    }
  }
`);
const LEAD_VIEW = graphql(`
  query TrustAccessLeadView($id: ID!) {
    letter(id: $id) {
      recipients {
        email
      }
      endorsements {
        edges {
          node {
            anonymous
            organisation {
              name
            }
          }
        }
      }
    }
  }
`);
const DECLINE = graphql(`
  mutation TrustAccessDecline($t: String!) {
    declineInvitation(token: $t) {
      status
    }
  }
`);
const DECLINE_AND_READ = graphql(`
  mutation TrustAccessDeclineAndRead($t: String!) {
    declineInvitation(token: $t) {
      status
      letter {
        currentVersion {
          body
        }
      }
    }
  }
`);
const LETTER_ID = graphql(`
  query TrustAccessLetterId($id: ID!) {
    letter(id: $id) {
      id
    }
  }
`);
const ACCEPT = graphql(`
  mutation TrustAccessAccept($t: String!, $o: ID!) {
    acceptInvitation(token: $t, organisationId: $o) {
      status
    }
  }
`);
const WITHDRAW = graphql(`
  mutation TrustAccessWithdraw($input: WithdrawInput!) {
    withdrawEndorsement(input: $input) {
      status
    }
  }
`);
const VERIFY_DOMAIN = graphql(`
  mutation TrustAccessVerifyDomain($id: ID!) {
    verifyOrganisationDomain(organisationId: $id) {
      verifiedDomain
    }
  }
`);
const CREATE_ORGANISATION = graphql(`
  mutation TrustAccessCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);
const REJECT = graphql(`
  mutation TrustAccessReject($id: ID!) {
    rejectEndorsement(endorsementId: $id, reason: "Not who they say") {
      status
    }
  }
`);
const COMMENTS = graphql(`
  query TrustAccessComments($id: ID!) {
    letter(id: $id) {
      comments {
        id
      }
    }
  }
`);
const SIGNATORIES = graphql(`
  query TrustAccessSignatories($id: ID!) {
    letter(id: $id) {
      counts {
        signed
      }
      signatories {
        edges {
          node {
            displayName
            verified
          }
        }
      }
    }
  }
`);
const AUDIT_TRAIL = graphql(`
  query TrustAccessAuditTrail($id: ID!) {
    auditTrail(letterId: $id) {
      verified
      headHash
      checkpoint
      events {
        hash
      }
    }
  }
`);
const AUDIT_HEAD = graphql(`
  query TrustAccessAuditHead($id: ID!) {
    auditTrail(letterId: $id) {
      headHash
    }
  }
`);

describe('trust: access', () => {
  let app: TestApp;
  const smtp = new SmtpSink();
  let owner: TestUser;
  let leadOrg: { id: string; slug: string };

  async function user(name: string, email?: string): Promise<TestUser> {
    const created = await signUp(app, name, email);
    await verifyDirectly(app, created);
    return created;
  }

  async function join(who: TestUser, organisationId: string, role: string): Promise<void> {
    await app.sql.query('INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)', [
      organisationId,
      who.id,
      role,
    ]);
  }

  async function signer(name: string): Promise<{ user: TestUser; org: { id: string; slug: string } }> {
    const u = await user(`${name} owner`);
    return { user: u, org: await createOrganisation(app, u, { name, website: 'https://www.real-ngo.example' }) };
  }

  const open = (letterId: string): Promise<void> => openDraft(app, owner, letterId);

  const endorse = (
    who: { user: TestUser; org: { id: string } },
    letterId: string,
    hash: string,
    extra: Partial<EndorseInput> = {},
  ): Promise<EndorseResult> => endorseAs(app, who, letterId, hash, extra);

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on' });
    owner = await user('Access Owner');
    leadOrg = await createOrganisation(app, owner, { name: 'Access Lead Org' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('lets only OWNERs and COORDINATORs of a lead run the letter; MEMBERs and SIGNATORYs read and comment', async () => {
    const member = await user('Lead member');
    const signatory = await user('Lead signatory');
    const coordinator = await user('Lead coordinator');
    await join(member, leadOrg.id, 'MEMBER');
    await join(signatory, leadOrg.id, 'SIGNATORY');
    await join(coordinator, leadOrg.id, 'COORDINATOR');
    const letter = await createLetter(app, owner, leadOrg.id, { visibility: 'PUBLIC' });
    await addRecipient(app, owner, letter.id, {
      name: 'The Secretary',
      email: 'secretary@state.example',
      role: 'TO',
      channel: 'EMAIL',
    });
    const hidden = await signer('Quiet Org');

    for (const reader of [member, signatory]) {
      expect(errorCode(await app.gql(READ, { id: letter.id }, reader.accessToken))).toBeUndefined();
      const comment = await app.gql(
        COMMENT,
        { input: { versionId: letter.currentVersion.id, body: 'Reads well.' } },
        reader.accessToken,
      );
      expect(errorCode(comment)).toBeUndefined();
      const refused = [
        await app.gql(
          REVISE_LETTER,
          { input: { letterId: letter.id, body: 'Hijacked.', material: true } },
          reader.accessToken,
        ),
        await app.gql(OPEN_LETTER, { letterId: letter.id }, reader.accessToken),
        await app.gql(
          INVITE,
          { input: { letterId: letter.id, invitees: [{ organisationId: hidden.org.id }] } },
          reader.accessToken,
        ),
        await app.gql(DELIVER_LETTER, { letterId: letter.id }, reader.accessToken),
      ];
      expect(refused.map(errorCode)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
    // The coordinator runs it: opens it, and sees what only leads see.
    const opened = await app.gql(OPEN_LETTER, { letterId: letter.id }, coordinator.accessToken);
    expect(errorCode(opened)).toBeUndefined();
    await endorse(hidden, letter.id, letter.currentVersion.contentHash, { anonymous: true });
    const asMember = await app.gql(LEAD_VIEW, { id: letter.id }, member.accessToken);
    expect(asMember.text).not.toContain('secretary@state.example');
    expect(asMember.text).not.toContain('Quiet Org');
    const asCoordinator = await app.gql(LEAD_VIEW, { id: letter.id }, coordinator.accessToken);
    expect(asCoordinator.text).toContain('secretary@state.example');
    expect(asCoordinator.text).toContain('Quiet Org');
  });

  it('grants nothing through a declined or expired invitation, and refuses a stolen email invitation', async () => {
    const letter = await createLetter(app, owner, leadOrg.id, { visibility: 'PRIVATE', body: 'A private draft.' });
    const declining = await signer('Declining Org');
    const expiring = await signer('Expiring Org');
    await app.gql(
      INVITE,
      {
        input: {
          letterId: letter.id,
          invitees: [{ organisationId: declining.org.id }, { organisationId: expiring.org.id }],
        },
      },
      owner.accessToken,
    );
    const invited = (m: { parsed: { subject?: string } }) => / to co-sign a letter$/.test(m.parsed.subject ?? '');
    const mail = await smtp.waitFor(declining.user.email, invited);
    const token = tokenFrom(mail);
    expect(errorCode(await app.gql(READ, { id: letter.id }, declining.user.accessToken))).toBeUndefined();
    // A forwarded link is not enough to turn an organisation's invitation down.
    expect(errorCode(await app.gql(DECLINE, { t: token }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(DECLINE, { t: token }, expiring.user.accessToken))).toBe('FORBIDDEN');
    const declined = await app.gql(DECLINE, { t: token }, declining.user.accessToken);
    expect(declined.body.data).toEqual({ declineInvitation: { status: 'DECLINED' } });
    expect(errorCode(await app.gql(READ, { id: letter.id }, declining.user.accessToken))).toBe('NOT_FOUND');
    // The token itself no longer opens the draft either.
    const again = await app.gql(DECLINE_AND_READ, { t: token }, declining.user.accessToken);
    expect(again.text).not.toContain('A private draft.');
    // The leads may ask again: a new link, and the draft is readable while it stands.
    const reinvited = await app.gql(
      INVITE,
      { input: { letterId: letter.id, invitees: [{ organisationId: declining.org.id }] } },
      owner.accessToken,
    );
    expect(reinvited.body.data).toEqual({ inviteEndorsers: [{ id: expect.any(String), status: 'PENDING' }] });
    expect(errorCode(await app.gql(READ, { id: letter.id }, declining.user.accessToken))).toBeUndefined();

    expect(errorCode(await app.gql(READ, { id: letter.id }, expiring.user.accessToken))).toBeUndefined();
    await app.sql.query(
      `UPDATE letter_invitations SET expires_at = now() - interval '1 second' WHERE organisation_id = $1`,
      [expiring.org.id],
    );
    expect(errorCode(await app.gql(READ, { id: letter.id }, expiring.user.accessToken))).toBe('NOT_FOUND');
    const status = await app.gql(LETTER_ID, { id: letter.id }, owner.accessToken);
    expect(errorCode(status)).toBeUndefined();

    // An email invitation: only the verified holder of that address may accept it.
    const invitee = await signer('Rightful Org');
    const thief = await signer('Thief Org');
    await app.gql(
      INVITE,
      { input: { letterId: letter.id, invitees: [{ email: invitee.user.email }] } },
      owner.accessToken,
    );
    const emailToken = tokenFrom(await smtp.waitFor(invitee.user.email, invited));
    expect(errorCode(await app.gql(ACCEPT, { t: emailToken, o: thief.org.id }, thief.user.accessToken))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await app.gql(READ, { id: letter.id }, thief.user.accessToken))).toBe('NOT_FOUND');
    const accepted = await app.gql(ACCEPT, { t: emailToken, o: invitee.org.id }, invitee.user.accessToken);
    expect(accepted.body.data).toEqual({ acceptInvitation: { status: 'ACCEPTED' } });
  });

  it('lets an organisation that signed a private letter withdraw after its invitation would have expired', async () => {
    const letter = await createLetter(app, owner, leadOrg.id, { visibility: 'PRIVATE' });
    const invited = await signer('Signed-then-expired Org');
    await app.gql(
      INVITE,
      { input: { letterId: letter.id, invitees: [{ organisationId: invited.org.id }] } },
      owner.accessToken,
    );
    const token = tokenFrom(
      await smtp.waitFor(invited.user.email, (m) => / to co-sign a letter$/.test(m.parsed.subject ?? '')),
    );
    await open(letter.id);
    const signed = await endorse(invited, letter.id, letter.currentVersion.contentHash, { anonymous: true });
    // Signing answered the invitation: it cannot be declined or expire under the signature.
    const declined = await app.gql(DECLINE, { t: token }, invited.user.accessToken);
    expect(errorCode(declined)).toBe('INVALID_STATE');
    await app.sql.query(
      `UPDATE letter_invitations SET expires_at = now() - interval '1 day' WHERE organisation_id = $1`,
      [invited.org.id],
    );
    expect(errorCode(await app.gql(READ, { id: letter.id }, invited.user.accessToken))).toBeUndefined();
    const withdrawn = await app.gql(WITHDRAW, { input: { endorsementId: signed.id } }, invited.user.accessToken);
    expect(withdrawn.body.data).toEqual({ withdrawEndorsement: { status: 'WITHDRAWN' } });
  });

  it('tells only current signers of a revision, never someone who left the organisation', async () => {
    const letter = await createLetter(app, owner, leadOrg.id, { visibility: 'PUBLIC' });
    await open(letter.id);
    const org = await signer('Changing Org');
    const leaver = await user('Leaver');
    await join(leaver, org.org.id, 'SIGNATORY');
    await endorse({ user: leaver, org: org.org }, letter.id, letter.currentVersion.contentHash);
    await app.sql.query('DELETE FROM memberships WHERE user_id = $1', [leaver.id]);
    await reviseLetter(app, owner, { letterId: letter.id, body: 'A new text.', material: true });
    await smtp.waitFor(org.user.email, (m) => /re-confirm/i.test(m.parsed.subject ?? ''));
    expect(smtp.messages.filter((m) => m.to.includes(leaver.email) && /endorse/.test(m.parsed.subject ?? ''))).toEqual(
      [],
    );
  });

  it("lets a lead reject an impostor's endorsement, and shows which signatories verified their domain", async () => {
    const letter = await createLetter(app, owner, leadOrg.id, { visibility: 'PUBLIC' });
    await open(letter.id);
    const hash = letter.currentVersion.contentHash;
    const real = await signer('Real Org');
    // The OWNER's verified address is at the website's domain (www. dropped).
    const staff = await user('Real staff', `staff.${Date.now()}@mail.real-ngo.example`);
    await join(staff, real.org.id, 'OWNER');
    expect(errorCode(await app.gql(VERIFY_DOMAIN, { id: real.org.id }, real.user.accessToken))).toBe('FORBIDDEN');
    const verified = await app.gql(VERIFY_DOMAIN, { id: real.org.id }, staff.accessToken);
    expect(verified.body.data).toEqual({ verifyOrganisationDomain: { verifiedDomain: 'real-ngo.example' } });

    // A name containing the verified one is now refused outright (issue 18); an impostor picks another.
    const copycat = await user('Copycat owner');
    const refused = await app.gql(
      CREATE_ORGANISATION,
      { input: { name: 'Real Org (really)', website: 'https://www.real-ngo.example' } },
      copycat.accessToken,
    );
    expect(errorCode(refused)).toBe('CONFLICT');
    const impostor = await signer('Genuine Org');
    await endorse(real, letter.id, hash);
    const fake = await endorse(impostor, letter.id, hash);
    expect(errorCode(await app.gql(REJECT, { id: fake.id }, impostor.user.accessToken))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(REJECT, { id: fake.id }, real.user.accessToken))).toBe('NOT_FOUND');
    expect((await app.gql(REJECT, { id: fake.id }, owner.accessToken)).body.data).toEqual({
      rejectEndorsement: { status: 'REJECTED' },
    });
    await smtp.waitFor(impostor.user.email, (m) => /not accepted/.test(m.parsed.subject ?? ''));
    // Anyone may sign a PUBLIC letter; doing so opens none of the drafting discussion.
    const internal = await app.gql(
      COMMENT,
      { input: { versionId: letter.currentVersion.id, body: 'Between leads: is Real Org who it says?' } },
      owner.accessToken,
    );
    expect(errorCode(internal)).toBeUndefined();
    const discussion = await app.gql(COMMENTS, { id: letter.id }, real.user.accessToken);
    expect(discussion.body.data?.letter?.comments).toEqual([]);
    // Signing again does not undo a rejection.
    const retry = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, impostor.org.id, hash),
      impostor.user.accessToken,
    );
    expect(errorCode(retry)).toBe('INVALID_STATE');

    const listed = await app.gql(SIGNATORIES, { id: letter.id });
    expect(listed.body.data?.letter?.counts.signed).toBe(1);
    expect(listed.body.data?.letter?.signatories.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([{ displayName: 'Real Org', verified: true }]),
    );
    expect(listed.text).not.toContain('really');
    const audit = await app.sql.query(`SELECT kind FROM audit_events WHERE letter_id = $1 AND kind = 'REJECTED'`, [
      letter.id,
    ]);
    expect(audit.rowCount).toBe(1);
    // The database keeps a rejection whole too: no REJECTED without when, nor when without REJECTED.
    const forged = await app.sql
      .query(`UPDATE endorsements SET rejected_at = NULL WHERE id = $1`, [fake.id])
      .catch((error: { code: string }) => error);
    expect(forged).toMatchObject({ code: '23514' });
  });

  it('says a receipt is no longer current once re-signed or withdrawn, and signs audit checkpoints', async () => {
    const letter = await createLetter(app, owner, leadOrg.id, { visibility: 'PUBLIC' });
    await open(letter.id);
    const org = await signer('Receipt Org');
    const first = await endorse(org, letter.id, letter.currentVersion.contentHash);
    const check = async (receipt: string) => (await app.gql(VERIFY, { r: receipt })).body.data?.verifyReceipt;
    expect(await check(first.receipt)).toMatchObject({ valid: true, current: true });
    const revised = await reviseLetter(app, owner, { letterId: letter.id, body: 'Second text.', material: true });
    const second = await endorse(org, letter.id, revised.contentHash);
    expect(await check(first.receipt)).toMatchObject({ valid: true, current: false });
    expect(await check(second.receipt)).toMatchObject({ valid: true, current: true });
    await app.gql(WITHDRAW, { input: { endorsementId: second.id } }, org.user.accessToken);
    expect(await check(second.receipt)).toMatchObject({ valid: true, current: false });

    const trail = await app.gql(AUDIT_TRAIL, { id: letter.id }, owner.accessToken);
    const { headHash, checkpoint, events } = trail.body.data?.auditTrail ?? {
      headHash: '',
      checkpoint: '',
      events: [],
    };
    expect(headHash).toBe(events.at(-1)?.hash);
    const jwks = (await request(app.url).get('/.well-known/jwks.json')).body;
    const { payload } = await compactVerify(checkpoint, createLocalJWKSet(jwks));
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({
      letterId: letter.id,
      length: events.length,
      headHash,
    });
    expect(errorCode(await app.gql(AUDIT_HEAD, { id: letter.id }, org.user.accessToken))).toBe('NOT_FOUND');
  });
});
