import { TargetMessageWorker } from '@undersigned/targeting';
import { eventually } from './support/eventually';
import { openLetter, organisationWithOwner, signUp, type OrganisationOwner } from './support/factories';
import { CONFIRM, signAs } from './support/petitions';
import { PostcodesIo, type PostcodeAnswer } from './support/postcodes-io';
import { importFixtures } from './support/representatives';
import { SmtpSink, tokenFrom, type ReceivedMail } from './support/smtp-sink';
import { SET_TARGETING, TargetingHelpers, type Supporter } from './support/targeting';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const LETTER_SUPPORTERS_BY_AREA = graphql(`
  query LetterSupportersByArea($id: ID!) {
    letter(id: $id) {
      supportersByArea {
        areaCode
        areaName
        count
      }
    }
  }
`);
const WITHDRAW_SIGNATURE = graphql(`
  mutation WithdrawSignature($t: String!) {
    withdrawSignature(token: $t)
  }
`);

const TARGET_DELIVERIES = graphql(`
  query LetterTargetDeliveries($id: ID!) {
    letter(id: $id) {
      targetDeliveries {
        target {
          name
          email
          area {
            code
            name
          }
        }
        constituents
        pending
        sending
        sent
        failed
        attempts
        addressFailedAt
        lastError
      }
    }
  }
`);

// Live postcodes of the fixture, by constituency (test/fixtures/representatives/onspd-pcon24.csv).
const AREAS = {
  sevenoaks: {
    postcodes: ['BR8 7RE', 'BR8 7QU', 'TN13 1AA', 'TN13 2BE', 'TN14 5PG', 'TN15 6AB'],
    mp: 'harriet.oakley.mp@parliament.example',
    name: 'Sevenoaks',
  },
  cities: {
    postcodes: ['SW1A 1AA', 'SW1A 2AA', 'EC2V 7HH', 'WC2N 5DU', 'W1A 0AX', 'EC4M 7DR'],
    mp: 'samir.chaudhry.mp@parliament.example',
    name: 'Cities of London and Westminster',
  },
  manchester: {
    postcodes: ['M1 1AE', 'M1 2BN', 'M2 5DB', 'M3 3HF', 'M4 5JD', 'M15 4FN'],
    mp: 'bethan.rowlands.mp@parliament.example',
    name: 'Manchester Central',
  },
  cardiff: {
    postcodes: ['CF24 0AA', 'CF24 1NX', 'CF23 5AB'],
    mp: 'owen.pritchard.mp@parliament.example',
    name: 'Cardiff East',
  },
};
const FORMER_MP = 'geoffrey.lamb.mp@parliament.example';
const HOUR = 3_600_000;

