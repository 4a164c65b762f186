import { UnverifiedAccountsService } from '@undersigned/accounts';
import {
  CHANGE_EMAIL,
  CHANGE_PASSWORD,
  codeAt,
  CONFIRM_EMAIL_CHANGE,
  CONFIRM_TWO_FACTOR,
  DISABLE_TWO_FACTOR,
  enableTwoFactor,
  LOG_IN,
  logIn as logInFrom,
  REFRESH_SESSION,
  requestReset as askReset,
  RESET_PASSWORD,
  resetMail,
  REVOKE_SESSION,
  START_TWO_FACTOR,
} from './support/accounts';
import { PASSWORD, SIGN_UP, signUp, uniqueEmail, type TestUser } from './support/factories';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

/**
 * Issue 18, defect 4: a way back into an account (reset by a mailed link, change with the current
 * password), re-authentication before the steps that could lock the owner out, a squatter's
 * unverified account cleared by the owner's reset, unverified accounts expiring, and per-account
 * sign-in throttling.
 */
const PUBLIC_URL = 'https://undersigned.example';
const NEW_PASSWORD = 'a new and longer passphrase';

const REAUTH = graphql(`
  mutation Reauthenticate($password: String, $code: String) {
    reauthenticate(password: $password, code: $code) {
      accessToken
      refreshToken
      user {
        id
      }
    }
  }
`);
const SESSIONS = graphql(`
  query Sessions {
    sessions {
      id
      current
    }
  }
`);

