import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import request from 'supertest';
import { QUEUE } from '@undersigned/common';
import { SUPPORTER_RETENTION_QUEUE } from '@undersigned/supporters';
import { eventually } from './support/eventually';
import {
  addRecipient,
  deliverLetter,
  openLetter,
  organisationWithOwner,
  type OrganisationOwner,
} from './support/factories';
import { pdfReadingText } from './support/pdf-reading';
import { CONFIRM, SET_PETITION, setPetition, signAs, supporterCount, type Signer } from './support/petitions';
import { SmtpSink, tokenFrom, type ReceivedMail } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import type { InvalidateSignaturesInput } from './gql/graphql';

const WITHDRAW = graphql(`
  mutation PetitionWithdrawSignature($t: String!) {
    withdrawSignature(token: $t)
  }
`);
const ERASE = graphql(`
  mutation PetitionEraseSupporterData($t: String!) {
    eraseSupporterData(token: $t)
  }
`);
const INVALIDATE = graphql(`
  mutation PetitionInvalidateSignatures($input: InvalidateSignaturesInput!) {
    invalidateSignatures(input: $input)
  }
`);
const CLOSE_LETTER = graphql(`
  mutation PetitionCloseLetter($id: ID!) {
    closeLetter(letterId: $id) {
      id
    }
  }
`);
const PETITION_VIEW = graphql(`
  query PetitionView($id: ID!) {
    letter(id: $id) {
      goal
      counts {
        supporters
      }
      supportersByCountry {
        country
        count
      }
      supporters(first: 100) {
        totalCount
        edges {
          node {
            name
          }
        }
      }
      timeline(first: 100) {
        kind
        title
      }
      petition {
        consentText
        minimumAge
      }
    }
  }
`);
const SUPPORTER_NAMES = graphql(`
  query PetitionSupporterNames($id: ID!) {
    letter(id: $id) {
      supporters {
        edges {
          node {
            name
          }
        }
      }
    }
  }
`);
const EDITION = graphql(`
  query PetitionEdition($id: ID!) {
    letter(id: $id) {
      edition {
        supporterCount
      }
    }
  }
`);
const COUNTS = graphql(`
  query PetitionCounts($id: ID!) {
    letter(id: $id) {
      counts {
        supporters
      }
      supportersByCountry {
        country
        count
      }
    }
  }
`);

const COUNTRIES = ['GB', 'FR', 'DE', 'GB'];
/** The supporters who ask for their data to be erased. */
const ERASED = [13, 21];
const CONSENT = 'Keep me informed about this campaign by email. You can unsubscribe at any time.';

