import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { countRows, PASSWORD, SIGN_UP, signUp, uniqueEmail } from './support/factories';
import { graphql } from './gql';

const ME = graphql(`
  query AccountsMe {
    me {
      id
      email
      name
      emailVerified
      memberships {
        id
      }
    }
  }
`);
const LOG_IN = graphql(`
  mutation AccountsLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
      }
    }
  }
`);
const LOG_IN_UNVERIFIED = graphql(`
  mutation AccountsLogInUnverified($input: LogInInput!) {
    logIn(input: $input) {
      user {
        emailVerified
      }
    }
  }
`);
const REFRESH = graphql(`
  mutation AccountsRefreshSession($t: String!) {
    refreshSession(refreshToken: $t) {
      accessToken
      refreshToken
      user {
        id
      }
    }
  }
`);
const VERIFY_EMAIL = graphql(`
  mutation AccountsVerifyEmail($t: String!) {
    verifyEmail(token: $t) {
      email
      emailVerified
    }
  }
`);
const LOG_OUT = graphql(`
  mutation AccountsLogOut($t: String!) {
    logOut(refreshToken: $t)
  }
`);

describe('accounts', () => {
  let app: TestApp;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL: 'https://undersigned.example' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('signs up, verifies the email from the mail received over SMTP, logs in and reads me', async () => {
    const email = uniqueEmail('amina');
    const signedUp = await app.gql(SIGN_UP, {
      input: { email: email.toUpperCase(), password: PASSWORD, name: '  Amina Rahman ' },
    });
    expect(signedUp.body.data?.signUp).toBe(true);
    const unverified = await app.gql(LOG_IN_UNVERIFIED, { input: { email, password: PASSWORD } });
    expect(unverified.body.data?.logIn.user.emailVerified).toBe(false);

    const mail = await smtp.waitFor(email);
    expect(mail.parsed.subject).toContain('Confirm your email');
    expect(mail.parsed.text).toContain('https://undersigned.example/verify-email?token=');
    const verified = await app.gql(VERIFY_EMAIL, { t: tokenFrom(mail) });
    expect(verified.body.data?.verifyEmail).toEqual({ email, emailVerified: true });

    const loggedIn = await app.gql(LOG_IN, {
      input: { email, password: PASSWORD },
    });
    const token = loggedIn.body.data?.logIn.accessToken as string;
    expect(token.split('.')).toHaveLength(3);
    const me = await app.gql(ME, {}, token);
    expect(me.body.data?.me).toMatchObject({ email, name: 'Amina Rahman', emailVerified: true });
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown email', async () => {
    const user = await signUp(app);
    const wrongPassword = await app.gql(LOG_IN, { input: { email: user.email, password: 'not the password' } });
    const unknownEmail = await app.gql(LOG_IN, { input: { email: uniqueEmail('nobody'), password: PASSWORD } });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.body).toEqual(unknownEmail.body);
  });

  it('refuses a bad or missing access token with UNAUTHENTICATED', async () => {
    expect(errorCode(await app.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(ME, {}, 'not.a.jwt'))).toBe('UNAUTHENTICATED');
    const user = await signUp(app);
    const [header, payload] = user.accessToken.split('.');
    expect(errorCode(await app.gql(ME, {}, `${header}.${payload}.forged-signature`))).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens; reusing one fails and revokes the token issued from it', async () => {
    const user = await signUp(app);
    const first = await app.gql(REFRESH, {
      t: user.refreshToken,
    });
    const child = first.body.data?.refreshSession.refreshToken as string;
    expect(child).toBeDefined();
    expect(child).not.toBe(user.refreshToken);
    const me = await app.gql(ME, {}, first.body.data?.refreshSession.accessToken);
    expect(me.body.errors).toBeUndefined();

    const reuse = await app.gql(REFRESH, { t: user.refreshToken });
    expect(errorCode(reuse)).toBe('UNAUTHENTICATED');
    // The reuse revoked the family: the child, never used, no longer works either.
    expect(errorCode(await app.gql(REFRESH, { t: child }))).toBe('UNAUTHENTICATED');
  });

  it('logs out: the session refresh token stops working', async () => {
    const user = await signUp(app);
    const out = await app.gql(LOG_OUT, {
      t: user.refreshToken,
    });
    expect(out.body.data?.logOut).toBe(true);
    expect(errorCode(await app.gql(REFRESH, { t: user.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('answers a registered address as a new one (no enumeration) and mails its owner instead', async () => {
    const user = await signUp(app);
    const fresh = await app.gql(SIGN_UP, {
      input: { email: uniqueEmail('fresh'), password: PASSWORD, name: 'Someone New' },
    });
    const before = await countRows(app, 'users');
    const again = await app.gql(SIGN_UP, {
      input: { email: user.email, password: 'another password entirely', name: 'Someone Else' },
    });
    expect(again.body).toEqual(fresh.body);
    expect(again.body).toEqual({ data: { signUp: true } });
    expect(await countRows(app, 'users')).toBe(before);
    const note = await smtp.waitFor(user.email, (m) =>
      /already have an Undersigned account/.test(m.parsed.subject ?? ''),
    );
    expect(note.parsed.text).not.toMatch(/token=/);
    // The account is untouched: the original password still logs in.
    const loggedIn = await app.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } });
    expect(loggedIn.body.errors).toBeUndefined();
  });

  describe('bad input changes nothing and answers BAD_USER_INPUT', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['a malformed email', { email: 'not-an-email', password: PASSWORD, name: 'X' }],
      ['a short password', { email: 'short@example.org', password: 'short', name: 'X' }],
      ['an empty name', { email: 'empty@example.org', password: PASSWORD, name: '   ' }],
      ['a 10 kB name', { email: 'long@example.org', password: PASSWORD, name: 'n'.repeat(10_240) }],
      ['a wrong type', { email: 'type@example.org', password: 12345678901, name: 'X' }],
      ['an unknown field', { email: 'field@example.org', password: PASSWORD, name: 'X', admin: true }],
      ['a missing field', { email: 'missing@example.org', password: PASSWORD }],
    ];
    it.each(cases)('%s', async (_label, input) => {
      const before = await countRows(app, 'users');
      // The variables are deliberately invalid against the schema: sent untyped.
      const response = await app.gql(SIGN_UP.toString(), { input });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(await countRows(app, 'users')).toBe(before);
      expect(response.text).not.toMatch(/\bat \S+\.(ts|js):\d+|stacktrace|SELECT |INSERT /i);
    });
  });
});
