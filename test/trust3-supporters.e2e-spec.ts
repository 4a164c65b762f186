import { Client } from 'pg';
import request from 'supertest';
import { eventually } from './support/eventually';
import {
  addRecipient,
  deliverLetter,
  openLetter,
  organisationWithOwner,
  reviseLetter,
  type OrganisationOwner,
} from './support/factories';
import { pdfReadingText } from './support/pdf-reading';
import { CONFIRM, setPetition, signAs, supporterCount, type Signer } from './support/petitions';
import { SmtpSink, tokenFrom, type ReceivedMail } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { countStatements } from './support/statements';
import { graphql } from './gql';
import type { Trust3SupportersPublicViewQuery } from './gql/graphql';

const PUBLIC_VIEW = graphql(`
  query Trust3SupportersPublicView($id: ID!) {
    letter(id: $id) {
      counts {
        supporters
        supportersAwaitingReconfirmation
      }
      supporters(first: 50) {
        totalCount
        edges {
          node {
            name
            country
            area
            signedAt
          }
        }
      }
      supportersByCountry {
        country
        count
      }
    }
  }
`);
const SUPPORTERS_IN_COUNTRY = graphql(`
  query Trust3SupportersInCountry($id: ID!) {
    letter(id: $id) {
      supporters(first: 5, country: "GB") {
        totalCount
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation Trust3SupportersWithdrawSignature($t: String!) {
    withdrawSignature(token: $t)
  }
`);
const ERASE = graphql(`
  mutation Trust3SupportersEraseSupporterData($t: String!) {
    eraseSupporterData(token: $t)
  }
`);

type PublicView = NonNullable<Trust3SupportersPublicViewQuery['letter']>;

