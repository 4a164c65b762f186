import { Client } from 'pg';
import { eventually } from './support/eventually';
import { createLetter, organisationWithOwner, type OrganisationOwner } from './support/factories';
import { SmtpSink, tokenFrom, type ReceivedMail } from './support/smtp-sink';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from './support/test-app';
import { graphql } from './gql';

const INVITE = graphql(`
  mutation Trust3InvitationsInvite($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);
const PHISHING_TITLE = 'URGENT: your PayPal account is suspended, verify at https://paypal.com.evil.example';
const PHISHING =
  'Dear customer, your account is suspended.\nLog in at https://paypal.com.evil.example/login or www.evil.example ' +
  'within 24 hours. <a href="https://evil.example/x">Verify now</a> or write to help@evil.example.';
const LIMITS = {
  INVITATIONS_PER_LETTER_PER_DAY: '8',
  INVITATIONS_PER_ACCOUNT_PER_DAY: '12',
  INVITATIONS_UNVERIFIED_LEADS: '3',
};

function invitees(prefix: string, n: number): { email: string; name: string }[] {
  return Array.from({ length: n }, (_, i) => ({ email: `${prefix}${i}@victims.example`, name: `Victim Org ${i}` }));
}

/** Every link of an HTML part: what a reader could click. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
}

describe('inviteEndorsers is not a mail relay (issue 18, defect 8)', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ ...LIMITS, WORKER: 'on', SMTP_URL: smtp.url });
    // A second API process on the same database: the limits are counted in PostgreSQL, not in memory.
    second = await startTestApp({ ...LIMITS, WORKER: 'off', SMTP_URL: smtp.url }, app.database);
  });
  afterAll(async () => {
    await second?.close();
    await app?.close();
    await smtp.stop();
  });

  async function invitationRows(letterId: string): Promise<number> {
    const { rows } = await app.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM letter_invitations WHERE letter_id = $1',
      [letterId],
    );
    return rows[0].n;
  }

  async function invitationMailJobs(): Promise<number> {
    const { rows } = await app.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT data FROM pgboss.job WHERE name = 'mail.send'
         UNION ALL SELECT data FROM pgboss.archive WHERE name = 'mail.send') j
        WHERE j.data->>'purpose' = 'endorsement invitation'`,
    );
    return rows[0].n;
  }

  async function verifiedLead(name: string): Promise<OrganisationOwner> {
    const lead = await organisationWithOwner(app, { name });
    await app.sql.query(`UPDATE organisations SET verified_domain = 'lead.example' WHERE id = $1`, [
      lead.organisationId,
    ]);
    return lead;
  }

  it('frames the mail itself: its own subject, who invites whom, the message quoted with nothing to click', async () => {
    const lead = await organisationWithOwner(app, { name: 'Friends of the Earth' });
    await app.sql.query(`UPDATE users SET name = 'Alice Example' WHERE id = $1`, [lead.userId]);
    const letter = await createLetter(app, lead.user, lead.organisationId, { title: PHISHING_TITLE });
    const response = await app.gql(
      INVITE,
      {
        input: {
          letterId: letter.id,
          invitees: [{ email: 'director@an-ngo.example', name: 'Open Rights Group' }],
          message: PHISHING,
        },
      },
      lead.token,
    );
    expect(response.body.errors).toBeUndefined();
    const mail: ReceivedMail = await smtp.waitFor('director@an-ngo.example');
    expect(mail.parsed.subject).toBe(
      'Alice Example of Friends of the Earth invites Open Rights Group to co-sign a letter',
    );
    const text = mail.parsed.text ?? '';
    const html = mail.parsed.html ?? '';
    expect(html).not.toBe('');
    for (const part of [text, html]) {
      expect(part).toMatch(/Alice Example of Friends of the Earth invites Open Rights Group to co-sign a letter/);
      // The sender's words are there, defanged: no address a client could turn into a link.
      expect(part).toMatch(/your account is suspended/);
      expect(part).not.toMatch(/https?:\/\/[^\s"'<>]*evil/i);
      expect(part).not.toMatch(/www\.evil|evil\.example|paypal\.com/i);
      expect(part).toMatch(/evil\[\.\]example/);
    }
    // Quoted, line by line, in the text part; in a blockquote, escaped, in the HTML part.
    expect(text).toMatch(/^> Dear customer, your account is suspended\.$/m);
    expect(text).toMatch(/^> Log in at hxxps\[:\/\/\]paypal\[\.\]com\[\.\]evil\[\.\]example\/login/m);
    expect(html).toMatch(/<blockquote[^>]*>[\s\S]*Dear customer[\s\S]*<\/blockquote>/);
    expect(html).toContain('&lt;a href=');
    // The only links are the platform's own.
    const links = hrefs(html);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(app.config.publicUrl)).toBe(true);
    // The accept link works as before.
    expect(tokenFrom(mail)).toMatch(/^[A-Za-z0-9_-]+$/);

    const long = await app.gql(
      INVITE,
      { input: { letterId: letter.id, invitees: [{ email: 'x@victims.example' }], message: 'x'.repeat(5000) } },
      lead.token,
    );
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
  });

  it('a letter whose leads are not verified invites only a few addresses: beyond them FORBIDDEN, nothing stored or mailed', async () => {
    const lead = await organisationWithOwner(app, { name: 'Unverified Spam Org' });
    const letter = await createLetter(app, lead.user, lead.organisationId);
    const jobsBefore = await invitationMailJobs();
    const flood = await app.gql(
      INVITE,
      { input: { letterId: letter.id, invitees: invitees('flood', 500), message: PHISHING } },
      lead.token,
    );
    expect(errorCode(flood)).toBe('FORBIDDEN');
    expect(flood.body.errors?.[0].message).toMatch(/verif/i);
    expect(await invitationRows(letter.id)).toBe(0);
    expect(await invitationMailJobs()).toBe(jobsBefore);

    const few = await app.gql(INVITE, { input: { letterId: letter.id, invitees: invitees('few', 3) } }, lead.token);
    expect(few.body.errors).toBeUndefined();
    const more = await app.gql(INVITE, { input: { letterId: letter.id, invitees: invitees('more', 1) } }, lead.token);
    expect(errorCode(more)).toBe('FORBIDDEN');
    expect(await invitationRows(letter.id)).toBe(3);
    expect(await invitationMailJobs()).toBe(jobsBefore + 3);
  });

  it('limits new addresses per letter and per account per day: RATE_LIMITED beyond them, nothing stored', async () => {
    const lead = await verifiedLead('Trusted Coalition');
    const first = await createLetter(app, lead.user, lead.organisationId);
    const other = await createLetter(app, lead.user, lead.organisationId);

    const eight = await app.gql(INVITE, { input: { letterId: first.id, invitees: invitees('a', 8) } }, lead.token);
    expect(eight.body.errors).toBeUndefined();
    const ninth = await app.gql(INVITE, { input: { letterId: first.id, invitees: invitees('b', 1) } }, lead.token);
    expect(errorCode(ninth)).toBe('RATE_LIMITED');
    expect(await invitationRows(first.id)).toBe(8);

    // The account's limit covers all its letters (and every process).
    const four = await second.gql(INVITE, { input: { letterId: other.id, invitees: invitees('c', 4) } }, lead.token);
    expect(four.body.errors).toBeUndefined();
    const beyond = await app.gql(INVITE, { input: { letterId: other.id, invitees: invitees('d', 1) } }, lead.token);
    expect(errorCode(beyond)).toBe('RATE_LIMITED');
    expect(await invitationRows(other.id)).toBe(4);
  });

  it('holds across two concurrent calls in two processes: the second sees the first', async () => {
    const lead = await verifiedLead('Racing Coalition');
    const a = await createLetter(app, lead.user, lead.organisationId);
    const b = await createLetter(app, lead.user, lead.organisationId);

    // Both calls are held at the invitations table until both are in flight, then race.
    const blocker = new Client({ connectionString: app.database.url });
    await blocker.connect();
    let responses: GqlResponse[];
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE letter_invitations IN ACCESS EXCLUSIVE MODE');
      const calls = [
        app.gql(INVITE, { input: { letterId: a.id, invitees: invitees('race-a', 8) } }, lead.token),
        second.gql(INVITE, { input: { letterId: b.id, invitees: invitees('race-b', 8) } }, lead.token),
      ];
      await eventually(
        async () => {
          const { rows } = await blocker.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
          );
          return rows[0].n >= 2;
        },
        { timeoutMs: 20_000, what: 'both calls waiting' },
      );
      await blocker.query('COMMIT');
      responses = await Promise.all(calls);
    } finally {
      await blocker.end();
    }
    const codes = responses.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'RATE_LIMITED']);
    const { rows } = await app.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM letter_invitations WHERE invited_by_id = $1',
      [lead.userId],
    );
    expect(rows[0].n).toBe(8);
  });
});