describe('petition mode', () => {
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
    lead = await organisationWithOwner(app, { name: 'Community Group' });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  /**
   * The token of the newest of (at least) `mails` confirmation mails to `email`. Every link mailed
   * for a signature works (issue 18, defect 13: a new one no longer replaces the one before), so
   * each mail's token is stored; mails may arrive in any order.
   */
  async function latestToken(email: string, mails = 1): Promise<string> {
    const confirmations = await eventually(
      () => {
        const found = smtp.messages.filter(
          (m) => m.to.some((to) => to.toLowerCase() === email.toLowerCase()) && m.parsed.subject?.startsWith('Confirm'),
        );
        return found.length >= mails && found;
      },
      { what: `${mails} confirmation mail(s) to ${email}` },
    );
    const tokens = confirmations.map(tokenFrom);
    const { rows } = await app.sql.query<{ token_hash: string; created_at: Date }>(
      'SELECT token_hash, created_at FROM signature_tokens WHERE token_hash = ANY($1) ORDER BY created_at DESC',
      [tokens.map((t) => createHash('sha256').update(t).digest('hex'))],
    );
    expect(rows).toHaveLength(tokens.length);
    return tokens.find((t) => createHash('sha256').update(t).digest('hex') === rows[0].token_hash) as string;
  }

  async function confirm(token: string): Promise<string | undefined> {
    const response = await app.gql(CONFIRM, { token });
    return response.body.data?.confirmSignature.status ?? errorCode(response);
  }

  it('counts a community petition exactly: duplicates, age, consent, withdrawals, erasure and a rising goal', async () => {
    const letter = await openLetter(app, lead, { title: 'Save the Riverside Library' });
    await setPetition(app, lead, {
      letterId: letter.letterId,
      acceptSupporters: true,
      goal: 50,
      raiseGoalWhenReached: true,
      minimumAge: 16,
      consentText: CONSENT,
      supporterNames: 'LISTED',
    });
    const people: (Signer & { index: number })[] = Array.from({ length: 115 }, (_, index) => ({
      index,
      name: `Supporter ${index}`,
      email: `supporter${index}.${process.pid}@example.org`,
      country: COUNTRIES[index % COUNTRIES.length],
      ageConfirmed: true,
      consent: index !== 1, // one signs without consenting to be contacted
      showName: index !== 2, // one asks not to be listed
    }));
    const john = {
      index: 115,
      name: 'John Smith',
      email: 'John.Smith+x@gmail.com',
      country: 'GB',
      ageConfirmed: true,
      consent: true,
    };
    const answers: (boolean | string | undefined)[] = [];
    const sign = async ({ index: _index, ...signer }: Signer & { index?: number }, i: number): Promise<void> => {
      const response = await signAs(app, letter.letterId, signer, `203.0.113.${i % 250}`);
      answers.push(response.body.data?.signPetition ?? response.body.errors?.[0]?.extensions?.code);
    };
    // 120 attempts: 116 people, three of them twice (one under another spelling), one under age.
    for (const person of [...people, john]) await sign(person, person.index);
    await sign({ ...people[0] }, 200);
    await sign({ ...people[13], email: people[13].email.toUpperCase() }, 201);
    await sign({ ...john, email: 'johnsmith@gmail.com' }, 202);
    await sign({ name: 'Too Young', email: `young.${process.pid}@example.org`, ageConfirmed: false }, 203);
    expect(answers).toHaveLength(120);
    expect(answers.filter((a) => a === true)).toHaveLength(119);
    expect(answers.at(-1)).toBe('BAD_USER_INPUT');
    const stored = await app.sql.query('SELECT count(*)::int AS n FROM signatures WHERE letter_id = $1', [
      letter.letterId,
    ]);
    expect(stored.rows[0].n).toBe(116); // one row per person, by canonical email

    // Every stored signature mailed its link, the repeated ones a new one: 119 mails.
    const mailed = () =>
      smtp.messages.filter((m) => m.parsed.subject === 'Confirm your signature: Save the Riverside Library');
    await eventually(() => mailed().length >= 119 || undefined, { what: '119 confirmation mails' });
    expect(mailed()).toHaveLength(119);
    // 100 confirm (john with the link of his second signature; the first one works too).
    const confirming = [...people.slice(0, 99), john];
    const tokens = new Map<number, string>();
    for (const person of confirming)
      tokens.set(person.index, await latestToken(person.email === john.email ? 'johnsmith@gmail.com' : person.email));
    for (const person of confirming) expect(await confirm(tokens.get(person.index) as string)).toBe('CONFIRMED');
    expect(await confirm(tokens.get(5) as string)).toBe('CONFIRMED'); // repeating it is harmless
    expect(
      await eventually(async () => (await supporterCount(app, letter.letterId)) === 100 || undefined, {
        what: 'the fold',
      }),
    ).toBe(true);

    // 3 withdraw, 2 erase their data (they still count).
    const withdraw = (token: string) => app.gql(WITHDRAW, { t: token });
    const erase = (token: string) => app.gql(ERASE, { t: token });
    for (const i of [10, 11, 12])
      expect((await withdraw(tokens.get(i) as string)).body.data).toEqual({ withdrawSignature: true });
    // Supporter 13 signed twice, under two spellings of one address: both mails go.
    for (const i of ERASED)
      expect((await erase(tokens.get(i) as string)).body.data).toEqual({ eraseSupporterData: true });
    expect(await supporterCount(app, letter.letterId)).toBe(97); // taken off at once, not at the next fold

    const counted = confirming.filter((p) => ![10, 11, 12].includes(p.index));
    const byCountry = new Map<string, number>();
    for (const p of counted) byCountry.set(p.country as string, (byCountry.get(p.country as string) ?? 0) + 1);
    const { body } = await app.gql(PETITION_VIEW, { id: letter.letterId });
    const view = body.data?.letter;
    expect(view?.counts.supporters).toBe(97);
    expect(view?.supportersByCountry).toEqual(
      [...byCountry]
        .map(([country, count]) => ({ country, count }))
        .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
    );
    expect(view?.petition).toEqual({ consentText: CONSENT, minimumAge: 16 });
    // 50 reached → 100; 100 reached → 250 (the count was 100 before the withdrawals).
    expect(view?.goal).toBe(250);
    const entries = (view?.timeline ?? []).filter((t) => t.kind !== 'LETTER_OPENED').map((t) => t.title);
    expect(entries).toEqual(
      expect.arrayContaining([
        '10 supporters',
        '25 supporters',
        '50 supporters',
        '100 supporters',
        'Goal of 50 supporters reached',
        'New goal: 100 supporters',
        'Goal of 100 supporters reached',
        'New goal: 250 supporters',
      ]),
    );
    expect(entries).toHaveLength(8);
    // Listed: confirmed, not withdrawn, not erased, and willing to be named.
    const listed = counted.filter((p) => ![...ERASED, 2].includes(p.index)).map((p) => p.name);
    expect(view?.supporters.totalCount).toBe(listed.length);
    expect(view?.supporters.edges.map((e) => e.node.name).sort()).toEqual([...listed].sort());

    // The count a recount finds: confirmed signatures.
    const recount = await app.sql.query(
      `SELECT count(*)::int AS n FROM signatures WHERE letter_id = $1 AND status = 'CONFIRMED'`,
      [letter.letterId],
    );
    expect(recount.rows[0].n).toBe(97);

    // Consent is kept with its text's version and time; the one who did not consent is not marked.
    const csv = await request(app.url)
      .get(`/letters/${letter.slug}/supporters.csv`)
      .set('Authorization', `Bearer ${lead.token}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(`${people[0].email},GB,,yes,${CONSENT}`);
    expect(csv.text).toContain(`${people[1].email},FR,,no,,`);
    for (const i of ERASED) expect(csv.text.toLowerCase()).not.toContain(people[i].email.toLowerCase());

    // The erased people are nowhere in the database: no table, no queued or kept mail.
    for (const person of ERASED.map((i) => people[i])) {
      for (const needle of [person.name, person.email]) {
        const tables = await app.sql.query<{ schema: string; name: string }>(
          `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
           WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE'`,
        );
        for (const table of tables.rows) {
          const found = await app.sql.query(
            `SELECT count(*)::int AS n FROM "${table.schema}"."${table.name}" t WHERE t::text ILIKE '%' || $1 || '%'`,
            [needle],
          );
          expect({ table: `${table.schema}.${table.name}`, needle, n: found.rows[0].n }).toEqual({
            table: `${table.schema}.${table.name}`,
            needle,
            n: 0,
          });
        }
      }
    }
  });

  it('answers the 21st signature from one IP in an hour like the others, and never counts it', async () => {
    const limited = await startTestApp({ TRUST_PROXY: '1' }, app.database); // the default SIGN_RATE_LIMIT, 20
    try {
      const letter = await openLetter(app, lead, { title: 'Rate limited petition' });
      await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true });
      const before = smtp.messages.length;
      const answers: unknown[] = [];
      for (let i = 0; i < 21; i++) {
        const response = await signAs(
          limited,
          letter.letterId,
          { name: `Same Place ${i}`, email: `same.place.${i}.${process.pid}@example.org` },
          '192.0.2.55',
        );
        answers.push(response.body);
      }
      expect(answers).toEqual(Array.from({ length: 21 }, () => ({ data: { signPetition: true } })));
      // Another address still signs: the budget is per IP.
      const other = await signAs(
        limited,
        letter.letterId,
        { name: 'Elsewhere', email: `elsewhere.${process.pid}@example.org` },
        '192.0.2.56',
      );
      expect(other.body).toEqual({ data: { signPetition: true } });
      const rows = await app.sql.query<{ name: string }>('SELECT name FROM signatures WHERE letter_id = $1', [
        letter.letterId,
      ]);
      expect(rows.rows.map((r) => r.name).sort()).toEqual(
        [...Array.from({ length: 20 }, (_, i) => `Same Place ${i}`), 'Elsewhere'].sort(),
      );
      await eventually(() => smtp.messages.length - before >= 21 || undefined, { what: '21 confirmation mails' });
      expect(smtp.messages.slice(before).some((m) => m.to.includes(`same.place.20.${process.pid}@example.org`))).toBe(
        false,
      );
    } finally {
      await limited.close();
    }
  });

  it('takes signatures from blocked domains and networks like any other, and never keeps them', async () => {
    const letter = await openLetter(app, lead, { title: 'Blocked petition' });
    await setPetition(app, lead, {
      letterId: letter.letterId,
      acceptSupporters: true,
      blockedEmailDomains: ['spam.example'],
      blockedIpRanges: ['203.0.113.0/24', '2001:db8::/32'],
    });
    const attempts: [Signer, string][] = [
      [{ name: 'Blocked Domain', email: `a.${process.pid}@spam.example` }, '198.51.100.200'],
      [{ name: 'Blocked Subdomain', email: `b.${process.pid}@mail.spam.example` }, '198.51.100.201'],
      [{ name: 'Blocked Network', email: `c.${process.pid}@example.org` }, '203.0.113.77'],
      [{ name: 'Blocked IPv6', email: `d.${process.pid}@example.org` }, '2001:db8::1'],
      [{ name: 'Welcome', email: `e.${process.pid}@example.org` }, '198.51.100.202'],
    ];
    for (const [signer, ip] of attempts) {
      expect((await signAs(app, letter.letterId, signer, ip)).body).toEqual({ data: { signPetition: true } });
    }
    const rows = await app.sql.query<{ name: string }>('SELECT name FROM signatures WHERE letter_id = $1', [
      letter.letterId,
    ]);
    expect(rows.rows.map((r) => r.name)).toEqual(['Welcome']);
    // A malformed network is refused with a clear error, and changes nothing.
    const bad = await app.gql(
      SET_PETITION,
      { input: { letterId: letter.letterId, acceptSupporters: true, blockedIpRanges: ['10.0.0.0/99'] } },
      lead.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const kept = await app.sql.query(
      'SELECT blocked_ip_ranges::text[] AS ranges FROM petition_settings WHERE letter_id = $1',
      [letter.letterId],
    );
    expect(kept.rows[0].ranges).toEqual(['203.0.113.0/24', '2001:db8::/32']);
  });

  it('keeps each supporter’s consent with the version of the text they were shown', async () => {
    const letter = await openLetter(app, lead, { title: 'Consent versions' });
    const first = 'You may email me about this campaign.';
    const second = 'You may email me about this and future campaigns.';
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, consentText: first });
    const early = { name: 'Early Person', email: `early.${process.pid}@example.org`, consent: true };
    await signAs(app, letter.letterId, early, '198.51.100.210');
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, consentText: second });
    const late = { name: 'Late Person', email: `late.${process.pid}@example.org`, consent: true };
    await signAs(app, letter.letterId, late, '198.51.100.211');
    for (const person of [early, late]) expect(await confirm(await latestToken(person.email))).toBe('CONFIRMED');
    const rows = await app.sql.query(
      `SELECT s.name, s.consent_version, c.text, s.consented_at IS NOT NULL AS dated
       FROM signatures s JOIN petition_consent_texts c ON c.letter_id = s.letter_id AND c.version = s.consent_version
       WHERE s.letter_id = $1 ORDER BY s.consent_version`,
      [letter.letterId],
    );
    expect(rows.rows).toEqual([
      { name: 'Early Person', consent_version: 1, text: first, dated: true },
      { name: 'Late Person', consent_version: 2, text: second, dated: true },
    ]);
  });

  it('never lists those who signed while only a count was shown, keeps a pending signature as first given, and stops counting once blocked', async () => {
    const letter = await openLetter(app, lead, { title: 'Count first, names later' });
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, supporterNames: 'COUNT_ONLY' });
    const quiet = { name: 'Quiet Person', email: `quiet.${process.pid}@example.org` };
    await signAs(app, letter.letterId, quiet, '198.51.100.220');
    // Someone else types the same address with other details: the owner's link confirms the first ones.
    await signAs(app, letter.letterId, { ...quiet, name: 'Impostor Name' }, '198.51.100.221');
    expect(await confirm(await latestToken(quiet.email, 2))).toBe('CONFIRMED');
    const stored = await app.sql.query('SELECT name FROM signatures WHERE letter_id = $1', [letter.letterId]);
    expect(stored.rows).toEqual([{ name: 'Quiet Person' }]);

    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, supporterNames: 'LISTED' });
    const loud = { name: 'Listed Person', email: `listed.${process.pid}@example.org` };
    await signAs(app, letter.letterId, loud, '198.51.100.222');
    expect(await confirm(await latestToken(loud.email))).toBe('CONFIRMED');
    // A pending signature from a network blocked since: its link no longer counts it.
    const attacker = { name: 'Late Attacker', email: `attacker.${process.pid}@example.org` };
    await signAs(app, letter.letterId, attacker, '203.0.114.9');
    await setPetition(app, lead, {
      letterId: letter.letterId,
      acceptSupporters: true,
      supporterNames: 'LISTED',
      blockedIpRanges: ['203.0.114.0/24'],
    });
    expect(await confirm(await latestToken(attacker.email))).toBe('INVALIDATED');
    await eventually(async () => (await supporterCount(app, letter.letterId)) === 2 || undefined, { what: 'the fold' });
    const { body } = await app.gql(SUPPORTER_NAMES, { id: letter.letterId });
    expect(body.data?.letter?.supporters.edges.map((e) => e.node.name)).toEqual(['Listed Person']);
  });

  it('invalidates by network and by domain with its subdomains, however the domain is written', async () => {
    const letter = await openLetter(app, lead, { title: 'Fraud cleared' });
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true });
    const signers: [Signer, string][] = [
      [{ name: 'Net One', email: `n1.${process.pid}@example.org` }, '192.0.2.10'],
      [{ name: 'Net Two', email: `n2.${process.pid}@example.org` }, '192.0.2.200'],
      [{ name: 'Sub Domain', email: `s.${process.pid}@mail.fraud.example` }, '198.51.100.230'],
      [{ name: 'Ideographic Dot', email: `i.${process.pid}@sub.fraud\u3002example` }, '198.51.100.231'],
      [{ name: 'Honest', email: `h.${process.pid}@example.org` }, '198.51.100.232'],
    ];
    for (const [signer, ip] of signers)
      expect((await signAs(app, letter.letterId, signer, ip)).body).toEqual({ data: { signPetition: true } });
    for (const [signer] of signers) {
      const mailbox = signer.email.replace('\u3002', '.');
      expect(await confirm(await latestToken(mailbox))).toBe('CONFIRMED');
    }
    const invalidate = (input: Omit<InvalidateSignaturesInput, 'letterId'>) =>
      app.gql(INVALIDATE, { input: { letterId: letter.letterId, ...input } }, lead.token);
    expect((await invalidate({ ipAddress: '192.0.2.0/24' })).body.data?.invalidateSignatures).toBe(2);
    expect((await invalidate({ emailDomain: 'FRAUD.example' })).body.data?.invalidateSignatures).toBe(2);
    expect(errorCode(await invalidate({ ipAddress: '192.0.2.0/40' }))).toBe('BAD_USER_INPUT');
    await eventually(async () => (await supporterCount(app, letter.letterId)) === 1 || undefined, { what: 'one left' });
  });

  it('delivers the letter to three officials with every confirmed, named supporter, and no one else', async () => {
    const letter = await openLetter(app, lead, { title: 'Letter to three officials' });
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, supporterNames: 'LISTED' });
    const officials = ['minister', 'mayor', 'commissioner'].map((role) => `${role}.${process.pid}@gov.example`);
    for (const [i, email] of officials.entries())
      await addRecipient(app, lead, letter.letterId, { name: `Official ${i}`, channel: 'EMAIL', role: 'TO', email });
    const person = (label: string, extra: Partial<Signer> = {}): Signer => ({
      name: `${label} Person`,
      email: `${label.toLowerCase()}.${process.pid}@example.net`,
      ...extra,
    });
    const named = ['Amina', 'Bilal', 'Chen'].map((label) => person(label));
    const hidden = person('Hidden', { showName: false });
    const pending = person('Pending');
    const withdrawn = person('Withdrawn');
    const fraud = person('Fraud', { email: `fraud.${process.pid}@spam.example` });
    const everyone = [...named, hidden, pending, withdrawn, fraud];
    for (const [i, p] of everyone.entries())
      expect((await signAs(app, letter.letterId, p, `198.51.100.${i + 20}`)).body).toEqual({
        data: { signPetition: true },
      });
    for (const p of everyone.filter((p) => p !== pending))
      expect(await confirm(await latestToken(p.email))).toBe('CONFIRMED');
    await app.gql(WITHDRAW, { t: await latestToken(withdrawn.email) });
    const invalidated = await app.gql(
      INVALIDATE,
      { input: { letterId: letter.letterId, emailDomain: 'spam.example' } },
      lead.token,
    );
    if (invalidated.body.errors) throw new Error(invalidated.text);
    expect(invalidated.body.data?.invalidateSignatures).toBe(1);

    await deliverLetter(app, lead, letter.letterId);
    const edition = await app.gql(EDITION, { id: letter.letterId }, lead.token);
    expect(edition.body.data?.letter?.edition?.supporterCount).toBe(4); // three named and one hidden
    // Signing after delivery is refused.
    const late = await signAs(app, letter.letterId, person('Late'), '198.51.100.99');
    expect(late.body.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');

    for (const official of officials) {
      const message: ReceivedMail = await smtp.waitFor(official);
      expect(message.parsed.text).toContain('and 4 supporters');
      const annex = message.parsed.attachments.find((a) => a.filename?.endsWith('-supporters.pdf'));
      expect(annex).toBeDefined();
      const text = await pdfReadingText(Buffer.from(annex?.content as ArrayBuffer));
      for (const p of named) expect(text).toContain(p.name);
      for (const p of [hidden, pending, withdrawn, fraud]) expect(text).not.toContain(p.name);
    }
  });

  it('erases supporters’ personal data once the retention period has passed, and keeps the counts', async () => {
    const letter = await openLetter(app, lead, { title: 'A petition long closed' });
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true, askPostcode: true });
    const signers = ['Dana', 'Eli', 'Farah'].map((name, i) => ({
      name: `${name} Retained`,
      email: `${name.toLowerCase()}.retained.${process.pid}@example.org`,
      country: i === 0 ? 'FR' : 'GB',
      postcode: 'SW1A 1AA',
    }));
    for (const [i, s] of signers.entries()) await signAs(app, letter.letterId, s, `198.51.100.${150 + i}`);
    for (const s of signers) expect(await confirm(await latestToken(s.email))).toBe('CONFIRMED');
    await eventually(async () => (await supporterCount(app, letter.letterId)) === 3 || undefined, { what: 'the fold' });
    await app.gql(CLOSE_LETTER, { id: letter.letterId }, lead.token);

    const boss = app.app.get<PgBoss>(QUEUE);
    const personal = async (): Promise<number> =>
      (
        await app.sql.query(
          `SELECT count(*)::int AS n FROM signatures WHERE letter_id = $1
             AND (name IS NOT NULL OR email IS NOT NULL OR postcode IS NOT NULL OR ip_address IS NOT NULL)`,
          [letter.letterId],
        )
      ).rows[0].n;
    // On a letter still open, a signature never confirmed is kept no longer than the retention either.
    const open = await openLetter(app, lead, { title: 'Still open' });
    await setPetition(app, lead, { letterId: open.letterId, acceptSupporters: true });
    await signAs(
      app,
      open.letterId,
      { name: 'Never Confirmed', email: `never.${process.pid}@example.org` },
      '198.51.100.160',
    );
    await app.sql.query(`UPDATE signatures SET created_at = created_at - interval '181 days' WHERE letter_id = $1`, [
      open.letterId,
    ]);
    // Not yet due: the job keeps everything of the closed letter.
    await boss.send(SUPPORTER_RETENTION_QUEUE, {});
    await eventually(
      async () =>
        (
          await app.sql.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [
            SUPPORTER_RETENTION_QUEUE,
          ])
        ).rows[0].n >= 1 || undefined,
      { what: 'the first run' },
    );
    expect(await personal()).toBe(3);

    // 181 days later (the clock moved in the database, not by waiting).
    await app.sql.query(
      `UPDATE timeline_entries SET occurred_at = occurred_at - interval '181 days' WHERE letter_id = $1`,
      [letter.letterId],
    );
    await boss.send(SUPPORTER_RETENTION_QUEUE, {});
    await eventually(async () => (await personal()) === 0 || undefined, { what: 'the retention job' });
    const never = await app.sql.query('SELECT name, email, status FROM signatures WHERE letter_id = $1', [
      open.letterId,
    ]);
    expect(never.rows).toEqual([{ name: null, email: null, status: 'PENDING' }]);
    const rows = await app.sql.query(`SELECT status, country FROM signatures WHERE letter_id = $1 ORDER BY country`, [
      letter.letterId,
    ]);
    expect(rows.rows).toEqual([
      { status: 'CONFIRMED', country: 'FR' },
      { status: 'CONFIRMED', country: 'GB' },
      { status: 'CONFIRMED', country: 'GB' },
    ]);
    const { body } = await app.gql(COUNTS, { id: letter.letterId });
    expect(body.data?.letter).toEqual({
      counts: { supporters: 3 },
      supportersByCountry: [
        { country: 'GB', count: 2 },
        { country: 'FR', count: 1 },
      ],
    });
  });
});