describe('trust, round 3: supporters', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let lead: OrganisationOwner;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    app = await startTestApp({
      WORKER: 'on',
      SMTP_URL: smtp.url,
      TRUST_PROXY: '1',
      COUNT_FOLD_INTERVAL_MS: '200',
    });
    lead = await organisationWithOwner(app, { name: 'Civil Liberties Watch' });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const person = (label: string, extra: Partial<Signer> = {}): Signer => ({
    name: `${label} Citizen`,
    email: `${label.toLowerCase()}.${process.pid}@example.net`,
    country: 'GB',
    postcode: 'SW1A 1AA',
    ...extra,
  });

  /** Every mail to `email` whose subject starts with `subject`, once there are `count` of them. */
  async function mailsTo(email: string, subject: string, count = 1): Promise<ReceivedMail[]> {
    return eventually(
      () => {
        const found = smtp.messages.filter(
          (m) => m.to.some((to) => to.toLowerCase() === email.toLowerCase()) && m.parsed.subject?.startsWith(subject),
        );
        return found.length >= count && found;
      },
      { what: `${count} mail(s) "${subject}" to ${email}` },
    );
  }

  async function confirm(token: string): Promise<string | undefined> {
    const response = await app.gql(CONFIRM, { token });
    return response.body.data?.confirmSignature.status ?? errorCode(response);
  }

  async function publicView(letterId: string): Promise<PublicView> {
    const response = await app.gql(PUBLIC_VIEW, { id: letterId });
    if (!response.body.data?.letter) throw new Error(response.text);
    return response.body.data.letter;
  }

  async function revise(letterId: string, title: string, body: string, material: boolean): Promise<void> {
    await reviseLetter(app, lead, { letterId, title, body, material });
  }

  async function petition(title: string, body: string): Promise<string> {
    const letter = await openLetter(app, lead, { title, body });
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, supporterNames: 'LISTED' });
    return letter.letterId;
  }

  async function signAndConfirm(letterId: string, signer: Signer, ip: string): Promise<void> {
    expect((await signAs(app, letterId, signer, ip)).body).toEqual({ data: { signPetition: true } });
    const [mail] = await mailsTo(signer.email, 'Confirm your signature');
    expect(await confirm(tokenFrom(mail))).toBe('CONFIRMED');
  }

  it('takes supporters of a reversed text off the list, the counts and the delivery until they confirm the new text', async () => {
    const title = 'We OPPOSE the new surveillance law';
    const letterId = await petition(title, 'We oppose the new surveillance law and ask you to vote against it.');
    const stays = person('Rosa');
    const leaves = person('Oskar', { country: 'FR' });
    await signAndConfirm(letterId, stays, '198.51.100.31');
    await signAndConfirm(letterId, leaves, '198.51.100.32');
    await eventually(async () => (await supporterCount(app, letterId)) === 2 || undefined, { what: 'the fold' });

    const reversed = 'We SUPPORT the new surveillance law and thank the government';
    await revise(letterId, reversed, 'We support the new surveillance law and thank the government for it.', true);

    // At once, not after a fold: no count is ever ahead of a recount.
    let view = await publicView(letterId);
    expect(view.counts).toEqual({ supporters: 0, supportersAwaitingReconfirmation: 2 });
    expect(view.supporters.totalCount).toBe(0);
    expect(view.supporters.edges).toEqual([]);
    expect(view.supportersByCountry).toEqual([]);
    const byDimension = await app.sql.query<{ dimension: string; total: number }>(
      `SELECT dimension, sum(count)::int AS total FROM supporter_counts WHERE letter_id = $1 GROUP BY dimension`,
      [letterId],
    );
    for (const row of byDimension.rows) expect(row).toEqual({ dimension: row.dimension, total: 0 });

    // Each is mailed the diff and a link that confirms the current text.
    const [notice] = await mailsTo(stays.email, 'The letter you signed has changed');
    expect(notice.parsed.text).toContain('-We oppose the new surveillance law');
    expect(notice.parsed.text).toContain('+We support the new surveillance law');
    await mailsTo(leaves.email, 'The letter you signed has changed');
    // The first mail's link was for the earlier text: it confirms nothing now.
    const [first] = await mailsTo(stays.email, 'Confirm your signature');
    expect(await confirm(tokenFrom(first))).toBe('STALE_VERSION');
    expect(await confirm(tokenFrom(notice))).toBe('CONFIRMED');
    // Put back by the same fold, by country and area too.
    // (The list is cached until the fold tells of the change.)
    view = await eventually(
      async () => {
        const seen = await publicView(letterId);
        return seen.counts.supporters === 1 && seen.supporters.totalCount === 1 && seen;
      },
      { what: 'the fold' },
    );
    expect(view.counts).toEqual({ supporters: 1, supportersAwaitingReconfirmation: 1 });
    expect(view.supporters.edges.map((e) => e.node.name)).toEqual([stays.name]);
    expect(view.supportersByCountry).toEqual([{ country: 'GB', count: 1 }]);

    // A minor edit keeps them.
    await revise(letterId, reversed, 'We support the new surveillance law and thank the government for it!', false);
    view = await publicView(letterId);
    expect(view.counts).toEqual({ supporters: 1, supportersAwaitingReconfirmation: 1 });

    const official = `minister.${process.pid}@gov.example`;
    await addRecipient(app, lead, letterId, { name: 'The Minister', channel: 'EMAIL', role: 'TO', email: official });
    await deliverLetter(app, lead, letterId);
    const message = await smtp.waitFor(official);
    expect(message.parsed.text).toContain('and 1 supporter');
    expect(message.parsed.text).not.toContain('and 2 supporters');
    const annex = message.parsed.attachments.find((a) => a.filename?.endsWith('-supporters.pdf'));
    const text = await pdfReadingText(Buffer.from(annex?.content as ArrayBuffer));
    expect(text).toContain(stays.name);
    expect(text).not.toContain(leaves.name);
  });

  it('keeps a confirmation and a material revision racing each other consistent, whichever takes the letter first', async () => {
    for (const confirmFirst of [true, false]) {
      const letterId = await petition(`Race ${String(confirmFirst)}`, 'Stop the incinerator on Mill Lane.');
      const signer = person(`Racer${String(confirmFirst)}`);
      expect((await signAs(app, letterId, signer, '198.51.100.40')).body).toEqual({ data: { signPetition: true } });
      const [mail] = await mailsTo(signer.email, 'Confirm your signature');
      // Hold the letter as a delivery would, queue both behind it in a chosen order, then let go.
      const holder = new Client({ connectionString: app.database.url });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM letters WHERE id = $1 FOR UPDATE', [letterId]);
      const waiting = async (n: number): Promise<void> => {
        await eventually(
          async () => {
            const { rows } = await app.sql.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
            );
            return rows[0].n >= n || undefined;
          },
          { what: `${n} waiting on the letter` },
        );
      };
      const confirmation = (): Promise<string | undefined> => confirm(tokenFrom(mail));
      const revision = (): Promise<void> =>
        revise(letterId, `Race ${String(confirmFirst)}`, 'Build the incinerator on Mill Lane.', true);
      let confirmed: Promise<string | undefined>;
      let revised: Promise<void>;
      if (confirmFirst) {
        confirmed = confirmation();
        await waiting(1);
        revised = revision();
      } else {
        revised = revision();
        await waiting(1);
        confirmed = confirmation();
      }
      await waiting(2);
      await holder.query('COMMIT');
      await holder.end();
      const [status] = await Promise.all([confirmed, revised]);
      await app.sql.query('SELECT 1'); // both have committed
      const { rows } = await app.sql.query<{ status: string; counted: boolean }>(
        'SELECT status, counted FROM signatures WHERE letter_id = $1',
        [letterId],
      );
      if (confirmFirst) {
        // Confirmed the first text, then taken off by the revision: waiting for the new one.
        expect(status).toBe('CONFIRMED');
        expect(rows).toEqual([{ status: 'NEEDS_RECONFIRMATION', counted: false }]);
        await mailsTo(signer.email, 'The letter you signed has changed');
      } else {
        // The link was for the text before the revision: it confirms nothing.
        expect(status).toBe('STALE_VERSION');
        expect(rows).toEqual([{ status: 'PENDING', counted: false }]);
      }
      const view = await publicView(letterId);
      expect(view.counts).toEqual({ supporters: 0, supportersAwaitingReconfirmation: confirmFirst ? 1 : 0 });
      expect(view.supporters.totalCount).toBe(0);
    }
  });

  it('shows of a listed supporter only the name they agreed to show, and the day they signed', async () => {
    const letterId = await petition('Keep the Harbour Ferry', 'Keep the harbour ferry running all year.');
    const signer = person('Private', { postcode: 'M1 1AE', country: 'GB' });
    await signAndConfirm(letterId, signer, '198.51.100.50');
    await eventually(async () => (await supporterCount(app, letterId)) === 1 || undefined, { what: 'the fold' });
    await app.sql.query(`UPDATE signatures SET area_code = 'E14000807' WHERE letter_id = $1`, [letterId]);
    const { supporters } = await publicView(letterId);
    expect(supporters.edges).toHaveLength(1);
    const { node } = supporters.edges[0];
    expect(node.name).toBe(signer.name);
    expect(node.area).toBeNull();
    expect(node.country).toBeNull();
    expect(node.signedAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(node.signedAt.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    // Filtering the public list by country would tell each listed supporter's country.
    const filtered = await app.gql(SUPPORTERS_IN_COUNTRY, { id: letterId });
    expect(errorCode(filtered)).toBe('BAD_USER_INPUT');
    // The leads' export keeps the full data.
    const csv = await request(app.url)
      .get(`/letters/${await slugOf(letterId)}/supporters.csv`)
      .set('Authorization', `Bearer ${lead.token}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(signer.email);
    expect(csv.text).toContain('M11AE');
  });

  it('confirms with every link mailed for a pending signature, and withdraws with an earlier one', async () => {
    const letterId = await petition('Light the Canal Path', 'Light the canal path between the locks.');
    const signer = person('Twice');
    for (const ip of ['198.51.100.60', '198.51.100.61'])
      expect((await signAs(app, letterId, signer, ip)).body).toEqual({ data: { signPetition: true } });
    const mails = await mailsTo(signer.email, 'Confirm your signature', 2);
    const tokens = mails.map(tokenFrom);
    expect(new Set(tokens).size).toBe(2);
    // The first mail's link works, and the second one still does once it is confirmed.
    expect(await confirm(tokens[0])).toBe('CONFIRMED');
    expect(await confirm(tokens[1])).toBe('CONFIRMED');
    // Withdrawing by the link in the earlier mail.
    const withdrawn = await app.gql(WITHDRAW, { t: tokens[0] });
    expect(withdrawn.body.data).toEqual({ withdrawSignature: true });
    const erased = await app.gql(ERASE, { t: tokens[1] });
    expect(erased.body.data).toEqual({ eraseSupporterData: true });
  });

  // Last: its 1,200 mails would keep the other tests' mails waiting in the queue.
  it('revises a petition of 20,000 supporters in a bounded number of statements, and mails those with an address in batches from a worker', async () => {
    const letterId = await petition('A crowded petition', 'Protect the wetlands.');
    const SUPPORTERS = 20_000;
    const WITH_EMAIL = 1_200; // the rest erased their data: they simply stay unconfirmed for the new text
    await app.sql.query(
      `INSERT INTO signatures (letter_id, status, name, email, email_fingerprint, email_domain, country, area_code,
         confirmed_at, confirmed_version, counted, counted_country, counted_area)
       SELECT $1::uuid, 'CONFIRMED', CASE WHEN i <= $3 THEN 'Crowd ' || i END,
         CASE WHEN i <= $3 THEN 'crowd' || i || '@wetlands.example' END,
         md5($1::text || i) || md5(i || $1::text), NULL, c.country, 'E1400000' || (i % 3), now(), 1, true, c.country,
         'E1400000' || (i % 3)
       FROM generate_series(1, $2::int) i, LATERAL (SELECT (ARRAY['GB','FR','KE'])[1 + i % 3] AS country) c`,
      [letterId, SUPPORTERS, WITH_EMAIL],
    );
    await app.sql.query(
      `INSERT INTO supporter_counts (letter_id, dimension, key, count)
       SELECT $1::uuid, 'total', '', count(*) FROM signatures WHERE letter_id = $1 AND counted
       UNION ALL SELECT $1::uuid, 'country', counted_country, count(*) FROM signatures
         WHERE letter_id = $1 AND counted GROUP BY counted_country
       UNION ALL SELECT $1::uuid, 'area', counted_area, count(*) FROM signatures
         WHERE letter_id = $1 AND counted GROUP BY counted_area`,
      [letterId],
    );
    expect(await supporterCount(app, letterId)).toBe(SUPPORTERS);
    const mailJobs = async (): Promise<number> => {
      const { rows } = await app.sql.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM pgboss.job WHERE name = 'mail.send' AND data->>'purpose' = 'signature reconfirmation'
                   AND data->'message'->>'to' LIKE '%@wetlands.example')::int
              + (SELECT count(*) FROM pgboss.archive WHERE name = 'mail.send' AND data->>'purpose' = 'signature reconfirmation'
                   AND data->'message'->>'to' LIKE '%@wetlands.example')::int AS n`,
      );
      return rows[0].n;
    };

    // Set-based: the revision's statements do not grow with its 20,000 supporters (row by row would be thousands).
    const statements = await countStatements(() => revise(letterId, 'A crowded petition', 'Drain the wetlands.', true));
    expect(statements).toBeLessThan(100);
    const view = await publicView(letterId);
    expect(view.counts).toEqual({ supporters: 0, supportersAwaitingReconfirmation: SUPPORTERS });
    const { rows: left } = await app.sql.query<{ total: number }>(
      'SELECT coalesce(sum(count), 0)::int AS total FROM supporter_counts WHERE letter_id = $1',
      [letterId],
    );
    expect(left[0].total).toBe(0); // every dimension, at once
    // Every one with an address is mailed once, by the worker; none without.
    await eventually(async () => (await mailJobs()) >= WITH_EMAIL || undefined, {
      what: 'the reconfirmation mails queued',
      timeoutMs: 60_000,
    });
    const { rows: marks } = await app.sql.query<{ mailed: number; tokens: number }>(
      `SELECT count(*) FILTER (WHERE reconfirm_mailed_version = 2)::int AS mailed,
              (SELECT count(*) FROM signature_tokens t JOIN signatures s ON s.id = t.signature_id WHERE s.letter_id = $1)::int AS tokens
       FROM signatures WHERE letter_id = $1`,
      [letterId],
    );
    expect(marks[0]).toEqual({ mailed: WITH_EMAIL, tokens: WITH_EMAIL });
    expect(await mailJobs()).toBe(WITH_EMAIL);
  });

  async function slugOf(letterId: string): Promise<string> {
    const { rows } = await app.sql.query<{ slug: string }>('SELECT slug FROM letters WHERE id = $1', [letterId]);
    return rows[0].slug;
  }
});
