import {
  CONFIRM_TWO_FACTOR,
  DISABLE_TWO_FACTOR,
  enableTwoFactor,
  LOG_IN,
  logIn as logInFrom,
  nextCode,
  REFRESH_SESSION,
  REVOKE_SESSION,
  START_TWO_FACTOR,
} from './support/accounts';
import { SmtpSink } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  ENDORSE_LETTER,
  endorseInput,
  memberOf,
  openLetter,
  organisationWithOwner,
  PASSWORD,
  REVISE_LETTER,
  signUp,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';

const LETTER = graphql(`
  query Letter($id: ID!) {
    letter(id: $id) {
      id
    }
  }
`);
const ORGANISATION = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      requireTwoFactor
    }
  }
`);

const SESSIONS = graphql(`
  query SessionDevices {
    sessions {
      id
      createdAt
      lastUsedAt
      userAgent
      current
    }
  }
`);

describe('two-factor sign-in', () => {
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

  const logIn = (user: { email: string }, code?: string, userAgent?: string) =>
    logInFrom(app, user.email, { code, userAgent });

  /** Turns two-factor on for the user; returns the secret and the recovery codes. */
  async function enable(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
    const enabled = await enableTwoFactor(app, user.accessToken);
    expect(enabled.otpauthUrl).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    return enabled;
  }

  it('asks for a code once two-factor is on and issues tokens only for a valid TOTP', async () => {
    const user = await signUp(app, 'Coordinator');
    const { secret, recoveryCodes } = await enable(user);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await app.sql.query<{ secret: string }>(
      'SELECT two_factor_secret AS secret FROM users WHERE id = $1',
      [user.id],
    );
    expect(stored.rows[0].secret).not.toContain(secret); // encrypted at rest

    const without = await logIn(user);
    expect(errorCode(without)).toBe('TWO_FACTOR_REQUIRED');
    expect(without.body.data?.logIn).toBeFalsy();
    expect(without.text).not.toMatch(/accessToken|refreshToken/);

    const code = nextCode(secret);
    const withCode = await logIn(user, code);
    expect(withCode.body.errors).toBeUndefined();
    expect(withCode.body.data?.logIn.accessToken.split('.')).toHaveLength(3);
    expect(withCode.body.data?.logIn.user.twoFactorEnabled).toBe(true);

    // The same code is not accepted twice within its window.
    expect(errorCode(await logIn(user, code))).toBe('TWO_FACTOR_REQUIRED');
  });

  it('accepts a recovery code once', async () => {
    const user = await signUp(app, 'Recovering');
    const { recoveryCodes } = await enable(user);
    const first = await logIn(user, recoveryCodes[3]);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.logIn.accessToken).toBeDefined();
    expect(errorCode(await logIn(user, recoveryCodes[3]))).toBe('TWO_FACTOR_REQUIRED');
    expect((await logIn(user, recoveryCodes[4])).body.data?.logIn.accessToken).toBeDefined();
  });

  it('answers RATE_LIMITED after 10 wrong codes, even to a right one', async () => {
    const user = await signUp(app, 'Targeted');
    const { secret } = await enable(user);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect(errorCode(await logIn(user, String(100000 + attempt)))).toBe('TWO_FACTOR_REQUIRED');
    }
    const blocked = await logIn(user, nextCode(secret));
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.body.data?.logIn).toBeFalsy();
  });

  it('turns on only with a valid code, and not twice', async () => {
    const user = await signUp(app, 'Careful');
    const started = await app.gql(START_TWO_FACTOR, {}, user.accessToken);
    expect(started.body.errors).toBeUndefined();
    const wrong = await app.gql(CONFIRM_TWO_FACTOR, { code: '123456' }, user.accessToken);
    expect(errorCode(wrong)).toBe('TWO_FACTOR_REQUIRED');
    expect((await logIn(user)).body.data?.logIn.user.twoFactorEnabled).toBe(false);
    await enable(user);
    expect(errorCode(await app.gql(START_TWO_FACTOR, {}, user.accessToken))).toBe('INVALID_STATE');
  });

  it('disables two-factor with a valid code only', async () => {
    const user = await signUp(app, 'Leaving');
    const { secret } = await enable(user);
    expect(errorCode(await app.gql(DISABLE_TWO_FACTOR, { code: '000000' }, user.accessToken))).toBe(
      'TWO_FACTOR_REQUIRED',
    );
    const disabled = await app.gql(DISABLE_TWO_FACTOR, { code: nextCode(secret) }, user.accessToken);
    expect(disabled.body.data?.disableTwoFactor).toBe(true);
    expect((await logIn(user)).body.data?.logIn.user.twoFactorEnabled).toBe(false);
  });

  it('an organisation requiring two-factor refuses acts of a member without it, and allows reads', async () => {
    const lead = await organisationWithOwner(app);
    const coordinator = await memberOf(app, lead, 'COORDINATOR');
    const letter = await openLetter(app, lead);
    const signer = await organisationWithOwner(app);

    const SECURITY = graphql(`
      mutation SetOrganisationSecurity($id: ID!, $on: Boolean!) {
        setOrganisationSecurity(organisationId: $id, requireTwoFactor: $on) {
          id
          requireTwoFactor
        }
      }
    `);
    // Only an OWNER sets it.
    expect(errorCode(await app.gql(SECURITY, { id: lead.organisationId, on: true }, coordinator.token))).toBe(
      'FORBIDDEN',
    );
    // The OWNER turns it on for themselves first: the rule binds them too.
    await enable(lead.user);
    for (const organisation of [lead, signer]) {
      if (organisation === signer) await enable(signer.user);
      const set = await app.gql(SECURITY, { id: organisation.organisationId, on: true }, organisation.token);
      expect(set.body.data?.setOrganisationSecurity.requireTwoFactor).toBe(true);
    }
    await app.sql.query('UPDATE users SET two_factor_enabled_at = NULL WHERE id = $1', [signer.userId]);
    // What counts is how the session began (stage 6): the signer's own session proved a code when it
    // turned two-factor on, so the member without it is a session begun with the password alone.
    const signerWithoutCode = (await logIn(signer)).body.data?.logIn.accessToken;

    const endorse = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.letterId, signer.organisationId, letter.contentHash),
      signerWithoutCode,
    );
    expect(errorCode(endorse)).toBe('FORBIDDEN');
    const revise = await app.gql(
      REVISE_LETTER,
      { input: { letterId: letter.letterId, body: 'A changed text.', material: true } },
      coordinator.token,
    );
    expect(errorCode(revise)).toBe('FORBIDDEN');
    const { rows } = await app.sql.query('SELECT 1 FROM letter_versions WHERE letter_id = $1', [letter.letterId]);
    expect(rows).toHaveLength(1);

    // Reads stay open to them.
    const read = await app.gql(LETTER, { id: letter.letterId }, coordinator.token);
    expect(read.body.data?.letter?.id).toBe(letter.letterId);
    const org = await app.gql(ORGANISATION, { id: signer.organisationId }, signer.token);
    expect(org.body.data?.organisation?.requireTwoFactor).toBe(true);

    // With two-factor on, the same coordinator may act.
    await enable(coordinator.user);
    const revised = await app.gql(
      REVISE_LETTER,
      { input: { letterId: letter.letterId, body: 'A changed text.', material: true } },
      coordinator.token,
    );
    expect(revised.body.errors).toBeUndefined();
  });

  it('lists sessions with the current one; revoking one makes its refresh token fail', async () => {
    const user = await signUp(app, 'Many devices');
    const laptop = (await logIn(user, undefined, 'Laptop browser')).body.data?.logIn;
    const phone = (await logIn(user, undefined, 'Phone browser')).body.data?.logIn;
    if (!laptop || !phone) throw new Error('log-in failed');

    const listed = await app.gql(SESSIONS, {}, phone.accessToken);
    const sessions = listed.body.data?.sessions ?? [];
    expect(sessions.filter((session) => session.current).map((session) => session.userAgent)).toEqual([
      'Phone browser',
    ]);
    const laptopSession = sessions.find((session) => session.userAgent === 'Laptop browser');
    expect(laptopSession?.current).toBe(false);

    // Another account cannot see or revoke it.
    const other = await signUp(app, 'Other');
    expect(errorCode(await app.gql(REVOKE_SESSION, { id: laptopSession?.id as string }, other.accessToken))).toBe(
      'NOT_FOUND',
    );

    const revoked = await app.gql(REVOKE_SESSION, { id: laptopSession?.id as string }, phone.accessToken);
    expect(revoked.body.data?.revokeSession).toBe(true);
    expect(errorCode(await app.gql(REFRESH_SESSION, { t: laptop.refreshToken }))).toBe('UNAUTHENTICATED');
    const phoneRefresh = await app.gql(REFRESH_SESSION, { t: phone.refreshToken });
    expect(phoneRefresh.body.errors).toBeUndefined();
    const after = await app.gql(SESSIONS, {}, phone.accessToken);
    expect(after.body.data?.sessions.map((session) => session.id)).not.toContain(laptopSession?.id);
  });

  it('mails the owner on a log-in from a new device, and not from a known one', async () => {
    const user = await signUp(app, 'Watchful');
    await logIn(user, undefined, 'Known browser');
    await logIn(user, undefined, 'Known browser');
    await logIn(user, undefined, 'Unknown browser 1.0');
    const mail = await smtp.waitFor(user.email, (m) => (m.parsed.text ?? '').includes('Unknown browser 1.0'));
    expect(mail.parsed.subject).toMatch(/new device/i);
    const { rows } = await app.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job
       WHERE name = 'mail.send' AND data->>'purpose' = 'new device' AND data->'message'->>'to' = $1`,
      [user.email],
    );
    // signUp's own log-in (no user agent) and "Known browser" once, then "Unknown browser 1.0".
    expect(rows[0].n).toBe(2);
  });

  // Last: passport keeps one 'jwt' strategy per process, so the second app's secret replaces the
  // first's for access tokens from then on.
  it('after JWT_SECRET changed, refuses TOTP codes cleanly and still takes a recovery code', async () => {
    const user = await signUp(app, 'Migrated');
    const { secret, recoveryCodes } = await enable(user);
    const rekeyed = await startTestApp({ JWT_SECRET: 'another-test-secret-long-enough-9876543210' }, app.database);
    try {
      const logInThere = (code: string) =>
        rekeyed.gql(LOG_IN, { input: { email: user.email, password: PASSWORD, code } });
      expect(errorCode(await logInThere(nextCode(secret)))).toBe('TWO_FACTOR_REQUIRED');
      expect((await logInThere(recoveryCodes[0])).body.data?.logIn.accessToken).toBeDefined();
    } finally {
      await rekeyed.close();
    }
  });
});