describe('accounts: recovery, re-authentication and throttling (issue 18, defect 4)', () => {
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

  /** Makes the session of `accessToken` look as if its log-in was `minutes` ago (time passing). */
  async function ageAuthentication(user: TestUser, minutes = 6): Promise<void> {
    await app.sql.query(`UPDATE sessions SET authenticated_at = now() - make_interval(mins => $2) WHERE user_id = $1`, [
      user.id,
      minutes,
    ]);
  }

  async function resetLink(email: string, nth: number): Promise<string> {
    const mail = await resetMail(smtp, email, nth);
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/reset-password?token=`);
    return tokenFrom(mail);
  }

  const requestReset = (email: string): Promise<void> => askReset(app, email);

  it('refuses a stolen access token turning two-factor on (and every listed step) without a fresh authentication', async () => {
    const victim = await signUp(app, 'Victim');
    const other = await logIn(victim.email, PASSWORD, undefined, 'Victim laptop');
    const otherSessionId = (await app.gql(SESSIONS, {}, victim.accessToken)).body.data?.sessions.find((s) => !s.current)
      ?.id as string;
    expect(other.body.data?.logIn.accessToken).toBeDefined();
    // The attacker holds the victim's access token, from a log-in longer than 5 minutes ago.
    await ageAuthentication(victim);
    const stolen = victim.accessToken;

    const attack = await app.gql(START_TWO_FACTOR, {}, stolen);
    expect(errorCode(attack)).toBe('REAUTHENTICATION_REQUIRED');
    const stored = await app.sql.query('SELECT two_factor_secret FROM users WHERE id = $1', [victim.id]);
    expect(stored.rows[0].two_factor_secret).toBeNull();

    expect(errorCode(await app.gql(CONFIRM_TWO_FACTOR, { code: '123456' }, stolen))).toBe('REAUTHENTICATION_REQUIRED');
    expect(errorCode(await app.gql(DISABLE_TWO_FACTOR, { code: '123456' }, stolen))).toBe('REAUTHENTICATION_REQUIRED');
    expect(errorCode(await app.gql(CHANGE_PASSWORD, { current: PASSWORD, password: NEW_PASSWORD }, stolen))).toBe(
      'REAUTHENTICATION_REQUIRED',
    );
    expect(errorCode(await app.gql(CHANGE_EMAIL, { email: uniqueEmail('thief') }, stolen))).toBe(
      'REAUTHENTICATION_REQUIRED',
    );
    expect(errorCode(await app.gql(REVOKE_SESSION, { id: otherSessionId }, stolen))).toBe('REAUTHENTICATION_REQUIRED');
    expect(await app.sql.query('SELECT 1 FROM email_changes WHERE user_id = $1', [victim.id])).toHaveProperty(
      'rowCount',
      0,
    );

    // Without the password, re-authenticating does not help the attacker.
    expect(errorCode(await app.gql(REAUTH, { password: 'a guessed password' }, stolen))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(REAUTH, {}, stolen))).toBe('BAD_USER_INPUT');

    // The owner, with the password, re-authenticates and may then proceed.
    const fresh = await app.gql(REAUTH, { password: PASSWORD }, stolen);
    expect(fresh.body.errors).toBeUndefined();
    const token = fresh.body.data?.reauthenticate.accessToken ?? '';
    expect(fresh.body.data?.reauthenticate.user.id).toBe(victim.id);
    const { secret, recoveryCodes } = await enableTwoFactor(app, token);
    // Revoking one's own session needs no re-authentication; another's does, and now passes.
    expect((await app.gql(REVOKE_SESSION, { id: otherSessionId }, token)).body.data).toEqual({
      revokeSession: true,
    });

    // With two-factor on, re-authentication asks for a code as well.
    await ageAuthentication(victim);
    expect(errorCode(await app.gql(DISABLE_TWO_FACTOR, { code: codeAt(secret, 1) }, token))).toBe(
      'REAUTHENTICATION_REQUIRED',
    );
    expect(errorCode(await app.gql(REAUTH, { password: PASSWORD }, token))).toBe('TWO_FACTOR_REQUIRED');
    const withCode = await app.gql(REAUTH, { password: PASSWORD, code: codeAt(secret, 1) }, token);
    expect(withCode.body.errors).toBeUndefined();
    const disabled = await app.gql(
      DISABLE_TWO_FACTOR,
      { code: recoveryCodes[0] },
      withCode.body.data?.reauthenticate.accessToken,
    );
    expect(disabled.body.data?.disableTwoFactor).toBe(true);
  });

  it('resets the password by a mailed link: used once, valid an hour, ending every session', async () => {
    const user = await signUp(app, 'Forgetful');
    const laptop = await logIn(user.email, PASSWORD, undefined, 'Laptop');
    const nobody = uniqueEmail('nobody');
    await requestReset(nobody);
    await requestReset(user.email);
    await requestReset(user.email);
    const first = await resetLink(user.email, 1);
    const second = await resetLink(user.email, 2);
    expect(first).not.toBe(second);
    expect(smtp.messages.some((m) => m.to.includes(nobody))).toBe(false);

    const expiry = await app.sql.query<{ seconds: number }>(
      `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM password_resets WHERE user_id = $1`,
      [user.id],
    );
    expect(expiry.rows.map((r) => r.seconds)).toEqual([3600, 3600]);

    // A too-short password is refused and uses nothing up.
    expect(errorCode(await app.gql(RESET_PASSWORD, { token: second, password: 'short' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(RESET_PASSWORD, { token: 'not-a-token', password: NEW_PASSWORD }))).toBe(
      'BAD_USER_INPUT',
    );

    const reset = await app.gql(RESET_PASSWORD, { token: second, password: NEW_PASSWORD });
    expect(reset.body.errors).toBeUndefined();
    expect(reset.body.data?.resetPassword).toBe(true);
    // Used once: neither this link nor the other one mailed before works any more.
    expect(errorCode(await app.gql(RESET_PASSWORD, { token: second, password: 'yet another passphrase' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await app.gql(RESET_PASSWORD, { token: first, password: 'yet another passphrase' }))).toBe(
      'BAD_USER_INPUT',
    );

    // Every session ended, the one that asked included.
    expect(errorCode(await app.gql(REFRESH_SESSION, { t: user.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(REFRESH_SESSION, { t: laptop.body.data?.logIn.refreshToken as string }))).toBe(
      'UNAUTHENTICATED',
    );
    const live = await app.sql.query('SELECT 1 FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [user.id]);
    expect(live.rowCount).toBe(0);
    expect(errorCode(await logIn(user.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await logIn(user.email, NEW_PASSWORD)).body.data?.logIn.user.id).toBe(user.id);
    await smtp.waitFor(user.email, (m) => /password was changed/i.test(m.parsed.subject ?? ''));

    // A link older than an hour is refused.
    await requestReset(user.email);
    const late = await resetLink(user.email, 3);
    await app.sql.query(
      `UPDATE password_resets SET created_at = created_at - interval '61 minutes',
         expires_at = expires_at - interval '61 minutes' WHERE user_id = $1 AND used_at IS NULL`,
      [user.id],
    );
    expect(errorCode(await app.gql(RESET_PASSWORD, { token: late, password: 'yet another passphrase' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await logIn(user.email, NEW_PASSWORD)).body.data?.logIn.user.id).toBe(user.id);

    // Rate limited: two links are of the last hour, so one more is mailed; beyond it a request still
    // answers true, and stores and mails nothing.
    await requestReset(user.email);
    await requestReset(user.email);
    const links = await app.sql.query('SELECT 1 FROM password_resets WHERE user_id = $1', [user.id]);
    expect(links.rowCount).toBe(4);
  });

  it('with two-factor on, a reset asks for a code or a recovery code, and keeps its link until then', async () => {
    const user = await signUp(app, 'Careful');
    const { recoveryCodes } = await enableTwoFactor(app, user.accessToken);
    await requestReset(user.email);
    const token = await resetLink(user.email, 1);
    expect(errorCode(await app.gql(RESET_PASSWORD, { token, password: NEW_PASSWORD }))).toBe('TWO_FACTOR_REQUIRED');
    expect(errorCode(await app.gql(RESET_PASSWORD, { token, password: NEW_PASSWORD, code: '000000' }))).toBe(
      'TWO_FACTOR_REQUIRED',
    );
    const done = await app.gql(RESET_PASSWORD, {
      token,
      password: NEW_PASSWORD,
      code: recoveryCodes[0],
    });
    expect(done.body.data?.resetPassword).toBe(true);
    const again = await logIn(user.email, NEW_PASSWORD, recoveryCodes[1]);
    expect(again.body.data?.logIn.user.twoFactorEnabled).toBe(true);
  });

  it('changes the password with the current one, ending every other session', async () => {
    const user = await signUp(app, 'Changer');
    const laptop = await logIn(user.email, PASSWORD, undefined, 'Laptop');
    const wrong = await app.gql(
      CHANGE_PASSWORD,
      { current: 'not my password', password: NEW_PASSWORD },
      user.accessToken,
    );
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(CHANGE_PASSWORD, { current: PASSWORD, password: 'short' }, user.accessToken))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await logIn(user.email, PASSWORD)).body.data?.logIn).toBeTruthy();

    const changed = await app.gql(CHANGE_PASSWORD, { current: PASSWORD, password: NEW_PASSWORD }, user.accessToken);
    expect(changed.body.data?.changePassword).toBe(true);
    expect(errorCode(await app.gql(REFRESH_SESSION, { t: laptop.body.data?.logIn.refreshToken as string }))).toBe(
      'UNAUTHENTICATED',
    );
    // The session that changed it goes on.
    expect((await app.gql(REFRESH_SESSION, { t: user.refreshToken })).body.data).toBeTruthy();
    expect(errorCode(await logIn(user.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await logIn(user.email, NEW_PASSWORD)).body.data?.logIn.user.id).toBe(user.id);
  });

  it("lets the address's owner take back an account a squatter signed up with, clearing what the squatter set", async () => {
    const email = uniqueEmail('director');
    const squatter = await signUp(app, 'Not the director', email, { verified: false });
    // Two-factor now needs a verified address (issue 18 review): the squatter's API call is refused,
    // so it is set here as it could be before that fix.
    expect(errorCode(await app.gql(START_TWO_FACTOR, {}, squatter.accessToken))).toBe('FORBIDDEN');
    await app.sql.query(
      `UPDATE users SET two_factor_secret = 'set before the fix', two_factor_enabled_at = now() WHERE id = $1`,
      [squatter.id],
    );
    await app.sql.query(`INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, 'squatter-code')`, [squatter.id]);
    const changed = await app.gql(CHANGE_EMAIL, { email: uniqueEmail('squatter') }, squatter.accessToken);
    expect(changed.body.errors).toBeUndefined();

    // The owner's own sign-up is told the address has an account, and how to take it back.
    await app.gql(SIGN_UP, { input: { email, password: NEW_PASSWORD, name: 'The Director' } });
    const exists = await smtp.waitFor(email, (m) => /already have/i.test(m.parsed.subject ?? ''));
    expect(exists.parsed.text).toContain(`${PUBLIC_URL}/forgot-password`);

    await requestReset(email);
    const token = await resetLink(email, 1);
    // Never verified: the squatter's two-factor does not stand between the owner and the account.
    const reset = await app.gql(RESET_PASSWORD, { token, password: NEW_PASSWORD });
    expect(reset.body.errors).toBeUndefined();

    const owner = await logIn(email, NEW_PASSWORD);
    expect(owner.body.errors).toBeUndefined();
    expect(owner.body.data?.logIn.user).toMatchObject({ emailVerified: true, twoFactorEnabled: false });
    const row = await app.sql.query(
      `SELECT two_factor_secret, (SELECT count(*)::int FROM recovery_codes WHERE user_id = u.id) AS codes,
         (SELECT count(*)::int FROM email_changes WHERE user_id = u.id AND used_at IS NULL) AS changes
       FROM users u WHERE id = $1`,
      [squatter.id],
    );
    expect(row.rows[0]).toEqual({ two_factor_secret: null, codes: 0, changes: 0 });
    expect(errorCode(await app.gql(REFRESH_SESSION, { t: squatter.refreshToken }))).toBe('UNAUTHENTICATED');
    // The squatter's code is no use either.
    expect((await logIn(email, NEW_PASSWORD, '123456')).body.data?.logIn.user.twoFactorEnabled).toBe(false);
  });

  it('changes the email address through a link mailed to the new one, telling the old one', async () => {
    const user = await signUp(app, 'Mover');
    const next = uniqueEmail('moved');
    const asked = await app.gql(CHANGE_EMAIL, { email: next }, user.accessToken);
    expect(asked.body.data?.changeEmail).toBe(true);
    await smtp.waitFor(user.email, (m) => /change of your email/i.test(m.parsed.subject ?? ''));
    const link = await smtp.waitFor(next, (m) => /confirm your new email/i.test(m.parsed.subject ?? ''));
    expect(link.parsed.text).toContain(`${PUBLIC_URL}/confirm-email-change?token=`);
    // A reset link mailed to the old address stops working once the address changes.
    await requestReset(user.email);
    const oldReset = await resetLink(user.email, 1);

    // Opened signed in to the account that asked (issue 18 review: no longer PUBLIC).
    const confirmed = await app.gql(CONFIRM_EMAIL_CHANGE, { token: tokenFrom(link) }, user.accessToken);
    expect(confirmed.body.data?.confirmEmailChange).toMatchObject({ email: next, emailVerified: true });
    expect(errorCode(await app.gql(CONFIRM_EMAIL_CHANGE, { token: tokenFrom(link) }, user.accessToken))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await app.gql(RESET_PASSWORD, { token: oldReset, password: NEW_PASSWORD }))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await logIn(next)).body.data?.logIn.user.id).toBe(user.id);
    expect(errorCode(await logIn(user.email))).toBe('UNAUTHENTICATED');
  });

  it('deletes accounts left unverified for 7 days, freeing their address', async () => {
    const stale = await signUp(app, 'Stale', uniqueEmail('stale'), { verified: false });
    const recent = await signUp(app, 'Recent', uniqueEmail('recent'), { verified: false });
    const old = await signUp(app, 'Old but verified');
    await app.sql.query(`UPDATE users SET created_at = now() - interval '8 days' WHERE id = ANY($1)`, [
      [stale.id, old.id],
    ]);
    await app.sql.query(`UPDATE users SET created_at = now() - interval '6 days' WHERE id = $1`, [recent.id]);
    const deleted = await app.app.get(UnverifiedAccountsService).deleteExpired();
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await app.sql.query<{ id: string }>('SELECT id FROM users WHERE id = ANY($1)', [
      [stale.id, recent.id, old.id],
    ]);
    expect(left.rows.map((r) => r.id).sort()).toEqual([recent.id, old.id].sort());
    const again = await signUp(app, 'The real one', stale.email, { verified: false });
    expect(again.id).not.toBe(stale.id);
  });

  it('throttles sign-in per account with growing delays, without locking out the known device', async () => {
    const user = await signUp(app, 'Targeted'); // logged in once with no user agent: that device is known
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(errorCode(await logIn(user.email, 'a wrong guess', undefined, 'Guesser'))).toBe('UNAUTHENTICATED');
    }
    // The right password too: from a device the account never used, wait first.
    const refused = await logIn(user.email, PASSWORD, undefined, 'Guesser');
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    const firstDelay = Number(/(\d+) seconds?/.exec(refused.body.errors?.[0]?.message ?? '')?.[1]);
    expect(firstDelay).toBeGreaterThan(0);
    expect(firstDelay).toBeLessThanOrEqual(5);
    // The owner, on the device the account has been used from, is not locked out.
    const owner = await app.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } });
    expect(owner.body.data?.logIn.user.id).toBe(user.id);

    // An unknown address answers the same way (no enumeration).
    const nobody = uniqueEmail('nobody');
    for (let attempt = 0; attempt < 3; attempt += 1) await logIn(nobody, 'a wrong guess', undefined, 'Guesser');
    expect(errorCode(await logIn(nobody, 'a wrong guess', undefined, 'Guesser'))).toBe('RATE_LIMITED');

    // The delay grows with each failure after it passed.
    const another = await signUp(app, 'Another target');
    for (let attempt = 0; attempt < 3; attempt += 1) await logIn(another.email, 'a wrong guess', undefined, 'Guesser');
    await app.sql.query(`UPDATE sign_in_throttles SET blocked_until = now() - interval '1 second'`);
    expect(errorCode(await logIn(another.email, 'a wrong guess', undefined, 'Guesser'))).toBe('UNAUTHENTICATED');
    const longer = await logIn(another.email, PASSWORD, undefined, 'Guesser');
    expect(errorCode(longer)).toBe('RATE_LIMITED');
    const secondDelay = Number(/(\d+) seconds?/.exec(longer.body.errors?.[0]?.message ?? '')?.[1]);
    expect(secondDelay).toBeGreaterThan(5);
    expect(secondDelay).toBeLessThanOrEqual(10);

    // Counted in PostgreSQL: another API process on the same database makes the guesser wait too.
    const other = await startTestApp({}, app.database);
    try {
      const elsewhere = await logInFrom(other, another.email, { userAgent: 'Guesser' });
      expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await other.close();
    }
  });
});
