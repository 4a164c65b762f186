import { TargetMessageWorker } from '@undersigned/targeting';
import { eventually } from './support/eventually';
import {
  organisationWithOwner,
  reviseLetter,
  signUp,
  type OrganisationOwner,
  type TestUser,
} from './support/factories';
import { signAs } from './support/petitions';
import { importFixtures } from './support/representatives';
import { SmtpSink } from './support/smtp-sink';
import { SET_TARGETING, TargetingHelpers } from './support/targeting';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const UPSERT_TARGETS = graphql(`
  mutation RepresentativesSafetyUpsertTargets($input: [TargetInput!]!) {
    upsertTargets(input: $input) {
      email
    }
  }
`);
const REPRESENTATIVES = graphql(`
  query RepresentativesSafetyRepresentatives($postcode: String!, $areaType: String) {
    representatives(postcode: $postcode, areaType: $areaType) {
      id
      name
      title
      email
      party
      area {
        code
        name
        type
      }
    }
  }
`);

const SEVENOAKS = ['BR8 7RE', 'BR8 7QU', 'TN13 1AA', 'TN13 2BE'];
const CITIES = ['SW1A 1AA', 'SW1A 2AA', 'EC2V 7HH'];
const CITIES_MP = 'samir.chaudhry.mp@parliament.example';
const MANCHESTER = ['M1 1AE', 'M1 2BN', 'M2 5DB'];
const MANCHESTER_MP = 'bethan.rowlands.mp@parliament.example';
const CARDIFF = ['CF24 0AA', 'CF24 1NX', 'CF23 5AB'];
const CARDIFF_MP = 'owen.pritchard.mp@parliament.example';
const ADMIN_EMAIL = 'admin.safety@example.org';
const HOUR = 3_600_000;
const RATE_LIMIT = 5;

