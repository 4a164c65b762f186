import * as argon2 from 'argon2';
import { Client } from 'pg';
import {
  CHANGE_EMAIL,
  CHANGE_PASSWORD,
  codeAt,
  CONFIRM_EMAIL_CHANGE,
  CONFIRM_TWO_FACTOR,
  LOG_IN,
  logIn as logInFrom,
  ME,
  REFRESH_SESSION,
  requestReset as askReset,
  RESET_PASSWORD,
  resetMail,
  START_TWO_FACTOR,
} from './support/accounts';
import { eventually } from './support/eventually';
import { PASSWORD, signUp, uniqueEmail } from './support/factories';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

/**
 * Issue 18, attacker review of the accounts: guessing passwords in parallel past the per-account
 * wait, a squatter keeping an address its owner verified, and a password change racing a reset.
 */
const PUBLIC_URL = 'https://undersigned.example';
const NEW_PASSWORD = 'a new and longer passphrase';

const VERIFY = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      emailVerified
    }
  }
`);

describe('accounts: attacks of the review (issue 18)', () => {
  let app: TestApp;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const logIn = (email: string, password = PASSWORD, code?: string, userAgent?: string) =>
    logInFrom(app, email, { password, code, userAgent });

  const requestReset = async (email: string): Promise<string> => {
    await askReset(app, email);
    return tokenFrom(await resetMail(smtp, email));
  };

  it('lets no parallel guesses past the per-account wait: one guess at most reaches the password', async () => {
    const user = await signUp(app, 'Parallel target');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(errorCode(await logIn(user.email, 'a wrong guess', undefined, 'Guesser'))).toBe('UNAUTHENTICATED');
    }
    // The wait has passed: the next guess is allowed, one, and then a longer wait.
    await app.sql.query(`UPDATE sign_in_throttles SET blocked_until = now() - interval '1 second'`);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) => logIn(user.email, `parallel guess ${n}`, undefined, 'Guesser')),
    );
    const codes = answers.map((a) => errorCode(a));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(1);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(9);

    // A fresh address: no more than the free allowance of guesses reaches the password at once.
    const fresh = await signUp(app, 'Fresh target');
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, n) => logIn(fresh.email, `burst guess ${n}`, undefined, 'Guesser')),
    );
    const burstCodes = burst.map((a) => errorCode(a));
    expect(burstCodes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(3);
    expect(burstCodes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(7);

    // The owner on a known device is not locked out; a right password with two-factor pending does
    // not use up the allowance of a new device.
    const owner = await app.gql(LOG_IN, { input: { email: fresh.email, password: PASSWORD } });
    expect(owner.body.data?.logIn.user.id).toBe(fresh.id);
    await app.sql.query('DELETE FROM sign_in_throttles');
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await logIn(user.email, PASSWORD, undefined, `New device ${attempt}`)).body.data?.logIn.user.id).toBe(
        user.id,
      );
    }
  });

  it('keeps two-factor from accounts whose address is not verified, and a squatter out once the owner verifies it', async () => {
    const email = uniqueEmail('director');
    const squatter = await signUp(app, 'Not the director', email, { verified: false });
    expect(errorCode(await app.gql(START_TWO_FACTOR, {}, squatter.accessToken))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CONFIRM_TWO_FACTOR, { code: '123456' }, squatter.accessToken))).toBe('FORBIDDEN');
    const stored = await app.sql.query('SELECT two_factor_secret FROM users WHERE id = $1', [squatter.id]);
    expect(stored.rows[0].two_factor_secret).toBeNull();

    // Two-factor turned on before the fix (or by any other path) while the address was unverified:
    // the squatter's, whatever happens to the address afterwards.
    await app.sql.query(
      `UPDATE users SET two_factor_secret = 'x', two_factor_enabled_at = now() - interval '1 minute' WHERE id = $1`,
      [squatter.id],
    );
    await app.sql.query(`INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, 'squatter-code')`, [squatter.id]);

    // The owner opens the verification link the squatter's sign-up mailed: the squatter is signed out.
    const verification = await smtp.waitFor(email, (m) => /confirm your email/i.test(m.parsed.subject ?? ''));
    const verified = await app.gql(VERIFY, {
      token: tokenFrom(verification),
    });
    expect(verified.body.data?.verifyEmail.emailVerified).toBe(true);
    expect(errorCode(await app.gql(REFRESH_SESSION, { t: squatter.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(ME, {}, squatter.accessToken))).toBe('UNAUTHENTICATED');

    // The owner's reset does not ask for the squatter's code, and clears it.
    const token = await requestReset(email);
    const reset = await app.gql(RESET_PASSWORD, { token, password: NEW_PASSWORD });
    expect(reset.body.errors).toBeUndefined();
    const row = await app.sql.query(
      `SELECT two_factor_secret, two_factor_enabled_at,
         (SELECT count(*)::int FROM recovery_codes WHERE user_id = u.id) AS codes FROM users u WHERE id = $1`,
      [squatter.id],
    );
    expect(row.rows[0]).toEqual({ two_factor_secret: null, two_factor_enabled_at: null, codes: 0 });
    expect((await logIn(email, NEW_PASSWORD)).body.data?.logIn.user.twoFactorEnabled).toBe(false);
  });

  it('still asks for the code on a reset when two-factor was turned on after the address was verified, even after a change of address', async () => {
    const user = await signUp(app, 'Mover with two-factor');
    const started = await app.gql(START_TWO_FACTOR, {}, user.accessToken);
    const secret = started.body.data?.startTwoFactorSetup.secret ?? '';
    const confirmed = await app.gql(CONFIRM_TWO_FACTOR, { code: codeAt(secret, 0) }, user.accessToken);
    expect(confirmed.body.data?.confirmTwoFactor).toHaveLength(10);
    const signedIn = await logIn(user.email, PASSWORD, codeAt(secret, 1));
    const token = signedIn.body.data?.logIn.accessToken;
    const next = uniqueEmail('moved');
    expect((await app.gql(CHANGE_EMAIL, { email: next }, token)).body.errors).toBeUndefined();
    const link = await smtp.waitFor(next, (m) => /confirm your new email/i.test(m.parsed.subject ?? ''));
    expect((await app.gql(CONFIRM_EMAIL_CHANGE, { token: tokenFrom(link) }, token)).body.errors).toBeUndefined();
    const resetToken = await requestReset(next);
    expect(errorCode(await app.gql(RESET_PASSWORD, { token: resetToken, password: NEW_PASSWORD }))).toBe(
      'TWO_FACTOR_REQUIRED',
    );
  });

  it("does not let a squatter's change of address take over the victim's address by the victim's click", async () => {
    const squatter = await signUp(app, 'Friendly Name');
    const victim = uniqueEmail('victim');
    expect((await app.gql(CHANGE_EMAIL, { email: victim }, squatter.accessToken)).body.errors).toBeUndefined();
    const mail = await smtp.waitFor(victim, (m) => /confirm your new email/i.test(m.parsed.subject ?? ''));
    // The mail says whose account it is, and not "your account".
    expect(mail.parsed.text).toContain(squatter.email);
    expect(mail.parsed.text).not.toMatch(/your undersigned account/i);
    expect(mail.parsed.text).toMatch(/did not ask/i);

    // The victim clicks it, signed out or signed in to an account of their own: nothing changes.
    const token = tokenFrom(mail);
    expect(errorCode(await app.gql(CONFIRM_EMAIL_CHANGE, { token }))).toBe('UNAUTHENTICATED');
    const stranger = await signUp(app, 'The victim elsewhere');
    expect(errorCode(await app.gql(CONFIRM_EMAIL_CHANGE, { token }, stranger.accessToken))).toBe('NOT_FOUND');
    const row = await app.sql.query('SELECT email FROM users WHERE id = $1', [squatter.id]);
    expect(row.rows[0].email).toBe(squatter.email);

    // Only the account that asked, signed in, confirms it.
    const done = await app.gql(CONFIRM_EMAIL_CHANGE, { token }, squatter.accessToken);
    expect(done.body.data?.confirmEmailChange.email).toBe(victim);
  });

  it('refuses a password change whose current password was replaced by a reset meanwhile', async () => {
    const user = await signUp(app, 'Raced');
    const ownersHash = await argon2.hash(NEW_PASSWORD, { type: argon2.argon2id });
    // Another transaction (a reset, about to commit) holds the account's row.
    const reset = new Client({ connectionString: app.database.url });
    await reset.connect();
    try {
      const [{ pid }] = (await reset.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      await reset.query('BEGIN');
      await reset.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [user.id]);
      const changing = app.gql(
        CHANGE_PASSWORD,
        { current: PASSWORD, password: 'the thief chose this one' },
        user.accessToken,
      );
      await eventually(
        async () => {
          const waiting = await app.sql.query(
            `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%users%' AND pid <> $1`,
            [pid],
          );
          return waiting.rowCount ? true : undefined;
        },
        { what: 'the change waiting for the row' },
      );
      await reset.query('UPDATE users SET password_hash = $2 WHERE id = $1', [user.id, ownersHash]);
      await reset.query('COMMIT');
      expect(errorCode(await changing)).toBe('BAD_USER_INPUT');
    } finally {
      await reset.end();
    }
    const owner = await app.gql(LOG_IN, { input: { email: user.email, password: NEW_PASSWORD } });
    expect(owner.body.data?.logIn.user.id).toBe(user.id);
  });
});
