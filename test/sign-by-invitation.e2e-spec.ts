import request from 'supertest';
import { Client } from 'pg';
import { graphql } from './gql';
import type { SignByInvitationInput } from './gql/graphql';
import {
  addRecipient,
  countRows,
  deliverLetter,
  ENDORSE_LETTER,
  endorseInput,
  organisationWithOwner,
  openLetter,
  PASSWORD,
  reviseLetter,
  signUp,
  uniqueEmail,
  type OpenLetter,
  type OrganisationOwner,
} from './support/factories';
import { pdfText } from './support/pdf-text';
import { SmtpSink, tokenFrom, type ReceivedMail } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';

const INVITE = graphql(`
  mutation SignByInvitationInvite($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);
const SIGN = graphql(`
  mutation SignByInvitationSign($input: SignByInvitationInput!) {
    signByInvitation(input: $input) {
      id
      status
      contentHash
      displayName
      anonymous
      signedBy
      organisation {
        id
        name
        verifiedDomain
      }
    }
  }
`);
const BY_LINK = graphql(`
  query SignByInvitationByLink($token: String!) {
    endorsementByLink(token: $token) {
      id
      status
      contentHash
      anonymous
      signerName
      signedBy
      letter {
        id
        title
        currentVersion {
          contentHash
          body
        }
      }
    }
  }
`);
const INVITATION = graphql(`
  query SignByInvitationInvitation($token: String!) {
    invitationByLink(token: $token) {
      id
      status
      email
      name
      organisation {
        id
        name
      }
      letter {
        id
        title
        status
        endorsementDeadline
        currentVersion {
          number
          contentHash
          body
        }
        leadOrganisations {
          name
        }
        signatories(first: 50) {
          totalCount
          anonymousCount
          edges {
            node {
              displayName
            }
          }
        }
      }
    }
  }
`);
const RECONFIRM = graphql(`
  mutation SignByInvitationReconfirm($token: String!, $contentHash: String!, $anonymous: Boolean) {
    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {
      id
      status
      contentHash
      anonymous
    }
  }
`);
const WITHDRAW = graphql(`
  mutation SignByInvitationWithdraw($token: String!, $reason: String) {
    withdrawByLink(token: $token, reason: $reason) {
      id
      status
    }
  }
`);
const SIGNATORIES = graphql(`
  query SignByInvitationSignatories($id: ID!) {
    letter(id: $id) {
      signatories(first: 50) {
        totalCount
        anonymousCount
        edges {
          node {
            displayName
            verified
            contentHash
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);
const LEAD_VIEW = graphql(`
  query SignByInvitationLeadView($id: ID!) {
    letter(id: $id) {
      endorsements(first: 50) {
        edges {
          node {
            id
            status
            signedBy
            signerName
          }
        }
      }
    }
  }
`);
const SIGN_UP = graphql(`
  mutation SignByInvitationSignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);
const VERIFY = graphql(`
  mutation SignByInvitationVerify($token: String!) {
    verifyEmail(token: $token) {
      emailVerified
    }
  }
`);
const LOG_IN = graphql(`
  mutation SignByInvitationLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
    }
  }
`);
const DIRECTORY = graphql(`
  query SignByInvitationDirectory($search: String!, $id: ID!) {
    organisations(search: $search) {
      totalCount
    }
    organisation(id: $id) {
      id
    }
  }
`);

const WITHDRAW_BY_ACCOUNT = graphql(`
  mutation SignByInvitationWithdrawByAccount($input: WithdrawInput!) {
    withdrawEndorsement(input: $input) {
      status
    }
  }
`);

const REJECT = graphql(`
  mutation SignByInvitationReject($id: ID!) {
    rejectEndorsement(endorsementId: $id, reason: "not one of ours") {
      status
    }
  }
`);

const MY_MEMBERSHIPS = graphql(`
  query SignByInvitationMyMemberships {
    me {
      memberships {
        role
        organisation {
          id
        }
      }
    }
  }
`);

describe('signing without an account: signByInvitation and the manage link (issue 20)', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let lead: OrganisationOwner;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ WORKER: 'on', SMTP_URL: smtp.url });
    lead = await organisationWithOwner(app, { name: 'Coalition Lead' });
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  /** Invites `email` to the letter and answers the token of the link in the mail the SMTP server received. */
  async function invite(letterId: string, email: string, name = 'Guest Org'): Promise<string> {
    const response = await app.gql(INVITE, { input: { letterId, invitees: [{ email, name }] } }, lead.token);
    expect(response.body.errors).toBeUndefined();
    return tokenFrom(await smtp.waitFor(email, (m) => /invites/.test(m.parsed.subject ?? '')));
  }

  function signInput(token: string, contentHash: string, extra: Partial<SignByInvitationInput> = {}) {
    return {
      input: {
        token,
        contentHash,
        organisationName: 'Rights Watch Kenya',
        country: 'KE',
        website: 'https://rightswatch.example',
        signerName: 'Wanjiru Kamau',
        signerTitle: 'Director',
        authorised: true,
        ...extra,
      },
    };
  }

  async function receipt(email: string, letterTitle = ''): Promise<ReceivedMail> {
    return smtp.waitFor(email, (m) => /Your signature/.test(m.parsed.subject ?? '') && m.raw.includes(letterTitle));
  }

  async function signatories(letterId: string) {
    // The lead reads what the public reads of a letter (the public list), a private one included.
    const response = await app.gql(SIGNATORIES, { id: letterId }, lead.token);
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.letter?.signatories;
  }

  /** Every table signing writes to: a refused request leaves each as it was. */
  async function rowCounts(): Promise<Record<string, number>> {
    const tables = ['organisations', 'endorsements', 'endorsement_manage_links', 'memberships', 'audit_events'];
    return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await countRows(app, t)])));
  }

  /** Signs up with `email`, verifies it from the mail, and answers the access token (the account adopts what signed from it). */
  async function adoptByAccount(email: string): Promise<string> {
    expect(
      (await app.gql(SIGN_UP, { input: { email, password: PASSWORD, name: 'New Owner' } })).body.data?.signUp,
    ).toBe(true);
    const loggedIn = await app.gql(LOG_IN, { input: { email, password: PASSWORD } });
    const accessToken = loggedIn.body.data?.logIn.accessToken as string;
    const verification = await smtp.waitFor(email, (m) => /Confirm your email/.test(m.parsed.subject ?? ''));
    const verified = await app.gql(VERIFY, { token: tokenFrom(verification) }, accessToken);
    expect(verified.body.data?.verifyEmail.emailVerified).toBe(true);
    return accessToken;
  }

  async function freshLetter(title: string, visibility: 'PUBLIC' | 'PRIVATE' = 'PRIVATE'): Promise<OpenLetter> {
    return openLetter(app, lead, { title, visibility });
  }

  it('a person with no account signs from the invitation mail: SIGNED on the shown hash, listed, receipt with a manage link', async () => {
    const letter = await freshLetter('Free the journalists');
    const guestMail = `director-${Date.now()}@rightswatch.example`;
    const token = await invite(letter.letterId, guestMail, 'Rights Watch Kenya');

    const signed = await app.gql(SIGN, signInput(token, letter.contentHash));
    expect(signed.body.errors).toBeUndefined();
    const endorsement = signed.body.data?.signByInvitation;
    expect(endorsement).toMatchObject({
      status: 'SIGNED',
      contentHash: letter.contentHash,
      displayName: 'Rights Watch Kenya',
      anonymous: false,
      // The signer is not a lead: the address it signed from is the leads' to read.
      signedBy: null,
      organisation: { name: 'Rights Watch Kenya', verifiedDomain: 'rightswatch.example' },
    });

    // Listed, named, verified: the address it signed from is at the website's domain.
    const listed = await signatories(letter.letterId);
    const row = listed?.edges.find((e) => e.node.organisation.id === endorsement?.organisation.id);
    expect(row?.node).toMatchObject({
      displayName: 'Rights Watch Kenya',
      verified: true,
      contentHash: letter.contentHash,
    });

    // The organisation has no members; the invitation is answered.
    const { rows: members } = await app.sql.query('SELECT 1 FROM memberships WHERE organisation_id = $1', [
      endorsement?.organisation.id,
    ]);
    expect(members).toHaveLength(0);
    const { rows: invitations } = await app.sql.query(
      'SELECT status, organisation_id FROM letter_invitations WHERE letter_id = $1',
      [letter.letterId],
    );
    expect(invitations).toEqual([{ status: 'ACCEPTED', organisation_id: endorsement?.organisation.id }]);

    // The audit trail records that it came by the invitation's link.
    const { rows: audit } = await app.sql.query<{ kind: string; payload: Record<string, unknown> }>(
      `SELECT kind, payload FROM audit_events WHERE letter_id = $1 AND kind = 'SIGNED'`,
      [letter.letterId],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].payload).toMatchObject({ via: 'INVITATION_LINK', endorsementId: endorsement?.id });

    // The leads read the address it signed from.
    const leadView = await app.gql(LEAD_VIEW, { id: letter.letterId }, lead.token);
    expect(leadView.body.errors).toBeUndefined();
    expect(leadView.body.data?.letter?.endorsements.edges.map((e) => e.node)).toEqual([
      { id: endorsement?.id, status: 'SIGNED', signedBy: guestMail, signerName: 'Wanjiru Kamau' },
    ]);

    // The receipt arrives with a manage link; opening it reads the endorsement and the letter, changing nothing.
    const mail = await receipt(guestMail);
    expect(mail.parsed.text).toContain(letter.contentHash);
    const manage = tokenFrom(mail);
    expect(manage).not.toBe(token);
    const before = await rowCounts();
    const opened = await app.gql(BY_LINK, { token: manage });
    expect(opened.body.errors).toBeUndefined();
    expect(opened.body.data?.endorsementByLink).toMatchObject({
      id: endorsement?.id,
      status: 'SIGNED',
      signerName: 'Wanjiru Kamau',
      signedBy: null,
      letter: { id: letter.letterId, currentVersion: { contentHash: letter.contentHash } },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('an address elsewhere than the website signs unverified', async () => {
    const letter = await freshLetter('Unverified guests');
    const guestMail = uniqueEmail('volunteer');
    const token = await invite(letter.letterId, guestMail);
    const signed = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Small Group' }));
    expect(signed.body.data?.signByInvitation.organisation.verifiedDomain).toBeNull();
    const listed = await signatories(letter.letterId);
    expect(listed?.edges.find((e) => e.node.displayName === 'Small Group')?.node.verified).toBe(false);
  });

  it('unnamed: the name appears on no public surface (signatories, CSV, PDF), only as a number', async () => {
    const letter = await freshLetter('Unnamed guests', 'PUBLIC');
    const guestMail = uniqueEmail('unnamed');
    const token = await invite(letter.letterId, guestMail);
    const signed = await app.gql(
      SIGN,
      signInput(token, letter.contentHash, { organisationName: 'Quiet Defenders Collective', anonymous: true }),
    );
    expect(signed.body.data?.signByInvitation).toMatchObject({ status: 'SIGNED', anonymous: true });
    // Read as the public reads it: no sign-in.
    const listed = (await app.gql(SIGNATORIES, { id: letter.letterId })).body.data?.letter?.signatories;
    expect(listed?.anonymousCount).toBe(1);
    const csv = await request(app.url).get(`/letters/${letter.slug}/signatories.csv`);
    expect(csv.status).toBe(200);
    const pdf = await request(app.url)
      .get(`/letters/${letter.slug}.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    const surfaces = [JSON.stringify(listed), csv.text, await pdfText(new Uint8Array(pdf.body as Buffer))];
    for (const surface of surfaces) {
      expect(surface).not.toContain('Quiet Defenders');
      expect(surface).not.toContain('Wanjiru');
    }
  });

  it('STALE_VERSION on an old hash: nothing is created, and the current hash then signs', async () => {
    const letter = await freshLetter('Stale guests');
    const guestMail = uniqueEmail('stale');
    const token = await invite(letter.letterId, guestMail);
    const revised = await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: 'Dear Secretary,\n\nWe ask you to raise their cases now.\n\nSincerely,',
      material: true,
    });
    const before = await rowCounts();
    const stale = await app.gql(SIGN, signInput(token, letter.contentHash));
    expect(errorCode(stale)).toBe('STALE_VERSION');
    expect(await rowCounts()).toEqual(before);
    const signed = await app.gql(SIGN, signInput(token, revised.contentHash, { organisationName: 'Stale Then Fresh' }));
    expect(signed.body.data?.signByInvitation).toMatchObject({ status: 'SIGNED', contentHash: revised.contentHash });
  });

  it("the rest of endorseLetter's rules: deadline, a letter no longer OPEN, a display name waits for the leads", async () => {
    const letter = await freshLetter('Rules for guests');
    const lateMail = uniqueEmail('deadline');
    const late = await invite(letter.letterId, lateMail);
    await app.sql.query(`UPDATE letters SET endorsement_deadline = now() - interval '1 minute' WHERE id = $1`, [
      letter.letterId,
    ]);
    const before = await rowCounts();
    expect(errorCode(await app.gql(SIGN, signInput(late, letter.contentHash)))).toBe('DEADLINE_PASSED');
    await app.sql.query(`UPDATE letters SET endorsement_deadline = NULL, status = 'CLOSED' WHERE id = $1`, [
      letter.letterId,
    ]);
    expect(errorCode(await app.gql(SIGN, signInput(late, letter.contentHash)))).toBe('INVALID_STATE');
    expect(await rowCounts()).toEqual(before);
    await app.sql.query(`UPDATE letters SET status = 'OPEN' WHERE id = $1`, [letter.letterId]);

    const named = await app.gql(
      SIGN,
      signInput(late, letter.contentHash, { organisationName: 'Plain Name Group', displayName: 'A Grander Name' }),
    );
    expect(named.body.data?.signByInvitation).toMatchObject({
      status: 'PENDING_APPROVAL',
      displayName: 'A Grander Name',
    });
    expect((await signatories(letter.letterId))?.totalCount).toBe(0);
    // The guest hears that it waits, at the address it signed from.
    await smtp.waitFor(lateMail, (m) => /awaits the leads/.test(m.parsed.subject ?? ''));
  });

  it("every link in a guest's mails opens without an account: the public page of a PUBLIC letter, never the signed-in workspace", async () => {
    for (const visibility of ['PRIVATE', 'PUBLIC'] as const) {
      const letter = await freshLetter(`Links of a ${visibility} letter`, visibility);
      const guestMail = uniqueEmail(`links-${visibility.toLowerCase()}`);
      const token = await invite(letter.letterId, guestMail);
      const invitation = await smtp.waitFor(guestMail, (m) => /invites/.test(m.parsed.subject ?? ''));
      const named = { organisationName: `Links Watch ${visibility}` };
      expect((await app.gql(SIGN, signInput(token, letter.contentHash, named))).body.errors).toBeUndefined();
      const mailed = await receipt(guestMail);
      const links = [invitation, mailed].flatMap((m) => (m.parsed.text ?? '').match(/https?:\/\/\S+/g) ?? []);
      expect(links.filter((link) => link.includes('/letters/'))).toEqual([]);
      const publicPage = `${app.config.publicUrl}/l/${letter.slug}`;
      expect(links.filter((link) => link === publicPage)).toHaveLength(visibility === 'PUBLIC' ? 2 : 0);
      expect(invitation.parsed.html).not.toContain('/letters/');
    }
  });

  it('opening the manage link (a GET, as a mail scanner does) changes nothing; the link still works after', async () => {
    const letter = await freshLetter('Scanned links');
    const guestMail = uniqueEmail('scanned');
    const token = await invite(letter.letterId, guestMail);
    await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Scanned Org' }));
    const mail = await receipt(guestMail);
    const url = new URL(/https?:\/\/\S+\?token=\S+/.exec(mail.parsed.text ?? '')?.[0] as string);
    expect(url.href.startsWith(`${app.config.publicUrl}/endorsements/manage?token=`)).toBe(true);
    const before = await rowCounts();
    const { rows: was } = await app.sql.query('SELECT * FROM endorsement_manage_links ORDER BY id');
    for (let i = 0; i < 3; i++) await request(app.url).get(url.pathname + url.search);
    expect(await rowCounts()).toEqual(before);
    expect((await app.sql.query('SELECT * FROM endorsement_manage_links ORDER BY id')).rows).toEqual(was);
    expect((await app.gql(BY_LINK, { token: tokenFrom(mail) })).body.data?.endorsementByLink.status).toBe('SIGNED');
  });

  it('a material revision mails the guest the diff; re-confirming from the manage link lists it on the new hash; withdrawing removes it', async () => {
    const letter = await freshLetter('Revised for guests');
    const guestMail = uniqueEmail('reconfirm');
    const token = await invite(letter.letterId, guestMail);
    const signed = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Reconfirming Org' }));
    const organisationId = signed.body.data?.signByInvitation.organisation.id;
    const firstLink = tokenFrom(await receipt(guestMail));

    const revised = await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: 'Dear Secretary,\n\nWe ask you to raise their cases and to visit them.\n\nSincerely,',
      material: true,
    });
    const notice = await smtp.waitFor(guestMail, (m) => /re-confirm/i.test(m.parsed.subject ?? ''));
    expect(notice.parsed.text).toContain(revised.contentHash);
    expect(notice.parsed.text).toMatch(/visit them/);
    const link = tokenFrom(notice);
    expect(link).not.toBe(firstLink);
    // No longer listed until it re-confirms.
    expect((await signatories(letter.letterId))?.edges.some((e) => e.node.organisation.id === organisationId)).toBe(
      false,
    );
    const waiting = await app.gql(BY_LINK, { token: link });
    expect(waiting.body.data?.endorsementByLink).toMatchObject({
      status: 'NEEDS_RECONFIRMATION',
      contentHash: letter.contentHash,
      letter: { currentVersion: { contentHash: revised.contentHash } },
    });
    // The link the receipt carried keeps working too: every link a mail carries works until used.
    expect((await app.gql(BY_LINK, { token: firstLink })).body.data?.endorsementByLink).toMatchObject({
      status: 'NEEDS_RECONFIRMATION',
    });

    // The old hash is refused; the new one re-confirms, and the guest may switch to unnamed.
    expect(errorCode(await app.gql(RECONFIRM, { token: link, contentHash: letter.contentHash }))).toBe('STALE_VERSION');
    const reconfirmed = await app.gql(RECONFIRM, { token: link, contentHash: revised.contentHash });
    expect(reconfirmed.body.data?.reconfirmByLink).toMatchObject({
      status: 'SIGNED',
      contentHash: revised.contentHash,
    });
    const listed = await signatories(letter.letterId);
    expect(listed?.edges.find((e) => e.node.organisation.id === organisationId)?.node.contentHash).toBe(
      revised.contentHash,
    );
    const unnamed = await app.gql(RECONFIRM, { token: link, contentHash: revised.contentHash, anonymous: true });
    expect(unnamed.body.data?.reconfirmByLink).toMatchObject({ status: 'SIGNED', anonymous: true });
    expect((await signatories(letter.letterId))?.edges.some((e) => e.node.organisation.id === organisationId)).toBe(
      false,
    );
    expect((await signatories(letter.letterId))?.anonymousCount).toBe(1);

    const withdrawn = await app.gql(WITHDRAW, { token: link, reason: 'changed our mind' });
    expect(withdrawn.body.data?.withdrawByLink.status).toBe('WITHDRAWN');
    expect((await signatories(letter.letterId))?.anonymousCount).toBe(0);
    const { rows } = await app.sql.query<{ kind: string; payload: Record<string, unknown> }>(
      `SELECT kind, payload FROM audit_events WHERE letter_id = $1 AND kind IN ('RECONFIRMED', 'WITHDRAWN') ORDER BY seq`,
      [letter.letterId],
    );
    expect(rows.map((r) => [r.kind, r.payload.via])).toEqual([
      ['RECONFIRMED', 'MANAGE_LINK'],
      ['WITHDRAWN', 'MANAGE_LINK'],
    ]);
    // Used up, and so is the link the receipt carried: both answer NOT_FOUND and change nothing.
    const before = await rowCounts();
    for (const used of [link, firstLink]) {
      expect(errorCode(await app.gql(WITHDRAW, { token: used }))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(RECONFIRM, { token: used, contentHash: revised.contentHash }))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(BY_LINK, { token: used }))).toBe('NOT_FOUND');
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('after delivery the manage link changes nothing: INVALID_STATE', async () => {
    const letter = await freshLetter('Delivered with a guest');
    const guestMail = uniqueEmail('delivered');
    const token = await invite(letter.letterId, guestMail);
    await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Delivered Guest Org' }));
    const link = tokenFrom(await receipt(guestMail));
    await addRecipient(app, lead, letter.letterId);
    await deliverLetter(app, lead, letter.letterId);
    const before = await rowCounts();
    expect(errorCode(await app.gql(RECONFIRM, { token: link, contentHash: letter.contentHash, anonymous: true }))).toBe(
      'INVALID_STATE',
    );
    expect(errorCode(await app.gql(WITHDRAW, { token: link }))).toBe('INVALID_STATE');
    expect(await rowCounts()).toEqual(before);
    // Reading still works: the guest keeps the receipt of what was delivered.
    expect((await app.gql(BY_LINK, { token: link })).body.data?.endorsementByLink).toMatchObject({ status: 'SIGNED' });
    const { rows } = await app.sql.query('SELECT status, anonymous FROM endorsements WHERE letter_id = $1', [
      letter.letterId,
    ]);
    expect(rows).toEqual([{ status: 'SIGNED', anonymous: false }]);
  });

  it('a foreign token answers NOT_FOUND and changes nothing; an unused link works however old', async () => {
    const letter = await freshLetter('Tokens of others');
    const guestMail = uniqueEmail('tokens');
    const token = await invite(letter.letterId, guestMail);
    const signed = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Token Holder' }));
    const endorsementId = signed.body.data?.signByInvitation.id;
    const link = tokenFrom(await receipt(guestMail));
    const before = await rowCounts();
    const state = async () =>
      (await app.sql.query('SELECT status, anonymous, content_hash FROM endorsements WHERE id = $1', [endorsementId]))
        .rows[0];
    const was = await state();

    // Foreign: an invitation token is no manage link, nor another string; a made-up invitation token signs nothing.
    for (const foreign of [token, `${link}x`, 'A'.repeat(43), 'x'.repeat(5000)]) {
      expect(errorCode(await app.gql(BY_LINK, { token: foreign }))).toBe('NOT_FOUND');
      expect(
        errorCode(await app.gql(RECONFIRM, { token: foreign, contentHash: letter.contentHash, anonymous: true })),
      ).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(WITHDRAW, { token: foreign }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await app.gql(SIGN, signInput(link, letter.contentHash)))).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(before);

    // However old, a link that was not used still works.
    await app.sql.query(
      `UPDATE endorsement_manage_links SET created_at = now() - interval '400 days' WHERE endorsement_id = $1`,
      [endorsementId],
    );
    expect((await app.gql(BY_LINK, { token: link })).body.data?.endorsementByLink.id).toBe(endorsementId);
    expect(await state()).toEqual(was);

    // An expired invitation signs nothing either.
    const lateMail = uniqueEmail('late');
    const late = await invite(letter.letterId, lateMail);
    await app.sql.query(`UPDATE letter_invitations SET expires_at = now() - interval '1 second' WHERE email = $1`, [
      lateMail,
    ]);
    const beforeLate = await rowCounts();
    expect(errorCode(await app.gql(SIGN, signInput(late, letter.contentHash, { organisationName: 'Too Late' })))).toBe(
      'INVALID_STATE',
    );
    expect(await rowCounts()).toEqual(beforeLate);
  });

  it("the invitation link's page reads the invitation (invitationByLink): the letter as the public would see it, changing nothing; NOT_FOUND once used, and for any other token", async () => {
    const letter = await freshLetter('Read before signing');
    // Already signed: one named organisation, one unnamed one (a private letter: the invitee may read it, not its unnamed).
    await app.gql(
      SIGN,
      signInput(await invite(letter.letterId, uniqueEmail('named')), letter.contentHash, {
        organisationName: 'Openly Named Org',
      }),
    );
    await app.gql(
      SIGN,
      signInput(await invite(letter.letterId, uniqueEmail('unnamed')), letter.contentHash, {
        organisationName: 'Quietly Unnamed Org',
        anonymous: true,
      }),
    );
    const guestMail = uniqueEmail('reader');
    const token = await invite(letter.letterId, guestMail, 'Reading Group');
    const before = await rowCounts();
    const read = await app.gql(INVITATION, { token });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.invitationByLink).toMatchObject({
      status: 'PENDING',
      email: guestMail,
      name: 'Reading Group',
      organisation: null,
      letter: {
        id: letter.letterId,
        title: 'Read before signing',
        status: 'OPEN',
        currentVersion: { number: 1, contentHash: letter.contentHash },
        leadOrganisations: [{ name: 'Coalition Lead' }],
        signatories: { totalCount: 1, anonymousCount: 1, edges: [{ node: { displayName: 'Openly Named Org' } }] },
      },
    });
    expect(read.text).not.toContain('Quietly Unnamed Org');
    expect(await rowCounts()).toEqual(before);

    // An invitation to an organisation on Undersigned says so (its members answer it signed in).
    const invitee = await organisationWithOwner(app, { name: 'Member Org Reads' });
    await app.gql(
      INVITE,
      { input: { letterId: letter.letterId, invitees: [{ organisationId: invitee.organisationId }] } },
      lead.token,
    );
    const orgToken = tokenFrom(
      await smtp.waitFor(invitee.email, (m) => /invites/.test(m.parsed.subject ?? '') && m.raw.includes('Read before')),
    );
    expect((await app.gql(INVITATION, { token: orgToken })).body.data?.invitationByLink).toMatchObject({
      email: null,
      organisation: { id: invitee.organisationId, name: 'Member Org Reads' },
    });

    // Used by signing: the token reads nothing more; nor does a manage link, another string, an expired or declined invitation.
    const signed = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Reading Group' }));
    expect(signed.body.errors).toBeUndefined();
    const manage = tokenFrom(await receipt(guestMail, 'Read before'));
    const expiredMail = uniqueEmail('expired');
    const expired = await invite(letter.letterId, expiredMail);
    await app.sql.query(`UPDATE letter_invitations SET expires_at = now() - interval '1 second' WHERE email = $1`, [
      expiredMail,
    ]);
    const declinedMail = uniqueEmail('declined');
    const declined = await invite(letter.letterId, declinedMail);
    await app.sql.query(`UPDATE letter_invitations SET status = 'DECLINED' WHERE email = $1`, [declinedMail]);
    const beforeRefusals = await rowCounts();
    for (const refused of [token, manage, `${orgToken}x`, expired, declined, 'A'.repeat(43), 'x'.repeat(5000)]) {
      const answer = await app.gql(INVITATION, { token: refused });
      expect(errorCode(answer)).toBe('NOT_FOUND');
      expect(answer.text).not.toContain('Read before signing');
    }
    expect(await rowCounts()).toEqual(beforeRefusals);
  });

  it('two presses of Sign at once make one endorsement and one organisation', async () => {
    const letter = await freshLetter('Double press');
    const guestMail = uniqueEmail('double');
    const token = await invite(letter.letterId, guestMail);
    const organisationsBefore = await countRows(app, 'organisations');
    const presses = await Promise.all(
      Array.from({ length: 6 }, () =>
        app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Pressed Twice' })),
      ),
    );
    for (const press of presses) expect(press.body.errors).toBeUndefined();
    expect(new Set(presses.map((p) => p.body.data?.signByInvitation.id)).size).toBe(1);
    const { rows } = await app.sql.query('SELECT id FROM endorsements WHERE letter_id = $1', [letter.letterId]);
    expect(rows).toHaveLength(1);
    expect(await countRows(app, 'organisations')).toBe(organisationsBefore + 1);
    // One receipt.
    await receipt(guestMail);
    await new Promise((done) => setTimeout(done, 500));
    expect(
      smtp.messages.filter((m) => m.to.includes(guestMail) && /Your signature/.test(m.parsed.subject ?? '')),
    ).toHaveLength(1);
  });

  it('a guest signing while a material revision commits ends on the new hash or NEEDS_RECONFIRMATION, never SIGNED on the old', async () => {
    // 'sign first': a separate client holds the letter FOR SHARE, which lets the signature through and
    // keeps the revision waiting until the signature has committed. 'revise first': it holds the
    // invitation row, so the signature waits until the revision has committed. 'together': both at once.
    const modes = ['sign first', 'revise first', 'together', 'together', 'together', 'together'] as const;
    for (const [round, mode] of modes.entries()) {
      const letter = await freshLetter(`Race ${round}`);
      const guestMail = uniqueEmail(`race${round}`);
      const token = await invite(letter.letterId, guestMail);
      const holder = new Client({ connectionString: app.database.url });
      await holder.connect();
      await holder.query('BEGIN');
      if (mode === 'sign first') {
        await holder.query('SELECT 1 FROM letters WHERE id = $1 FOR SHARE', [letter.letterId]);
      } else if (mode === 'revise first') {
        await holder.query('SELECT 1 FROM letter_invitations WHERE email = $1 FOR UPDATE', [guestMail]);
      }
      const signing = app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: `Racer ${round}` }));
      const revising = reviseLetter(app, lead, {
        letterId: letter.letterId,
        body: `Dear Secretary,\n\nRound ${round}: we ask you to raise their cases today.\n\nSincerely,`,
        material: true,
      });
      if (mode === 'sign first') await signing;
      if (mode === 'revise first') await revising;
      await holder.query('COMMIT');
      await holder.end();
      const [signed, revised] = await Promise.all([signing, revising]);
      const { rows } = await app.sql.query<{ status: string; content_hash: string }>(
        'SELECT status, content_hash FROM endorsements WHERE letter_id = $1',
        [letter.letterId],
      );
      if (signed.body.errors) {
        expect(errorCode(signed)).toBe('STALE_VERSION');
        expect(rows).toHaveLength(0);
      } else {
        expect(rows).toHaveLength(1);
        const [row] = rows;
        expect(
          (row.status === 'NEEDS_RECONFIRMATION' && row.content_hash === letter.contentHash) ||
            (row.status === 'SIGNED' && row.content_hash === revised.contentHash),
        ).toBe(true);
      }
      if (mode === 'sign first')
        expect(rows).toEqual([{ status: 'NEEDS_RECONFIRMATION', content_hash: letter.contentHash }]);
      if (mode === 'revise first') expect(errorCode(signed)).toBe('STALE_VERSION');
      const current = await app.sql.query<{ content_hash: string }>(
        `SELECT v.content_hash FROM letters l JOIN letter_versions v ON v.letter_id = l.id AND v.number = l.current_version WHERE l.id = $1`,
        [letter.letterId],
      );
      expect(current.rows[0].content_hash).toBe(revised.contentHash);
      expect(rows.some((r) => r.status === 'SIGNED' && r.content_hash === letter.contentHash)).toBe(false);
    }
  });

  it('withdrawing by one link while re-confirming by another (two mails open at once) ends in one or the other, never an error', async () => {
    const letter = await freshLetter('Two tabs');
    const guests = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const guestMail = uniqueEmail(`tabs${i}`);
        const token = await invite(letter.letterId, guestMail, `Tab Org ${i}`);
        const signed = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: `Tab Org ${i}` }));
        expect(signed.body.errors).toBeUndefined();
        return { guestMail, receiptLink: tokenFrom(await receipt(guestMail)) };
      }),
    );
    const revised = await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: 'Dear Secretary,\n\nWe ask you to raise their cases, by name.\n\nSincerely,',
      material: true,
    });
    const outcomes = await Promise.all(
      guests.map(async ({ guestMail, receiptLink }) => {
        const noticeLink = tokenFrom(await smtp.waitFor(guestMail, (m) => /re-confirm/i.test(m.parsed.subject ?? '')));
        // Both locks are taken in one order (the endorsement, then the link): no deadlock to abort either.
        const [withdrawn, reconfirmed] = await Promise.all([
          app.gql(WITHDRAW, { token: receiptLink }),
          app.gql(RECONFIRM, { token: noticeLink, contentHash: revised.contentHash }),
        ]);
        return [errorCode(withdrawn) ?? 'OK', errorCode(reconfirmed) ?? 'OK'];
      }),
    );
    for (const [withdrawn, reconfirmed] of outcomes) {
      expect(withdrawn).toBe('OK');
      expect(['OK', 'NOT_FOUND']).toContain(reconfirmed);
    }
    const { rows } = await app.sql.query<{ status: string }>('SELECT status FROM endorsements WHERE letter_id = $1', [
      letter.letterId,
    ]);
    expect(rows.map((r) => r.status)).toEqual(Array(6).fill('WITHDRAWN'));
  });

  it('signing up later with the address it signed from, and verifying it, makes the person OWNER', async () => {
    const letter = await freshLetter('Later account');
    const guestMail = uniqueEmail('later');
    const token = await invite(letter.letterId, guestMail);
    const signed = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Adopted Org' }));
    const organisationId = signed.body.data?.signByInvitation.organisation.id;

    expect(
      (await app.gql(SIGN_UP, { input: { email: guestMail, password: PASSWORD, name: 'Wanjiru' } })).body.data?.signUp,
    ).toBe(true);
    const loggedIn = await app.gql(LOG_IN, { input: { email: guestMail, password: PASSWORD } });
    const accessToken = loggedIn.body.data?.logIn.accessToken as string;
    // Not before the address is verified.
    expect((await app.gql(MY_MEMBERSHIPS, {}, accessToken)).body.data?.me.memberships).toEqual([]);
    const verification = await smtp.waitFor(guestMail, (m) => /Confirm your email/.test(m.parsed.subject ?? ''));
    const verified = await app.gql(VERIFY, { token: tokenFrom(verification) }, accessToken);
    expect(verified.body.data?.verifyEmail.emailVerified).toBe(true);
    const memberships = await app.gql(MY_MEMBERSHIPS, {}, accessToken);
    expect(memberships.body.data?.me.memberships).toEqual([{ role: 'OWNER', organisation: { id: organisationId } }]);
  });

  it('adopted after a verified organisation took its name, a guest organisation keeps its members but not its badge', async () => {
    const letter = await freshLetter('Twins');
    const twin = `Twin Rights ${Date.now()}`;
    const guestMail = uniqueEmail('twin').replace(/@.*/, '@twin-guest.example');
    const token = await invite(letter.letterId, guestMail);
    const signed = await app.gql(
      SIGN,
      signInput(token, letter.contentHash, { organisationName: twin, website: 'https://twin-guest.example' }),
    );
    const guestOrganisation = signed.body.data?.signByInvitation.organisation;
    expect(guestOrganisation).toMatchObject({ verifiedDomain: 'twin-guest.example' });
    // Meanwhile the organisation of that name, with members, is verified (its members proved the domain).
    const real = await organisationWithOwner(app, { name: twin });
    await app.sql.query(`UPDATE organisations SET verified_domain = 'twinrights.example' WHERE id = $1`, [
      real.organisationId,
    ]);
    await adoptByAccount(guestMail);
    const { rows } = await app.sql.query<{ id: string; verified_domain: string | null; members: number }>(
      `SELECT o.id, o.verified_domain, (SELECT count(*)::int FROM memberships m WHERE m.organisation_id = o.id) AS members
         FROM organisations o WHERE o.id = ANY($1::uuid[]) ORDER BY o.verified_domain NULLS FIRST`,
      [[guestOrganisation?.id, real.organisationId]],
    );
    // Two organisations of one name, but only one verified: the badge still tells them apart.
    expect(rows).toEqual([
      { id: guestOrganisation?.id, verified_domain: null, members: 1 },
      { id: real.organisationId, verified_domain: 'twinrights.example', members: 1 },
    ]);
  });

  it('a name drawn in another order than it is written (a direction override) is refused, and the database refuses it too', async () => {
    const letter = await freshLetter('Drawn as written');
    const token = await invite(letter.letterId, uniqueEmail('override'));
    const spoofed = '\u202EcidroN ecaepneerG'; // drawn as "Greenpeace Nordic"
    for (const extra of [
      { organisationName: spoofed },
      { displayName: `\u2067${spoofed}\u2069` },
      { signerName: `Wanjiru \u202Dmauak` },
      { comment: 'We sign.\u202E' },
    ]) {
      const answer = await app.gql(SIGN, signInput(token, letter.contentHash, extra));
      expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    }
    await expect(
      app.sql.query(`UPDATE organisations SET name = $1 WHERE id = $2`, [spoofed, lead.organisationId]),
    ).rejects.toThrow(/organisations_name_drawn_as_written/);
    // A right-to-left name as written is welcome: the page isolates it.
    const arabic = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'جمعية الساحل' }));
    expect(arabic.body.errors).toBeUndefined();
  });

  it('once adopted, the organisation is listed and acts signed in: the guest links read but change nothing, and the invitation token is spent', async () => {
    const letter = await freshLetter('Adopted then revised', 'PUBLIC');
    const guestMail = uniqueEmail('adopted');
    const token = await invite(letter.letterId, guestMail);
    const name = `Quietly Signing ${Date.now()}`;
    const signed = await app.gql(
      SIGN,
      signInput(token, letter.contentHash, { organisationName: name, anonymous: true }),
    );
    const endorsementId = signed.body.data?.signByInvitation.id as string;
    const organisationId = signed.body.data?.signByInvitation.organisation.id as string;
    const link = tokenFrom(await receipt(guestMail));

    // Unnamed, and not in the directory either: its appearance there would name the unnamed signatory.
    const directory = async () => (await app.gql(DIRECTORY, { search: name, id: organisationId })).body.data;
    expect(await directory()).toEqual({ organisations: { totalCount: 0 }, organisation: null });

    const owner = await adoptByAccount(guestMail);
    expect(await directory()).toEqual({ organisations: { totalCount: 1 }, organisation: { id: organisationId } });

    // Its members act for it now: the links read, and change nothing.
    const before = await rowCounts();
    expect((await app.gql(BY_LINK, { token: link })).body.data?.endorsementByLink.status).toBe('SIGNED');
    expect(
      errorCode(await app.gql(RECONFIRM, { token: link, contentHash: letter.contentHash, anonymous: false })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(WITHDRAW, { token: link }))).toBe('FORBIDDEN');
    // A press of the invitation's Sign again reads nothing more.
    expect(errorCode(await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: name })))).toBe(
      'NOT_FOUND',
    );
    expect(await rowCounts()).toEqual(before);

    // After a material revision, the new OWNER re-confirms from the account.
    const revised = await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: 'Dear Secretary,\n\nWe ask you to raise their cases at once.\n\nSincerely,',
      material: true,
    });
    const reconfirmed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.letterId, organisationId, revised.contentHash, { anonymous: true }),
      owner,
    );
    expect(reconfirmed.body.errors).toBeUndefined();
    expect(reconfirmed.body.data?.endorseLetter).toMatchObject({ status: 'SIGNED', contentHash: revised.contentHash });

    // The OWNER withdraws; no guest link brings the signature back or names it.
    const withdrawn = await app.gql(WITHDRAW_BY_ACCOUNT, { input: { endorsementId } }, owner);
    expect(withdrawn.body.data?.withdrawEndorsement.status).toBe('WITHDRAWN');
    expect(
      errorCode(await app.gql(RECONFIRM, { token: link, contentHash: revised.contentHash, anonymous: false })),
    ).toBe('FORBIDDEN');
    const { rows } = await app.sql.query('SELECT status, anonymous FROM endorsements WHERE id = $1', [endorsementId]);
    expect(rows).toEqual([{ status: 'WITHDRAWN', anonymous: true }]);
  });

  it("a signature the leads rejected is no longer the guest's: its link reads nothing and changes nothing", async () => {
    const letter = await freshLetter('Rejected guest');
    const guestMail = uniqueEmail('rejected');
    const token = await invite(letter.letterId, guestMail);
    const signed = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Not Wanted Here' }));
    const endorsementId = signed.body.data?.signByInvitation.id as string;
    const link = tokenFrom(await receipt(guestMail));
    const rejected = await app.gql(REJECT, { id: endorsementId }, lead.token);
    expect(rejected.body.errors).toBeUndefined();
    const before = await rowCounts();
    expect(errorCode(await app.gql(BY_LINK, { token: link }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(RECONFIRM, { token: link, contentHash: letter.contentHash }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(WITHDRAW, { token: link }))).toBe('NOT_FOUND');
    expect(
      errorCode(await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Not Wanted Here' }))),
    ).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(before);
  });

  it('an account already verified at the address becomes OWNER when its holder signs as a guest', async () => {
    const letter = await freshLetter('Account holder signs as guest');
    const holder = await signUp(app, 'Account Holder');
    const token = await invite(letter.letterId, holder.email);
    const signed = await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: 'Holder Org' }));
    const organisationId = signed.body.data?.signByInvitation.organisation.id;
    const memberships = await app.gql(MY_MEMBERSHIPS, {}, holder.accessToken);
    expect(memberships.body.data?.me.memberships).toEqual([{ role: 'OWNER', organisation: { id: organisationId } }]);
  });

  it('an invitation to an existing organisation is FORBIDDEN: its members sign signed in', async () => {
    const letter = await freshLetter('Existing organisation');
    const invitee = await organisationWithOwner(app, { name: 'Existing Member Org' });
    const response = await app.gql(
      INVITE,
      { input: { letterId: letter.letterId, invitees: [{ organisationId: invitee.organisationId }] } },
      lead.token,
    );
    expect(response.body.errors).toBeUndefined();
    const token = tokenFrom(await smtp.waitFor(invitee.email, (m) => /invites/.test(m.parsed.subject ?? '')));
    const before = await rowCounts();
    expect(errorCode(await app.gql(SIGN, signInput(token, letter.contentHash)))).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(before);
  });

  it("a verified organisation's name (or a look-alike) is BAD_USER_INPUT, as is not confirming authority", async () => {
    const letter = await freshLetter('Verified names');
    const verified = await organisationWithOwner(app, { name: 'World Uyghur Congress' });
    await app.sql.query(`UPDATE organisations SET verified_domain = 'uyghurcongress.example' WHERE id = $1`, [
      verified.organisationId,
    ]);
    const guestMail = uniqueEmail('impostor');
    const token = await invite(letter.letterId, guestMail);
    const before = await rowCounts();
    for (const name of [
      'World Uyghur Congress',
      'WORLD UYGHUR CONGRESS',
      'Wоrld Uyghur Cоngress',
      'Friends of World Uyghur Congress',
    ]) {
      expect(errorCode(await app.gql(SIGN, signInput(token, letter.contentHash, { organisationName: name })))).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect(
      errorCode(
        await app.gql(
          SIGN,
          signInput(token, letter.contentHash, { organisationName: 'Honest Org', authorised: false }),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
    const { rows } = await app.sql.query('SELECT status FROM letter_invitations WHERE email = $1', [guestMail]);
    expect(rows).toEqual([{ status: 'PENDING' }]);
  });
});
