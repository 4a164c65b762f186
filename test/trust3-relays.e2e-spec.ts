import { eventually } from './support/eventually';
import {
  createOrganisation,
  endorseAs,
  openLetter,
  organisationWithOwner,
  REVISE_LETTER,
  reviseLetter,
  uniqueEmail,
} from './support/factories';
import { CONFIRM, setPetition, signAs, type Signer } from './support/petitions';
import { SmtpSink, tokenFrom, type ReceivedMail } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import type { InviteMemberInput } from './gql/graphql';

// Issue 18, defect 8, beyond inviteEndorsers: no mail the platform sends carries a stranger's
// words to any address, as often as they like, under a subject they choose.

const INVITE = graphql(`
  mutation Trust3RelaysInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
    }
  }
`);
const PHISHING_NAME = 'PayPal Security: account suspended, verify at https://paypal.com.evil.example/login now';
const LIMITS = {
  MEMBER_INVITATIONS_PER_ORGANISATION_PER_DAY: '4',
  MEMBER_INVITATIONS_PER_ACCOUNT_PER_DAY: '6',
  LETTER_REVISIONS_PER_DAY: '9',
};

describe('the platform is not a mail relay (issue 18, defect 8)', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ ...LIMITS, WORKER: 'on', SMTP_URL: smtp.url, TRUST_PROXY: '1' });
    // A second API process on the same database: the limits are counted in PostgreSQL.
    second = await startTestApp({ ...LIMITS, WORKER: 'off', SMTP_URL: smtp.url, TRUST_PROXY: '1' }, app.database);
  });
  afterAll(async () => {
    await second?.close();
    await app?.close();
    await smtp.stop();
  });

  /** Mails queued (sent or waiting) with this purpose to this address. */
  async function mailJobs(purpose: string, to: string): Promise<number> {
    const { rows } = await app.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT data FROM pgboss.job WHERE name = 'mail.send'
         UNION ALL SELECT data FROM pgboss.archive WHERE name = 'mail.send') j
        WHERE j.data->>'purpose' = $1 AND j.data->'message'->>'to' = $2`,
      [purpose, to],
    );
    return rows[0].n;
  }

  function mailsTo(email: string, subject: string): ReceivedMail[] {
    return smtp.messages.filter((m) => m.to.includes(email) && (m.parsed.subject ?? '').startsWith(subject));
  }

  describe('inviteMember', () => {
    it('frames the mail itself: its own subject, the names defanged and shortened', async () => {
      const owner = await organisationWithOwner(app, { name: 'Harbour Friends' });
      await app.sql.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [owner.organisationId, PHISHING_NAME]);
      await app.sql.query(`UPDATE users SET name = $2 WHERE id = $1`, [
        owner.userId,
        'Apple Support www.evil.example call now',
      ]);
      const to = uniqueEmail('member-victim');
      const response = await app.gql(
        INVITE,
        { input: { organisationId: owner.organisationId, email: to, role: 'MEMBER' } },
        owner.token,
      );
      expect(response.body.errors).toBeUndefined();
      const mail = await smtp.waitFor(to);
      const subject = mail.parsed.subject ?? '';
      const text = mail.parsed.text ?? '';
      expect(subject.startsWith('You are invited to join ')).toBe(true);
      expect(subject).toContain('on Undersigned');
      expect(subject.length).toBeLessThanOrEqual(160);
      for (const part of [subject, text]) {
        expect(part).not.toMatch(/https?:\/\/paypal/);
        expect(part).not.toContain('evil.example');
        expect(part).not.toContain('www.evil');
      }
      // Shown, shortened to 60 characters, with nothing a mail client would link.
      expect(text).toContain('Apple Support www[.]evil[.]example call now of PayPal Security');
      expect(text).toContain('verify at hxxps[://]pay…');
      // The platform's own link still works.
      expect(tokenFrom(mail)).toBeTruthy();
    });

    it('mails one address at most once a day, however often it is re-invited', async () => {
      const owner = await organisationWithOwner(app, { name: 'Re-invite Org' });
      const to = uniqueEmail('reinvited');
      const input: InviteMemberInput = { organisationId: owner.organisationId, email: to, role: 'MEMBER' };
      expect((await app.gql(INVITE, { input }, owner.token)).body.errors).toBeUndefined();
      for (const process of [app, second, app]) {
        expect(errorCode(await process.gql(INVITE, { input }, owner.token))).toBe('RATE_LIMITED');
      }
      await smtp.waitFor(to);
      expect(await mailJobs('membership invitation', to)).toBe(1);
      // A day later it may be renewed once more.
      await app.sql.query(`UPDATE membership_invitations SET sent_at = now() - interval '25 hours' WHERE email = $1`, [
        to,
      ]);
      expect((await second.gql(INVITE, { input }, owner.token)).body.errors).toBeUndefined();
      expect(await mailJobs('membership invitation', to)).toBe(2);
    });

    it('caps the invitations an organisation and an account mail a day, across processes', async () => {
      const owner = await organisationWithOwner(app, { name: 'Flood Org' });
      const invite = (process: TestApp, organisationId: string, to: string) =>
        process.gql(INVITE, { input: { organisationId, email: to, role: 'MEMBER' } }, owner.token);
      const sent: string[] = [];
      for (let i = 0; i < 4; i++) {
        const to = uniqueEmail(`flood-${i}`);
        expect((await invite(i % 2 ? second : app, owner.organisationId, to)).body.errors).toBeUndefined();
        sent.push(to);
      }
      const refused = uniqueEmail('flood-over');
      expect(errorCode(await invite(second, owner.organisationId, refused))).toBe('RATE_LIMITED');
      // Revoking and inviting again is still a mail: it counts.
      // A second organisation of the same account: the account's cap (6) holds.
      const other = await createOrganisation(app, owner.user, { name: 'Flood Org Two' });
      expect((await invite(app, other.id, uniqueEmail('flood-4'))).body.errors).toBeUndefined();
      expect((await invite(second, other.id, uniqueEmail('flood-5'))).body.errors).toBeUndefined();
      expect(errorCode(await invite(app, other.id, refused))).toBe('RATE_LIMITED');
      const { rows } = await app.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM membership_invitations WHERE invited_by_id = $1`,
        [owner.userId],
      );
      expect(rows[0].n).toBe(6);
      expect(await mailJobs('membership invitation', refused)).toBe(0);
    });
  });

  describe('reconfirmation mails', () => {
    async function waitForMailer(letterId: string): Promise<void> {
      await eventually(
        async () => {
          const { rows } = await app.sql.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'supporters.reconfirmation-mails'
              AND data->>'letterId' = $1 AND state IN ('created', 'retry', 'active')
              AND start_after <= now()`,
            [letterId],
          );
          return rows[0].n === 0 || undefined;
        },
        { what: 'the reconfirmation mailer' },
      );
    }

    it('mails a waiting supporter at most once a day and three times in all, the diff quoted with nothing to click', async () => {
      const lead = await organisationWithOwner(app, { name: 'Reconfirm Lead' });
      const letter = await openLetter(app, lead, {
        title: 'Save the Harbour Ferry',
        body: 'Keep the harbour ferry running all year.',
      });
      await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, supporterNames: 'LISTED' });
      const signer: Signer = {
        name: 'Rosa Citizen',
        email: `rosa.relay.${process.pid}@example.net`,
        country: 'GB',
        postcode: 'SW1A 1AA',
      };
      expect((await signAs(app, letter.letterId, signer, '198.51.100.91')).body).toEqual({
        data: { signPetition: true },
      });
      const confirmMail = await smtp.waitFor(signer.email);
      const confirmed = await app.gql(CONFIRM, {
        token: tokenFrom(confirmMail),
      });
      expect(confirmed.body.data?.confirmSignature.status).toBe('CONFIRMED');

      const revise = async (n: number): Promise<void> => {
        await reviseLetter(app, lead, {
          letterId: letter.letterId,
          title: `${PHISHING_NAME} ${n}`,
          body: `Your bank account is locked (${n}). Unlock it at https://bank.evil.example/unlock or www.evil.example.`,
          material: true,
        });
        await waitForMailer(letter.letterId);
      };
      const subject = 'The letter you signed has changed';

      await revise(1);
      const [first] = await eventually(
        () => mailsTo(signer.email, subject).length === 1 && mailsTo(signer.email, subject),
        {
          what: 'the first reconfirmation mail',
        },
      );
      const text = first.parsed.text ?? '';
      for (const part of [first.parsed.subject ?? '', text]) {
        expect(part).not.toMatch(/https?:\/\/(paypal|bank)/);
        expect(part).not.toContain('evil.example');
      }
      expect(text).toContain('> +Your bank account is locked (1). Unlock it at hxxps[://]bank[.]evil[.]example/unlock');
      expect(first.parsed.subject?.length).toBeLessThanOrEqual(140);
      // Its link still confirms.
      expect(tokenFrom(first)).toBeTruthy();

      // Revised again the same day: not mailed again.
      await revise(2);
      await revise(3);
      expect(await mailJobs('signature reconfirmation', signer.email)).toBe(1);

      const dayLater = () =>
        app.sql.query(
          `UPDATE signatures SET reconfirm_mailed_at = reconfirm_mailed_at - interval '25 hours' WHERE letter_id = $1`,
          [letter.letterId],
        );
      await dayLater();
      await revise(4);
      expect(await mailJobs('signature reconfirmation', signer.email)).toBe(2);
      await dayLater();
      await revise(5);
      expect(await mailJobs('signature reconfirmation', signer.email)).toBe(3);
      // Three in all: never again for this signature.
      await dayLater();
      await revise(6);
      await dayLater();
      await revise(7);
      expect(await mailJobs('signature reconfirmation', signer.email)).toBe(3);
    });
  });

  describe('endorser revision notices', () => {
    it("quote the diff and the note with nothing to click, under the platform's subject", async () => {
      const lead = await organisationWithOwner(app, { name: 'Notice Lead' });
      const letter = await openLetter(app, lead, { title: 'Clean Rivers Now', body: 'Clean our rivers by 2030.' });
      const endorser = await organisationWithOwner(app, { name: 'Notice Endorser' });
      await endorseAs(
        app,
        { user: endorser.user, org: { id: endorser.organisationId } },
        letter.letterId,
        letter.contentHash,
      );
      await reviseLetter(app, lead, {
        letterId: letter.letterId,
        title: PHISHING_NAME,
        body: 'Your account is locked. Unlock it at https://bank.evil.example/unlock or www.evil.example.',
        note: 'Log in at https://paypal.com.evil.example to keep your endorsement',
        material: true,
      });
      const mail = await smtp.waitFor(endorser.email, (m) => /re-confirm/i.test(m.parsed.subject ?? ''));
      const text = mail.parsed.text ?? '';
      for (const part of [mail.parsed.subject ?? '', text]) {
        expect(part).not.toMatch(/https?:\/\/(paypal|bank)/);
        expect(part).not.toContain('evil.example');
      }
      expect(text).toContain('> +Your account is locked. Unlock it at hxxps[://]bank[.]evil[.]example/unlock');
      expect(mail.parsed.subject?.length).toBeLessThanOrEqual(140);
    });
  });

  it('caps the revisions of an open letter a day, across processes', async () => {
    const lead = await organisationWithOwner(app, { name: 'Revising Lead' });
    const letter = await openLetter(app, lead, { title: 'Quiet Streets', body: 'Make our streets quiet.' });
    const revise = (process: TestApp, n: number) =>
      process.gql(
        REVISE_LETTER,
        { input: { letterId: letter.letterId, body: `Make our streets quiet, version ${n}.`, material: true } },
        lead.token,
      );
    const { rows } = await app.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM letter_versions WHERE letter_id = $1',
      [letter.letterId],
    );
    for (let n = rows[0].n; n < 9; n++) expect((await revise(n % 2 ? second : app, n)).body.errors).toBeUndefined();
    expect(errorCode(await revise(second, 100))).toBe('RATE_LIMITED');
    expect(errorCode(await revise(app, 101))).toBe('RATE_LIMITED');
    // Nothing was written: the letter still has its nine versions.
    const after = await app.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM letter_versions WHERE letter_id = $1',
      [letter.letterId],
    );
    expect(after.rows[0].n).toBe(9);
  });
});