describe('supporters write to their own representative', () => {
  const answers: Record<string, PostcodeAnswer> = {};
  const postcodesIo = new PostcodesIo(answers);
  let app: TestApp;
  let smtp: SmtpSink;
  let lead: OrganisationOwner;
  let dispatcher: TargetMessageWorker;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    await postcodesIo.start();
    app = await startTestApp({
      WORKER: 'on',
      SMTP_URL: smtp.url,
      TRUST_PROXY: '1',
      SIGN_RATE_LIMIT: '0',
      COUNT_FOLD_INTERVAL_MS: '200',
      TARGET_DISPATCH_INTERVAL_MS: '200',
      POSTCODE_LOOKUP_URL: postcodesIo.url,
      POSTCODE_LOOKUP_TIMEOUT_MS: '1000',
      POSTCODE_LOOKUP_RETRY_SECONDS: '1',
      DELIVERY_RETRY_DELAY_SECONDS: '1',
    });
    await importFixtures(app.database.url);
    lead = await organisationWithOwner(app, { name: 'Library Friends' });
    dispatcher = app.app.get(TargetMessageWorker, { strict: false });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
    await postcodesIo.stop();
  });

  const helpers = new TargetingHelpers(
    () => app,
    () => smtp,
    () => lead,
  );
  const targetedLetter = (title: string, perTargetPerHour?: number): Promise<string> =>
    helpers.targetedLetter(title, perTargetPerHour);
  const supporters = (count: number, postcodes: string[]): Supporter[] => helpers.supporters(count, postcodes);
  const signAndConfirm = (letterId: string, people: Supporter[]): Promise<void> =>
    helpers.signAndConfirm(letterId, people);
  const toTarget = (address: string, subject: string): ReceivedMail[] => helpers.toTarget(address, subject);
  const queued = (letterId: string): Promise<number> => helpers.queued(letterId);

  it('sends each of 60 supporters in 3 constituencies one message to their own MP, and none to others', async () => {
    const title = 'Keep the Riverside Library open';
    const letterId = await targetedLetter(title);
    const people = [
      ...supporters(20, AREAS.sevenoaks.postcodes),
      ...supporters(20, AREAS.cities.postcodes),
      ...supporters(20, AREAS.manchester.postcodes),
    ];
    await signAndConfirm(letterId, people);
    await eventually(async () => (await queued(letterId)) === 60, { what: '60 messages queued', timeoutMs: 60_000 });
    // Spread out (30 an hour per MP): run the dispatcher as if two hours had passed.
    await eventually(
      async () =>
        (await dispatcher.dispatchDue(new Date(Date.now() + 2 * HOUR))) === 0 &&
        toTarget(AREAS.sevenoaks.mp, title).length +
          toTarget(AREAS.cities.mp, title).length +
          toTarget(AREAS.manchester.mp, title).length ===
          60,
      { what: '60 messages sent', timeoutMs: 60_000 },
    );

    for (const [area, group] of [
      [AREAS.sevenoaks, people.slice(0, 20)],
      [AREAS.cities, people.slice(20, 40)],
      [AREAS.manchester, people.slice(40)],
    ] as const) {
      const received = toTarget(area.mp, title);
      expect(received).toHaveLength(20);
      // One per constituent, Reply-To the constituent, in their name, with the letter and their area.
      expect(received.map((m) => m.parsed.replyTo?.[0]?.address).sort()).toEqual(group.map((p) => p.email).sort());
      for (const mail of received) {
        const person = group.find((p) => p.email === mail.parsed.replyTo?.[0]?.address) as Supporter;
        expect(mail.parsed.from?.name).toBe(`${person.name} (via Undersigned)`);
        expect(mail.parsed.from?.address).toBe('no-reply@undersigned.invalid');
        expect(mail.parsed.text).toContain(`${title}: please act.`);
        expect(mail.parsed.text).toContain(`${person.name}\n${area.name}, ${person.postcode}`);
      }
    }
    // The MP who left office in 2024, and MPs of areas nobody signed from, got nothing.
    expect(smtp.messages.filter((m) => m.to.includes(FORMER_MP))).toEqual([]);
    expect(toTarget(AREAS.cardiff.mp, title)).toEqual([]);

    const view = await app.gql(TARGET_DELIVERIES, { id: letterId }, lead.token);
    expect(view.body.errors).toBeUndefined();
    expect(view.body.data?.letter?.targetDeliveries).toHaveLength(3);
    for (const row of view.body.data?.letter?.targetDeliveries ?? []) {
      expect(row).toMatchObject({
        constituents: 20,
        sent: 20,
        pending: 0,
        failed: 0,
        attempts: 20,
        addressFailedAt: null,
      });
    }
    expect(view.body.data?.letter?.targetDeliveries.map((r) => r.target.email).sort()).toEqual(
      [AREAS.cities.mp, AREAS.manchester.mp, AREAS.sevenoaks.mp].sort(),
    );
    // The areas filled in after confirmation are folded into the per-area counts.
    const byArea = await eventually(
      async () => {
        const counts = await app.gql(LETTER_SUPPORTERS_BY_AREA, { id: letterId });
        const rows = counts.body.data?.letter?.supportersByArea ?? [];
        return rows.length === 3 && rows.every((row) => row.count === 20) ? rows : undefined;
      },
      { what: 'supporters counted by area' },
    );
    expect(byArea.map((row) => row.areaCode).sort()).toEqual(['E14001172', 'E14001350', 'E14001465']);
    expect(byArea.map((row) => row.areaName).sort()).toEqual(
      [AREAS.cities.name, AREAS.manchester.name, AREAS.sevenoaks.name].sort(),
    );
    // The public reads the letter, not who wrote to whom.
    const outsider = await signUp(app, 'Curious Reader');
    const hidden = await app.gql(TARGET_DELIVERIES, { id: letterId }, outsider.accessToken);
    expect(hidden.body.data?.letter?.targetDeliveries).toEqual([]);
  });

  it('spreads 30 constituents over more than an hour at perTargetPerHour 20, sending only what is due', async () => {
    const title = 'Light the towpath';
    const letterId = await targetedLetter(title, 20);
    await signAndConfirm(letterId, supporters(30, AREAS.manchester.postcodes));
    await eventually(async () => (await queued(letterId)) === 30, { what: '30 messages queued', timeoutMs: 60_000 });
    const { rows } = await app.sql.query<{ at: Date }>(
      'SELECT scheduled_at AS at FROM target_messages WHERE letter_id = $1 ORDER BY scheduled_at',
      [letterId],
    );
    const times = rows.map((row) => row.at.getTime());
    const gaps = times.slice(1).map((time, i) => time - times[i]);
    // At least 3 minutes apart (3600 s / 20), so no hour holds more than 20; jittered, not clockwork.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(180_000 - 1);
    expect(new Set(gaps.map((gap) => Math.round(gap / 1000))).size).toBeGreaterThan(1);
    for (let i = 0; i < times.length; i++) {
      expect(times.filter((t) => t >= times[i] && t < times[i] + HOUR).length).toBeLessThanOrEqual(20);
    }
    expect(times[20] - times[0]).toBeGreaterThanOrEqual(HOUR);

    // The scheduler with a moved clock: half an hour after the first, then after the last.
    for (const at of [times[0] + HOUR / 2, times[29] + 1]) {
      await dispatcher.dispatchDue(new Date(at));
      const due = times.filter((t) => t <= at).length;
      await eventually(() => toTarget(AREAS.manchester.mp, title).length === due, { what: `${due} messages sent` });
      const { rows: sent } = await app.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM target_messages WHERE letter_id = $1 AND status = 'SENT'`,
        [letterId],
      );
      expect(sent[0].n).toBe(due);
    }
    expect(toTarget(AREAS.manchester.mp, title)).toHaveLength(30);
  });

  it('tries a target whose server refuses its address (550 at RCPT TO) once, and writes to it no more', async () => {
    const title = 'Fund the bus route';
    smtp.scriptedRcpt.set(
      AREAS.cardiff.mp,
      Array.from({ length: 10 }, () => 550),
    );
    const letterId = await targetedLetter(title, 60);
    await signAndConfirm(letterId, supporters(3, AREAS.cardiff.postcodes));
    await eventually(async () => (await queued(letterId)) === 3, { what: '3 messages queued' });
    await dispatcher.dispatchDue(new Date(Date.now() + HOUR));
    await eventually(
      async () => {
        const { rows } = await app.sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM target_messages WHERE letter_id = $1 AND status = 'FAILED'`,
          [letterId],
        );
        return rows[0].n === 3;
      },
      { what: 'three FAILED messages' },
    );
    expect(smtp.offered.get(AREAS.cardiff.mp)).toBe(1);

    // Later supporters of the same MP, on another letter: not sent either.
    const later = await targetedLetter('Reopen the station', 60);
    await signAndConfirm(later, supporters(2, AREAS.cardiff.postcodes));
    await eventually(async () => (await queued(later)) === 2, { what: '2 more messages recorded' });
    await dispatcher.dispatchDue(new Date(Date.now() + HOUR));
    expect(smtp.offered.get(AREAS.cardiff.mp)).toBe(1);

    const view = await app.gql(TARGET_DELIVERIES, { id: letterId }, lead.token);
    expect(view.body.data?.letter?.targetDeliveries).toEqual([
      expect.objectContaining({
        constituents: 3,
        failed: 3,
        sent: 0,
        attempts: 1,
        addressFailedAt: expect.any(String),
      }),
    ]);
    expect(view.body.data?.letter?.targetDeliveries[0].lastError).not.toContain('@');
  });

  it('sends one message for a supporter who signs twice with the same canonical email', async () => {
    const title = 'Save the lido';
    const letterId = await targetedLetter(title, 60);
    const [person] = supporters(1, AREAS.sevenoaks.postcodes);
    const gmail = { name: person.name, postcode: person.postcode };
    const run = person.name.split(' ')[1];
    await signAs(app, letterId, { ...gmail, email: `j.doe.${run}+petition@gmail.com` });
    await signAs(app, letterId, { ...gmail, email: `jdoe.${run}@googlemail.com` });
    const links = await eventually(() => {
      const mails = smtp.messages.filter(
        (m) =>
          m.parsed.subject?.startsWith('Confirm') &&
          m.to.some((to) => to.includes(`.${run}`) && /g(oogle)?mail/.test(to)),
      );
      return mails.length === 2 ? mails : undefined;
    });
    // Both links are tried, each twice; one signature, confirmed once.
    for (const mail of [...links, ...links]) await app.gql(CONFIRM, { token: tokenFrom(mail) });
    await eventually(async () => (await queued(letterId)) === 1, { what: 'one message queued' });
    await dispatcher.dispatchDue(new Date(Date.now() + HOUR));
    await eventually(() => toTarget(AREAS.sevenoaks.mp, title).length === 1, { what: 'the message sent' });
    // Give the queue every chance to send a second one: there is none to send.
    await dispatcher.dispatchDue(new Date(Date.now() + 2 * HOUR));
    expect(toTarget(AREAS.sevenoaks.mp, title)).toHaveLength(1);
    // And the database refuses a second message for the same signature and target.
    const duplicate = await app.sql
      .query(
        `INSERT INTO target_messages (letter_id, signature_id, target_id, scheduled_at, message_id, letter_version)
         SELECT letter_id, signature_id, target_id, now(), 'x', letter_version FROM target_messages
         WHERE letter_id = $1`,
        [letterId],
      )
      .catch((error: { code: string }) => error.code);
    expect(duplicate).toBe('23505');
  });

  it('sends nothing in the name of a supporter who withdrew before the message fell due', async () => {
    const title = 'Mend the footbridge';
    const letterId = await targetedLetter(title, 1);
    const [first, second] = supporters(2, AREAS.cities.postcodes);
    await signAndConfirm(letterId, [first, second]);
    await eventually(async () => (await queued(letterId)) === 2, { what: '2 messages queued' });
    // One an hour: the second is due an hour after the first; its supporter withdraws meanwhile.
    const mail = await smtp.waitFor(second.email, (m) => m.parsed.subject?.startsWith('Confirm') ?? false);
    const withdrawn = await app.gql(WITHDRAW_SIGNATURE, { t: tokenFrom(mail) });
    expect(withdrawn.body.data).toEqual({ withdrawSignature: true });
    await dispatcher.dispatchDue(new Date(Date.now() + 3 * HOUR));
    await eventually(() => toTarget(AREAS.cities.mp, title).length === 1, { what: "the first supporter's message" });
    expect(toTarget(AREAS.cities.mp, title)[0].parsed.replyTo?.[0]?.address).toBe(first.email);
    // The dispatcher works its due messages one by one: the withdrawn one may come after the first.
    const rows = await eventually(
      async () => {
        const { rows: found } = await app.sql.query(
          `SELECT m.status, m.attempts, m.last_error FROM target_messages m JOIN signatures s ON s.id = m.signature_id
           WHERE m.letter_id = $1 AND s.status = 'WITHDRAWN'`,
          [letterId],
        );
        return found[0]?.status === 'PENDING' || found[0]?.status === 'SENDING' ? undefined : found;
      },
      { what: 'the withdrawn supporter’s message settled' },
    );
    expect(rows).toEqual([{ status: 'FAILED', attempts: 0, last_error: 'Not sent: the signature was withdrawn' }]);
  });

  it('never holds signing up for a failed lookup: the area is filled in later, and the message follows', async () => {
    const title = 'Plant street trees';
    const letterId = await targetedLetter(title, 60);
    // Not in the imported table; the postcode service is failing.
    answers['CF10 1EP'] = { status: 500 };
    const [person] = supporters(1, ['CF10 1EP']);
    await signAndConfirm(letterId, [person]);
    const { rows } = await app.sql.query<{ id: string; area: string | null }>(
      'SELECT id, area_code AS area FROM signatures WHERE letter_id = $1',
      [letterId],
    );
    expect(rows).toEqual([{ id: expect.any(String), area: null }]);
    await eventually(() => postcodesIo.requests.includes('CF10 1EP'), { what: 'a lookup' });
    answers['CF10 1EP'] = { status: 200, constituency: { code: 'E14001465', name: 'Sevenoaks' } };
    // pg-boss retries the job (from POSTCODE_LOOKUP_RETRY_SECONDS=1): the area is filled in.
    await eventually(
      async () =>
        (await app.sql.query('SELECT 1 FROM signatures WHERE id = $1 AND area_code = $2', [rows[0].id, 'E14001465']))
          .rowCount === 1,
      { what: 'the area filled in', timeoutMs: 30_000 },
    );
    await eventually(async () => (await queued(letterId)) === 1, { what: 'the message queued' });
    await dispatcher.dispatchDue(new Date(Date.now() + HOUR));
    const mail = await smtp.waitFor(AREAS.sevenoaks.mp, (m) => m.parsed.subject === title);
    expect(mail.parsed.replyTo?.[0]?.address).toBe(person.email);
  });

  it('lets only the letter’s leads set targeting, and only for a petition that asks for postcodes', async () => {
    const letter = await openLetter(app, lead, { title: 'Not a petition' });
    const input = { letterId: letter.letterId, mode: 'OWN_REPRESENTATIVE' as const, areaType: 'WMC' };
    expect(errorCode(await app.gql(SET_TARGETING, { input }, lead.token))).toBe('INVALID_STATE');
    const outsider = await organisationWithOwner(app, { name: 'Someone Else' });
    expect(errorCode(await app.gql(SET_TARGETING, { input }, outsider.token))).toBe('FORBIDDEN');
    for (const bad of [{ perTargetPerHour: 0 }, { perTargetPerHour: 61 }, { areaType: 'wmc' }]) {
      expect(errorCode(await app.gql(SET_TARGETING, { input: { ...input, ...bad } }, lead.token))).toBe(
        'BAD_USER_INPUT',
      );
    }
    const { rows } = await app.sql.query('SELECT 1 FROM letter_targeting WHERE letter_id = $1', [letter.letterId]);
    expect(rows).toEqual([]);
  });
});
