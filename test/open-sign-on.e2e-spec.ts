import request from 'supertest';
import { DataSource } from 'typeorm';
import { forgetExpiredSignOnRequests } from '@undersigned/endorsements';
import { graphql } from './gql';
import type { RequestToSignInput } from './gql/graphql';
import {
  countRows,
  createLetter,
  createOrganisation,
  memberOf,
  openLetter,
  organisationWithOwner,
  reviseLetter,
  signUp,
  uniqueEmail,
  type OpenLetter,
  type OrganisationOwner,
} from './support/factories';
import { eventually } from './support/eventually';
import { pdfText } from './support/pdf-text';
import { SmtpSink, tokenFrom, type ReceivedMail } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';

const SET_OPEN = graphql(`
  mutation OpenSignOnSet($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {
    setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $autoApproveVerified) {
      id
      openSignOn
      autoApproveVerified
    }
  }
`);
const REQUEST = graphql(`
  mutation OpenSignOnRequest($input: RequestToSignInput!) {
    requestToSign(input: $input)
  }
`);
const CONFIRM = graphql(`
  mutation OpenSignOnConfirm($token: String!) {
    confirmSignOn(token: $token) {
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
const LETTER = graphql(`
  query OpenSignOnLetter($id: ID!) {
    letter(id: $id) {
      openSignOn
      autoApproveVerified
      counts {
        signed
        anonymous
        needsReconfirmation
        withdrawn
      }
      signatories(first: 50) {
        totalCount
        anonymousCount
        edges {
          node {
            displayName
            verified
            organisation {
              id
            }
          }
        }
      }
    }
  }
`);
const QUEUE = graphql(`
  query OpenSignOnQueue($id: ID!) {
    letter(id: $id) {
      endorsements(status: PENDING_APPROVAL, first: 50) {
        totalCount
        edges {
          node {
            id
            status
            signedBy
            signerName
            organisation {
              name
            }
          }
        }
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation OpenSignOnApprove($id: ID!) {
    approveEndorsement(endorsementId: $id) {
      id
      status
    }
  }
`);
const REJECT = graphql(`
  mutation OpenSignOnReject($id: ID!) {
    rejectEndorsement(endorsementId: $id, reason: "not a coalition member") {
      id
      status
    }
  }
`);
const BY_LINK = graphql(`
  query OpenSignOnByLink($token: String!) {
    endorsementByLink(token: $token) {
      id
      status
      contentHash
    }
  }
`);
const RECONFIRM = graphql(`
  mutation OpenSignOnReconfirm($token: String!, $contentHash: String!) {
    reconfirmByLink(token: $token, contentHash: $contentHash) {
      id
      status
      contentHash
    }
  }
`);
const REQUEST_BY_LINK = graphql(`
  query OpenSignOnRequestByLink($token: String!) {
    signOnRequestByLink(token: $token) {
      email
      organisationName
      signerName
      anonymous
      contentHash
      letter {
        slug
        currentVersion {
          contentHash
        }
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation OpenSignOnWithdraw($token: String!) {
    withdrawByLink(token: $token) {
      id
      status
    }
  }
`);

describe('open sign-on: requestToSign, confirmSignOn, the leads approve (issue 20)', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let lead: OrganisationOwner;

  beforeAll(async () => {
    await smtp.start();
    // TRUST_PROXY: the client IP of each request is the X-Forwarded-For the test gives.
    app = await startTestApp({ WORKER: 'on', SMTP_URL: smtp.url, TRUST_PROXY: '1' });
    lead = await organisationWithOwner(app, { name: 'Open Coalition Lead' });
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  let ipCounter = 0;
  /** A client IP of its own for each call, unless given: the rate limit is its own test. */
  function freshIp(): string {
    ipCounter += 1;
    return `198.51.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
  }

  async function openForSignOn(title: string, autoApproveVerified = false): Promise<OpenLetter> {
    const letter = await openLetter(app, lead, { title, visibility: 'PUBLIC' });
    const set = await app.gql(SET_OPEN, { letterId: letter.letterId, open: true, autoApproveVerified }, lead.token);
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.setOpenSignOn).toMatchObject({ openSignOn: true, autoApproveVerified });
    return letter;
  }

  let nameCounter = 0;
  function requestInput(letterId: string, email: string, extra: Partial<RequestToSignInput> = {}) {
    nameCounter += 1;
    return {
      input: {
        letterId,
        email,
        // A name of its own: a verified organisation's name is no guest's to take.
        organisationName: `Harbour Group ${nameCounter}`,
        country: 'GH',
        website: 'https://harbourrights.example',
        signerName: 'Kwame Mensah',
        signerTitle: 'Coordinator',
        authorised: true,
        ...extra,
      },
    };
  }

  async function requestToSign(
    letterId: string,
    email: string,
    extra: Partial<RequestToSignInput> = {},
    ip = freshIp(),
  ) {
    return app.gql(REQUEST, requestInput(letterId, email, extra), undefined, { 'X-Forwarded-For': ip });
  }

  function confirmationsTo(email: string): ReceivedMail[] {
    return smtp.messages.filter((m) => m.to.includes(email) && /Confirm your signature/.test(m.parsed.subject ?? ''));
  }

  /** Asks to sign and answers the token of the confirmation link in the mail the SMTP server received. */
  async function requestAndReceive(letterId: string, email: string, extra: Partial<RequestToSignInput> = {}) {
    const before = confirmationsTo(email).length;
    const asked = await requestToSign(letterId, email, extra);
    expect(asked.body).toEqual({ data: { requestToSign: true } });
    const mails = await eventually(
      () => (confirmationsTo(email).length > before ? confirmationsTo(email) : undefined),
      {
        what: `a confirmation mail to ${email}`,
      },
    );
    return tokenFrom(mails[mails.length - 1]);
  }

  async function receipt(email: string): Promise<ReceivedMail> {
    return smtp.waitFor(email, (m) => /Your signature/.test(m.parsed.subject ?? ''));
  }

  async function letterView(letterId: string, token?: string) {
    const response = await app.gql(LETTER, { id: letterId }, token);
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.letter;
  }

  async function csvOf(slug: string): Promise<string> {
    const csv = await request(app.url).get(`/letters/${slug}/signatories.csv`);
    expect(csv.status).toBe(200);
    return csv.text;
  }

  async function pdfOf(slug: string): Promise<string> {
    const pdf = await request(app.url)
      .get(`/letters/${slug}.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    return pdfText(new Uint8Array(pdf.body as Buffer));
  }

  /** Every table open sign-on writes to: a refused or repeated call leaves each as it was. */
  async function rowCounts(): Promise<Record<string, number>> {
    const tables = [
      'sign_on_requests',
      'organisations',
      'endorsements',
      'endorsement_manage_links',
      'memberships',
      'audit_events',
    ];
    return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await countRows(app, t)])));
  }

  it("the confirmation link's page reads its request with the token and changes nothing; NOT_FOUND for another token and once confirmed", async () => {
    const letter = await openForSignOn('Read before you confirm');
    const email = uniqueEmail('reader');
    const token = await requestAndReceive(letter.letterId, email, { organisationName: 'Reading Room Collective' });
    const before = await rowCounts();
    for (let i = 0; i < 2; i++) {
      const read = await app.gql(REQUEST_BY_LINK, { token });
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data?.signOnRequestByLink).toEqual({
        email,
        organisationName: 'Reading Room Collective',
        signerName: 'Kwame Mensah',
        anonymous: false,
        contentHash: letter.contentHash,
        letter: { slug: letter.slug, currentVersion: { contentHash: letter.contentHash } },
      });
    }
    expect(await rowCounts()).toEqual(before);
    for (const other of [`${token}x`, 'x'.repeat(500), '']) {
      expect(errorCode(await app.gql(REQUEST_BY_LINK, { token: other }))).toBe('NOT_FOUND');
    }
    expect((await app.gql(CONFIRM, { token })).body.errors).toBeUndefined();
    expect(errorCode(await app.gql(REQUEST_BY_LINK, { token }))).toBe('NOT_FOUND');
  });

  it('request → confirmation link → PENDING_APPROVAL, absent from signatories, counts, CSV and PDF → approved → listed', async () => {
    const letter = await openForSignOn('Open the harbour records');
    const email = uniqueEmail('harbour');
    const token = await requestAndReceive(letter.letterId, email, { organisationName: 'Harbour Rights Network' });
    const mail = confirmationsTo(email)[0];
    expect(mail.parsed.text).toContain(letter.contentHash);
    expect(mail.parsed.text).toContain(`${app.config.publicUrl}/sign-on/confirm?token=`);
    // Asking stored a request, nothing else: no organisation, no endorsement before the link is pressed.
    expect((await app.sql.query('SELECT 1 FROM endorsements WHERE letter_id = $1', [letter.letterId])).rows).toEqual(
      [],
    );

    const confirmed = await app.gql(CONFIRM, { token });
    expect(confirmed.body.errors).toBeUndefined();
    const endorsement = confirmed.body.data?.confirmSignOn;
    expect(endorsement).toMatchObject({
      status: 'PENDING_APPROVAL',
      contentHash: letter.contentHash,
      displayName: 'Harbour Rights Network',
      signedBy: null,
      organisation: { name: 'Harbour Rights Network', verifiedDomain: null },
    });
    const organisationId = endorsement?.organisation.id as string;

    // Counted nowhere, listed nowhere: signatories, counts, CSV, PDF.
    for (const viewer of [undefined, lead.token]) {
      const view = await letterView(letter.letterId, viewer);
      expect(view?.counts).toEqual({ signed: 0, anonymous: 0, needsReconfirmation: 0, withdrawn: 0 });
      expect(view?.signatories).toMatchObject({ totalCount: 0, anonymousCount: 0, edges: [] });
    }
    for (const surface of [await csvOf(letter.slug), await pdfOf(letter.slug)]) {
      expect(surface).not.toContain('Harbour Rights');
      expect(surface).not.toContain('Kwame');
    }

    // The leads' queue shows it, with the address it signed from; no one else reads the queue.
    const queue = await app.gql(QUEUE, { id: letter.letterId }, lead.token);
    expect(queue.body.data?.letter?.endorsements).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id: endorsement?.id,
            status: 'PENDING_APPROVAL',
            signedBy: email,
            signerName: 'Kwame Mensah',
            organisation: { name: 'Harbour Rights Network' },
          },
        },
      ],
    });
    expect(errorCode(await app.gql(QUEUE, { id: letter.letterId }))).toBe('NOT_FOUND');

    // The audit trail records that it came by open sign-on.
    const { rows: audit } = await app.sql.query<{ kind: string; payload: Record<string, unknown> }>(
      `SELECT kind, payload FROM audit_events WHERE letter_id = $1 AND kind = 'SIGNED'`,
      [letter.letterId],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].payload).toMatchObject({
      via: 'OPEN_SIGN_ON',
      endorsementId: endorsement?.id,
      status: 'PENDING_APPROVAL',
      approvedAtOnce: false,
    });
    expect(JSON.stringify(audit[0].payload)).not.toContain(email);

    // The receipt says it waits; its manage link works while it waits.
    const received = await receipt(email);
    expect(received.parsed.text).toMatch(/waits for the lead organisations’ approval/);
    const manage = tokenFrom(received);
    expect((await app.gql(BY_LINK, { token: manage })).body.data?.endorsementByLink).toMatchObject({
      id: endorsement?.id,
      status: 'PENDING_APPROVAL',
    });

    const approved = await app.gql(APPROVE, { id: endorsement?.id as string }, lead.token);
    expect(approved.body.errors).toBeUndefined();
    expect(approved.body.data?.approveEndorsement.status).toBe('SIGNED');
    const view = await letterView(letter.letterId);
    expect(view?.counts).toMatchObject({ signed: 1, anonymous: 0 });
    expect(view?.signatories.edges.map((e) => e.node)).toEqual([
      { displayName: 'Harbour Rights Network', verified: false, organisation: { id: organisationId } },
    ]);
    expect(await csvOf(letter.slug)).toContain('Harbour Rights Network');
    expect(await pdfOf(letter.slug)).toContain('Harbour Rights Network');
    const { rows: approvals } = await app.sql.query(
      `SELECT 1 FROM audit_events WHERE letter_id = $1 AND kind = 'SIGN_ON_APPROVED'`,
      [letter.letterId],
    );
    expect(approvals).toHaveLength(1);
    await smtp.waitFor(email, (m) => /was approved/.test(m.parsed.subject ?? ''));
  });

  it('a verified-domain request with autoApproveVerified is listed at once; another domain still waits', async () => {
    const letter = await openForSignOn('Verified at once', true);
    const verifiedMail = `director-${Date.now()}@mail.harbourrights.example`;
    const verified = await app.gql(CONFIRM, {
      token: await requestAndReceive(letter.letterId, verifiedMail, { organisationName: 'Harbour Checked Network' }),
    });
    expect(verified.body.data?.confirmSignOn).toMatchObject({
      status: 'SIGNED',
      organisation: { verifiedDomain: 'harbourrights.example' },
    });
    const { rows: audit } = await app.sql.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM audit_events WHERE letter_id = $1 AND kind = 'SIGNED'`,
      [letter.letterId],
    );
    expect(audit.map((a) => a.payload)).toEqual([
      expect.objectContaining({ via: 'OPEN_SIGN_ON', approvedAtOnce: true, status: 'SIGNED' }),
    ]);

    const elsewhere = uniqueEmail('volunteer');
    const waiting = await app.gql(CONFIRM, {
      token: await requestAndReceive(letter.letterId, elsewhere, { organisationName: 'Dockside Friends' }),
    });
    expect(waiting.body.data?.confirmSignOn).toMatchObject({
      status: 'PENDING_APPROVAL',
      organisation: { verifiedDomain: null },
    });

    const view = await letterView(letter.letterId);
    expect(view?.counts.signed).toBe(1);
    expect(view?.signatories.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ displayName: 'Harbour Checked Network', verified: true }),
    ]);
    // Without autoApproveVerified, even a verified address waits for the leads.
    const strict = await openForSignOn('Verified but strict', false);
    const strictMail = `director-${Date.now()}@harbourrights.example`;
    const strictAnswer = await app.gql(CONFIRM, {
      token: await requestAndReceive(strict.letterId, strictMail, { organisationName: 'Harbour Strict Network' }),
    });
    expect(strictAnswer.body.data?.confirmSignOn).toMatchObject({
      status: 'PENDING_APPROVAL',
      organisation: { verifiedDomain: 'harbourrights.example' },
    });
  });

  it('25 requests from one IP: all answered true, the 20 within SIGN_RATE_LIMIT stored and mailed, the rest nothing', async () => {
    const letter = await openForSignOn('Rate limited sign-on');
    const before = await countRows(app, 'sign_on_requests');
    const addresses = Array.from({ length: 25 }, (_, i) => uniqueEmail(`burst${i}`));
    const answers: unknown[] = [];
    for (const address of addresses) {
      answers.push((await requestToSign(letter.letterId, address, {}, '192.0.2.77')).body);
    }
    expect(answers).toEqual(addresses.map(() => ({ data: { requestToSign: true } })));
    expect(await countRows(app, 'sign_on_requests')).toBe(before + 20);
    const { rows } = await app.sql.query<{ email: string }>('SELECT email FROM sign_on_requests WHERE letter_id = $1', [
      letter.letterId,
    ]);
    expect(rows.map((r) => r.email).sort()).toEqual(addresses.slice(0, 20).sort());
    await eventually(() => addresses.slice(0, 20).every((a) => confirmationsTo(a).length === 1) || undefined, {
      what: 'the 20 confirmation mails',
    });
    // Another client still asks: the budget is per IP. Its mail arriving is the marker that the
    // queue has run past anything the burst enqueued.
    const marker = uniqueEmail('marker');
    await requestAndReceive(letter.letterId, marker);
    expect(addresses.slice(20).map((a) => smtp.offered.get(a) ?? 0)).toEqual([0, 0, 0, 0, 0]);
    expect(addresses.slice(0, 20).map((a) => confirmationsTo(a).length)).toEqual(Array(20).fill(1));
  });

  it('true for a repeated request, each link working; a request the leads refused is answered alike and signs nothing', async () => {
    const letter = await openForSignOn('Repeated requests');
    const email = uniqueEmail('repeat');
    const first = await requestAndReceive(letter.letterId, email);
    const second = await requestAndReceive(letter.letterId, email);
    expect(second).not.toBe(first);
    const signed = await app.gql(CONFIRM, { token: second });
    expect(signed.body.data?.confirmSignOn.status).toBe('PENDING_APPROVAL');
    // The other link finds the signature already made from this address: one organisation, one endorsement.
    const before = await rowCounts();
    const again = await app.gql(CONFIRM, { token: first });
    expect(again.body.data?.confirmSignOn.id).toBe(signed.body.data?.confirmSignOn.id);
    expect(await rowCounts()).toEqual(before);

    // At most three wait for one address at once: a fourth is answered alike, kept and mailed nothing.
    await requestAndReceive(letter.letterId, email, { organisationName: 'Third Ask' });
    await requestAndReceive(letter.letterId, email, { organisationName: 'Fourth Ask' });
    const mailsBefore = confirmationsTo(email).length;
    const waiting = await countRows(app, 'sign_on_requests');
    expect((await requestToSign(letter.letterId, email)).body).toEqual({ data: { requestToSign: true } });
    expect(await countRows(app, 'sign_on_requests')).toBe(waiting + 1);
    expect((await requestToSign(letter.letterId, email)).body).toEqual({ data: { requestToSign: true } });
    expect(await countRows(app, 'sign_on_requests')).toBe(waiting + 1);

    // Refused by the leads: asking again answers true, and confirming it signs nothing.
    const rejected = await app.gql(REJECT, { id: signed.body.data?.confirmSignOn.id as string }, lead.token);
    expect(rejected.body.data?.rejectEndorsement.status).toBe('REJECTED');
    const refusedMail = await smtp.waitFor(email, (m) => /not accepted/.test(m.parsed.subject ?? ''));
    expect(refusedMail.parsed.text).toContain('not a coalition member');
    const kept = await eventually(() => confirmationsTo(email)[mailsBefore], {
      what: 'the mail of the last request kept',
    });
    const lastToken = tokenFrom(kept);
    const afterReject = await rowCounts();
    expect(errorCode(await app.gql(CONFIRM, { token: lastToken }))).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(afterReject);
    expect((await letterView(letter.letterId))?.counts).toMatchObject({ signed: 0, withdrawn: 0 });
  });

  it('setOpenSignOn: leads’ OWNER/COORDINATOR only, PUBLIC letters only; requestToSign answers a letter without it', async () => {
    const letter = await openLetter(app, lead, { title: 'Who may open it', visibility: 'PUBLIC' });
    const stranger = await organisationWithOwner(app, { name: 'Stranger Org' });
    const leadMember = await memberOf(app, lead, 'MEMBER');
    const coordinator = await memberOf(app, lead, 'COORDINATOR');
    const hidden = await openLetter(app, lead, { title: 'Private one', visibility: 'PRIVATE' });
    const draft = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC', title: 'Draft' });
    const open = await openForSignOn('Authorised only');
    for (const token of [stranger.token, leadMember.token]) {
      expect(errorCode(await app.gql(SET_OPEN, { letterId: letter.letterId, open: true }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await app.gql(SET_OPEN, { letterId: letter.letterId, open: true }))).toBe('UNAUTHENTICATED');
    const view = await letterView(letter.letterId, lead.token);
    expect(view).toMatchObject({ openSignOn: false, autoApproveVerified: false });
    // The public reads whether it is open, not how requests are approved.
    expect(await letterView(letter.letterId)).toMatchObject({ openSignOn: false, autoApproveVerified: null });

    // Not open: nothing stored, nothing mailed.
    const before = await rowCounts();
    const email = uniqueEmail('closed-door');
    expect(errorCode(await requestToSign(letter.letterId, email))).toBe('INVALID_STATE');

    const opened = await app.gql(SET_OPEN, { letterId: letter.letterId, open: true }, coordinator.token);
    expect(opened.body.data?.setOpenSignOn).toMatchObject({ openSignOn: true, autoApproveVerified: false });
    const closed = await app.gql(SET_OPEN, { letterId: letter.letterId, open: false }, lead.token);
    expect(closed.body.data?.setOpenSignOn.openSignOn).toBe(false);

    // A PRIVATE letter: refused, and requestToSign answers as for an unknown letter.
    expect(errorCode(await app.gql(SET_OPEN, { letterId: hidden.letterId, open: true }, lead.token))).toBe(
      'BAD_USER_INPUT',
    );
    await expect(
      app.sql.query('UPDATE letters SET open_sign_on = true WHERE id = $1', [hidden.letterId]),
    ).rejects.toThrow(/letters_open_sign_on_public/);
    expect(errorCode(await requestToSign(hidden.letterId, email))).toBe('NOT_FOUND');
    expect(errorCode(await requestToSign('00000000-0000-4000-8000-000000000000', email))).toBe('NOT_FOUND');
    expect((await app.gql(SET_OPEN, { letterId: draft.id, open: true }, lead.token)).body.errors).toBeUndefined();
    expect(errorCode(await requestToSign(draft.id, email))).toBe('NOT_FOUND');
    // Not authorised: refused.
    expect(errorCode(await requestToSign(open.letterId, email, { authorised: false }))).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
    expect(smtp.offered.get(email)).toBeUndefined();
  });

  it('two presses at once make one endorsement; a link pressed again changes nothing; withdrawn, it answers NOT_FOUND', async () => {
    const letter = await openForSignOn('Pressed twice');
    const email = uniqueEmail('twice');
    const token = await requestAndReceive(letter.letterId, email);
    const [a, b] = await Promise.all([app.gql(CONFIRM, { token }), app.gql(CONFIRM, { token })]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    expect(a.body.data?.confirmSignOn.id).toBe(b.body.data?.confirmSignOn.id);
    const { rows } = await app.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM endorsements WHERE letter_id = $1',
      [letter.letterId],
    );
    expect(rows[0].n).toBe(1);
    const receiptsTo = () =>
      smtp.messages.filter((m) => m.to.includes(email) && /Your signature/.test(m.parsed.subject ?? ''));
    await receipt(email);
    // One receipt: a marker mail sent after the presses arrives, and still only one receipt did.
    await requestAndReceive(letter.letterId, uniqueEmail('marker'));
    const receipts = receiptsTo();
    expect(receipts).toHaveLength(1);
    const before = await rowCounts();
    const third = await app.gql(CONFIRM, { token });
    expect(third.body.data?.confirmSignOn).toMatchObject({
      id: a.body.data?.confirmSignOn.id,
      status: 'PENDING_APPROVAL',
    });
    expect(await rowCounts()).toEqual(before);

    // Opening the link (a GET, as a mail scanner does) changes nothing either.
    const url = new URL(/https?:\/\/\S+\?token=\S+/.exec(confirmationsTo(email)[0].parsed.text ?? '')?.[0] as string);
    for (let i = 0; i < 3; i++) await request(app.url).get(url.pathname + url.search);
    expect(await rowCounts()).toEqual(before);

    // Withdrawn from the manage link (pending, it may be): the confirmation link no longer reads it.
    const withdrawn = await app.gql(WITHDRAW, { token: tokenFrom(receipts[0]) });
    expect(withdrawn.body.data?.withdrawByLink.status).toBe('WITHDRAWN');
    expect((await letterView(letter.letterId))?.counts).toMatchObject({ withdrawn: 0, signed: 0 });
    const afterWithdraw = await rowCounts();
    expect(errorCode(await app.gql(CONFIRM, { token }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(CONFIRM, { token: 'not-a-token' }))).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(afterWithdraw);
  });

  it('the text changed since the request: STALE_VERSION and nothing signed; a pending one re-confirmed still waits, counted nowhere', async () => {
    const letter = await openForSignOn('Changing text');
    const pendingMail = uniqueEmail('pending');
    const pending = await app.gql(CONFIRM, { token: await requestAndReceive(letter.letterId, pendingMail) });
    expect(pending.body.data?.confirmSignOn.status).toBe('PENDING_APPROVAL');
    const lateMail = uniqueEmail('late');
    const late = await requestAndReceive(letter.letterId, lateMail, { organisationName: 'Late Confirmers' });

    const revised = await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: 'Dear Minister,\n\nOpen every harbour record by June.\n\nSincerely,',
      material: true,
    });
    const before = await rowCounts();
    expect(errorCode(await app.gql(CONFIRM, { token: late }))).toBe('STALE_VERSION');
    expect(await rowCounts()).toEqual(before);

    // The pending one asks to re-confirm, but is still nobody's to count.
    const notice = await smtp.waitFor(pendingMail, (m) => /re-confirm/i.test(m.parsed.subject ?? ''));
    const view = await letterView(letter.letterId);
    expect(view?.counts).toEqual({ signed: 0, anonymous: 0, needsReconfirmation: 0, withdrawn: 0 });
    const reconfirmed = await app.gql(RECONFIRM, { token: tokenFrom(notice), contentHash: revised.contentHash });
    expect(reconfirmed.body.data?.reconfirmByLink).toMatchObject({
      status: 'PENDING_APPROVAL',
      contentHash: revised.contentHash,
    });
    expect((await letterView(letter.letterId))?.signatories.totalCount).toBe(0);
    // The database itself refuses an unapproved sign-on as SIGNED.
    await expect(
      app.sql.query(`UPDATE endorsements SET status = 'SIGNED' WHERE id = $1`, [pending.body.data?.confirmSignOn.id]),
    ).rejects.toThrow(/endorsements_sign_on_signed_approved/);
  });

  it("a guest organisation's name tells no one that it exists: asked again, or created, it is answered as any free name", async () => {
    // Signed unnamed, verified by its address: an organisation without members, in no directory.
    const letter = await openForSignOn('Names that tell nothing');
    const hidden = `Rights Desk ${Date.now()}`;
    const website = 'https://rightsdesk.example';
    const token = await requestAndReceive(letter.letterId, uniqueEmail('staff').replace(/@.*/, '@rightsdesk.example'), {
      organisationName: hidden,
      website,
      anonymous: true,
    });
    const signed = (await app.gql(CONFIRM, { token })).body.data?.confirmSignOn;
    expect(signed?.organisation).toMatchObject({ name: hidden, verifiedDomain: 'rightsdesk.example' });
    // Its slug says nothing of its name alone: a random part, always.
    const { rows } = await app.sql.query<{ slug: string }>('SELECT slug FROM organisations WHERE id = $1', [
      signed?.organisation.id,
    ]);
    expect(rows[0].slug).toMatch(/^rights-desk-\d+-[a-z2-9]{6}$/);

    // Anyone asking with that name, or a name containing it, is answered as for any other.
    for (const organisationName of [hidden, `Friends of ${hidden}`]) {
      const asked = await requestToSign(letter.letterId, uniqueEmail('prober'), { organisationName });
      expect(asked.body).toEqual({ data: { requestToSign: true } });
    }
    // Creating an organisation of that name takes its plain slug, as a name no one has.
    const creator = await signUp(app, 'Name Prober');
    expect((await createOrganisation(app, creator, { name: hidden })).slug).toBe(rows[0].slug.slice(0, -7));
  });

  it('a request names the text its form showed: after a material revision it is STALE_VERSION, and nothing is stored or mailed', async () => {
    const letter = await openForSignOn('Bound to what was shown');
    await reviseLetter(app, lead, {
      letterId: letter.letterId,
      body: 'Dear Minister,\n\nWe ask for the opposite.\n\nSincerely,',
      material: true,
    });
    const email = uniqueEmail('shown');
    const before = await rowCounts();
    const asked = await requestToSign(letter.letterId, email, { contentHash: letter.contentHash });
    expect(errorCode(asked)).toBe('STALE_VERSION');
    expect(await rowCounts()).toEqual(before);
    expect(confirmationsTo(email)).toEqual([]);
  });

  it('the confirmation mail shows all that was asked, so that no one confirms what someone else typed', async () => {
    const letter = await openForSignOn('Shown in full');
    const email = uniqueEmail('shown-in-full');
    await requestAndReceive(letter.letterId, email, {
      signerName: 'Somebody Else',
      comment: 'We also endorse the government position.',
      anonymous: false,
      displayName: 'Harbour Rights',
      country: `Ab${' '.repeat(300)}cd`,
    });
    const text = confirmationsTo(email)[0].parsed.text ?? '';
    expect(text).toContain('Signed by: Somebody Else, Coordinator');
    expect(text).toContain('Named: listed publicly as Harbour Rights');
    expect(text).toContain('Comment: We also endorse the government position.');
    // Shown as text, never a link: an attacker's address must not be one click away.
    expect(text).toContain('Website: hxxps[://]harbourrights[.]example');
    expect(text).toContain(letter.contentHash);
    // The country is kept as it is read (spaces folded), within its column.
    const { rows } = await app.sql.query<{ country: string }>('SELECT country FROM sign_on_requests WHERE email = $1', [
      email,
    ]);
    expect(rows).toEqual([{ country: 'Ab cd' }]);
  });

  it('an hourly job forgets the requests whose link expired unused, with their address; a request that signed stays', async () => {
    const letter = await openForSignOn('Requests forgotten');
    const unused = uniqueEmail('unused');
    const signed = uniqueEmail('signed-then-expired');
    const waiting = uniqueEmail('still-waiting');
    await requestAndReceive(letter.letterId, unused);
    expect(
      (await app.gql(CONFIRM, { token: await requestAndReceive(letter.letterId, signed) })).body.errors,
    ).toBeUndefined();
    await requestAndReceive(letter.letterId, waiting);
    // Time passes for two of them: their links expired.
    await app.sql.query(
      `UPDATE sign_on_requests SET created_at = now() - interval '40 days', expires_at = now() - interval '1 second'
        WHERE letter_id = $1 AND email = ANY($2)`,
      [letter.letterId, [unused, signed]],
    );
    expect(await forgetExpiredSignOnRequests(app.app.get(DataSource))).toBe(1);
    const { rows } = await app.sql.query<{ email: string }>(
      'SELECT email FROM sign_on_requests WHERE letter_id = $1 ORDER BY email',
      [letter.letterId],
    );
    expect(rows.map((r) => r.email)).toEqual([signed, waiting].sort());
    expect(await forgetExpiredSignOnRequests(app.app.get(DataSource))).toBe(0);
  });

  it('unnamed and approved: counted as a number, named on no public surface; the leads read the address', async () => {
    const letter = await openForSignOn('Unnamed sign-on');
    const email = uniqueEmail('quiet');
    const confirmed = await app.gql(CONFIRM, {
      token: await requestAndReceive(letter.letterId, email, {
        organisationName: 'Quiet Harbour Defenders',
        anonymous: true,
      }),
    });
    const id = confirmed.body.data?.confirmSignOn.id as string;
    expect((await app.gql(APPROVE, { id }, lead.token)).body.data?.approveEndorsement.status).toBe('SIGNED');
    const view = await letterView(letter.letterId);
    expect(view?.counts).toMatchObject({ signed: 1, anonymous: 1 });
    for (const surface of [JSON.stringify(view), await csvOf(letter.slug), await pdfOf(letter.slug)]) {
      expect(surface).not.toContain('Quiet Harbour');
      expect(surface).not.toContain('Kwame');
    }
    const all = await app.gql(QUEUE, { id: letter.letterId }, lead.token);
    expect(all.body.data?.letter?.endorsements.totalCount).toBe(0);
  });
});