/** What an attacker review found: campaigns holding each other up, refusals, revised texts, early signers. */
describe('messages to representatives, safe against misuse', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let lead: OrganisationOwner;
  let admin: TestUser;
  let dispatcher: TargetMessageWorker;
  const helpers = new TargetingHelpers(
    () => app,
    () => smtp,
    () => lead,
  );

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    app = await startTestApp({
      WORKER: 'on',
      SMTP_URL: smtp.url,
      TRUST_PROXY: '1',
      SIGN_RATE_LIMIT: '0',
      // The background dispatcher stays out of the way: the tests dispatch themselves.
      TARGET_DISPATCH_INTERVAL_MS: '600000',
      DELIVERY_RETRY_DELAY_SECONDS: '1',
      REPRESENTATIVES_RATE_LIMIT: String(RATE_LIMIT),
      PLATFORM_ADMIN_EMAILS: ADMIN_EMAIL,
      PLATFORM_ADMIN_TWO_FACTOR: 'optional',
    });
    await importFixtures(app.database.url);
    lead = await organisationWithOwner(app, { name: 'Town Friends' });
    admin = await signUp(app, 'Platform Admin', ADMIN_EMAIL);
    dispatcher = app.app.get(TargetMessageWorker, { strict: false });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  async function statuses(letterId: string): Promise<string[]> {
    const { rows } = await app.sql.query<{ status: string }>(
      'SELECT status FROM target_messages WHERE letter_id = $1 ORDER BY status::text',
      [letterId],
    );
    return rows.map((row) => row.status);
  }

  it("spaces a letter's messages from its own queue: a slow campaign does not push back another's", async () => {
    const slow = await helpers.targetedLetter('Slow campaign', 1);
    await helpers.signAndConfirm(slow, helpers.supporters(3, SEVENOAKS));
    await eventually(async () => (await helpers.queued(slow)) === 3, { what: '3 messages queued' });
    const fast = await helpers.targetedLetter('Fast campaign', 60);
    await helpers.signAndConfirm(fast, helpers.supporters(1, SEVENOAKS));
    await eventually(async () => (await helpers.queued(fast)) === 1, { what: 'the message queued' });
    const { rows } = await app.sql.query<{ late: boolean }>(
      `SELECT scheduled_at > now() + interval '5 minutes' AS late FROM target_messages WHERE letter_id = $1`,
      [fast],
    );
    // 60 an hour: due within a minute and a quarter, not after the slow campaign's three hours.
    expect(rows).toEqual([{ late: false }]);
  });

  it('caps perTargetPerHour at 60 for every letter', async () => {
    const letterId = await helpers.targetedLetter('Capped campaign', 60);
    const set = await app.gql(
      SET_TARGETING,
      { input: { letterId, mode: 'OWN_REPRESENTATIVE', areaType: 'WMC', perTargetPerHour: 61 } },
      lead.token,
    );
    expect(errorCode(set)).toBe('BAD_USER_INPUT');
    const stored = await app.sql
      .query(`UPDATE letter_targeting SET per_target_per_hour = 61 WHERE letter_id = $1`, [letterId])
      .catch((error: { code: string }) => error.code);
    expect(stored).toBe('23514');
  });

  it('sends a backlog to one target no faster than its hourly rate, after an outage', async () => {
    const title = 'Backlog campaign';
    const letterId = await helpers.targetedLetter(title, 2);
    await helpers.signAndConfirm(letterId, helpers.supporters(3, CITIES));
    await eventually(async () => (await helpers.queued(letterId)) === 3, { what: '3 messages queued' });
    // The workers were down for hours: every message is overdue.
    await app.sql.query(`UPDATE target_messages SET scheduled_at = now() - interval '3 hours' WHERE letter_id = $1`, [
      letterId,
    ]);
    await dispatcher.dispatchDue();
    await dispatcher.dispatchDue();
    expect(await statuses(letterId)).toEqual(['PENDING', 'PENDING', 'SENT']);
    expect(helpers.toTarget(CITIES_MP, title)).toHaveLength(1);
    // Half an hour and a minute later (the recorded send moved back), the next one goes; only it.
    await app.sql.query(`UPDATE target_messages SET sent_at = sent_at - interval '31 minutes' WHERE letter_id = $1`, [
      letterId,
    ]);
    await dispatcher.dispatchDue();
    await dispatcher.dispatchDue();
    expect(await statuses(letterId)).toEqual(['PENDING', 'SENT', 'SENT']);
    expect(helpers.toTarget(CITIES_MP, title)).toHaveLength(2);
  });

  it('fails the address only when its recipient is refused, not when our relay refuses the message', async () => {
    const title = 'Refusals campaign';
    smtp.scripted.set(MANCHESTER_MP, [554]);
    smtp.scriptedRcpt.set(CARDIFF_MP, [550, 550, 550]);
    const letterId = await helpers.targetedLetter(title, 60);
    await helpers.signAndConfirm(letterId, [...helpers.supporters(2, MANCHESTER), ...helpers.supporters(2, CARDIFF)]);
    await eventually(async () => (await helpers.queued(letterId)) === 4, { what: '4 messages queued' });
    await dispatcher.dispatchDue(new Date(Date.now() + HOUR));
    const { rows } = await app.sql.query<{ email: string; failed: boolean; statuses: string[] }>(
      `SELECT t.email, t.email_failed_at IS NOT NULL AS failed, array_agg(m.status::text ORDER BY m.status::text) AS statuses
       FROM target_messages m JOIN targets t ON t.id = m.target_id WHERE m.letter_id = $1
       GROUP BY t.email, t.email_failed_at ORDER BY t.email`,
      [letterId],
    );
    expect(rows).toEqual(
      [
        // 554 at DATA: that one message failed, the address still works.
        { email: MANCHESTER_MP, failed: false, statuses: ['FAILED', 'SENT'] },
        // 550 at RCPT TO: the address is failed, the next message not even offered.
        { email: CARDIFF_MP, failed: true, statuses: ['FAILED', 'FAILED'] },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
    expect(helpers.toTarget(MANCHESTER_MP, title)).toHaveLength(1);
    expect(smtp.offered.get(CARDIFF_MP)).toBe(1);

    // An admin re-upserting the target, same address, clears the failure: it is written to again.
    const upsert = await app.gql(
      UPSERT_TARGETS,
      {
        input: [
          {
            externalId: '5304',
            name: 'Owen Pritchard',
            title: 'MP',
            email: CARDIFF_MP,
            areaCode: 'W07000090',
            areaType: 'WMC',
            party: 'Plaid Cymru',
          },
        ],
      },
      admin.accessToken,
    );
    expect(upsert.body.errors).toBeUndefined();
    const { rows: target } = await app.sql.query(`SELECT email_failed_at FROM targets WHERE email = $1`, [CARDIFF_MP]);
    expect(target).toEqual([{ email_failed_at: null }]);
    smtp.scriptedRcpt.delete(CARDIFF_MP);
    const later = await helpers.targetedLetter('After the fix', 60);
    await helpers.signAndConfirm(later, helpers.supporters(1, CARDIFF));
    await eventually(async () => (await helpers.queued(later)) === 1, { what: 'the message queued' });
    await dispatcher.dispatchDue(new Date(Date.now() + HOUR));
    expect(helpers.toTarget(CARDIFF_MP, 'After the fix')).toHaveLength(1);
  });

  it('sends the version of the letter each supporter confirmed, not a later revision', async () => {
    const title = 'Versioned campaign';
    const letterId = await helpers.targetedLetter(title, 60);
    const [early, late] = helpers.supporters(2, MANCHESTER);
    await helpers.signAndConfirm(letterId, [early]);
    await eventually(async () => (await helpers.queued(letterId)) === 1, { what: 'the message queued' });
    await reviseLetter(app, lead, {
      letterId,
      // Stage 6: a minor edit changes no word but typos, case and punctuation.
      body: `Dear Member of Parliament,\n\n${title}: Please act!`,
      material: false,
    });
    await helpers.signAndConfirm(letterId, [late]);
    await eventually(async () => (await helpers.queued(letterId)) === 2, { what: 'two messages queued' });
    await dispatcher.dispatchDue(new Date(Date.now() + HOUR));
    const received = await eventually(() => {
      const mails = helpers.toTarget(MANCHESTER_MP, title);
      return mails.length === 2 ? mails : undefined;
    });
    const textFor = (email: string): string =>
      received.find((m) => m.parsed.replyTo?.[0]?.address === email)?.parsed.text ?? '';
    expect(textFor(early.email)).toContain(`${title}: please act.\n`);
    expect(textFor(late.email)).toContain(`${title}: Please act!\n`);
  });

  it('writes for no one who signed before the letter asked supporters to write', async () => {
    const letterId = await helpers.targetedLetter('Switched on later', 60, false);
    const [before, after] = helpers.supporters(2, SEVENOAKS);
    await helpers.sign(letterId, [before]);
    await helpers.setTargeting(letterId, 60);
    await helpers.sign(letterId, [after]);
    await helpers.confirm([before, after]);
    await eventually(async () => (await helpers.queued(letterId)) === 1, { what: "the later signer's message" });
    // The earlier signer's job has run to its end: its area is filled in, and it queued nothing.
    await eventually(
      async () =>
        (
          await app.sql.query(
            `SELECT 1 FROM pgboss.job j JOIN signatures s ON s.id::text = j.singleton_key
             WHERE s.letter_id = $1 AND j.state = 'completed'`,
            [letterId],
          )
        ).rowCount === 2,
      { what: 'both jobs done' },
    );
    const { rows } = await app.sql.query<{ email: string }>(
      `SELECT s.email FROM target_messages m JOIN signatures s ON s.id = m.signature_id WHERE m.letter_id = $1`,
      [letterId],
    );
    expect(rows).toEqual([{ email: after.email }]);
  });

  it("keeps the From display name to the supporter's plain name: no quotes, brackets, @ or bidi controls", async () => {
    const title = 'Display name campaign';
    const letterId = await helpers.targetedLetter(title, 60);
    const [person] = helpers.supporters(1, CITIES);
    // signPetition refuses a direction override in a name (names are drawn as written); one stored
    // before that rule is still kept out of the mail's From.
    const overridden = await signAs(app, letterId, { ...person, name: 'Eve \u202Egnp.exe' }, '203.0.113.77');
    expect(overridden.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    person.name = 'Eve "Clerk" <clerk@parliament.example>';
    await helpers.signAndConfirm(letterId, [person]);
    await app.sql.query(`UPDATE signatures SET name = name || $2 WHERE letter_id = $1`, [letterId, ' \u202Egnp.exe']);
    await eventually(async () => (await helpers.queued(letterId)) === 1, { what: 'the message queued' });
    await dispatcher.dispatchDue(new Date(Date.now() + 2 * HOUR));
    const [mail] = await eventually(() => {
      const mails = helpers.toTarget(CITIES_MP, title);
      return mails.length ? mails : undefined;
    });
    expect(mail.parsed.from?.name).toBe('Eve Clerk clerkparliament.example gnp.exe (via Undersigned)');
    expect(mail.parsed.from?.address).toBe('no-reply@undersigned.invalid');
    expect(mail.parsed.replyTo?.[0]?.address).toBe(person.email);
  });

  it('limits representatives lookups per client IP', async () => {
    const ask = (ip: string, postcode: string) =>
      app.gql(REPRESENTATIVES, { postcode }, undefined, { 'X-Forwarded-For': ip });
    for (let i = 0; i < RATE_LIMIT; i++) {
      const answer = await ask('203.0.113.9', `ZZ${i} 9ZZ`);
      expect(answer.body.errors).toBeUndefined();
    }
    const refused = await ask('203.0.113.9', 'SW1A 1AA');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const other = await ask('203.0.113.10', 'SW1A 1AA');
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data?.representatives).toHaveLength(1);
  });
});
