import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { graphql } from './gql';
import { enableTwoFactor, logIn, nextCode, REFRESH_SESSION } from './support/accounts';
import {
  ENDORSE_LETTER,
  endorseInput,
  memberOf,
  openLetter,
  organisationWithOwner,
  REVISE_LETTER,
  signUp,
  type TestUser,
} from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { SoftAuthenticator, type Tamper } from './support/soft-authenticator';
import { errorCode, startTestApp, type TestApp } from './support/test-app';

/**
 * Passkeys (issue 23): registering and signing in with a WebAuthn credential, verified by
 * @simplewebauthn/server against answers of a software authenticator holding real P-256 keys, and
 * what a server must refuse: a replayed answer, a reused challenge, another origin or relying party,
 * a counter gone backwards. Then organisations that require a passkey sign-in.
 */
const PUBLIC_URL = 'https://undersigned.example';

export const START_PASSKEY_REGISTRATION = graphql(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration
  }
`);
export const FINISH_PASSKEY_REGISTRATION = graphql(`
  mutation FinishPasskeyRegistration($response: String!, $name: String) {
    finishPasskeyRegistration(response: $response, name: $name) {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`);
export const START_PASSKEY_LOG_IN = graphql(`
  mutation StartPasskeyLogIn($email: String) {
    startPasskeyLogIn(email: $email)
  }
`);
export const FINISH_PASSKEY_LOG_IN = graphql(`
  mutation FinishPasskeyLogIn($response: String!) {
    finishPasskeyLogIn(response: $response) {
      accessToken
      refreshToken
      user {
        id
      }
    }
  }
`);
const REMOVE_PASSKEY = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(passkeyId: $id)
  }
`);
const MY_PASSKEYS = graphql(`
  query MyPasskeys {
    me {
      id
      passkeys {
        id
        name
        lastUsedAt
      }
    }
    sessions {
      current
      methods
    }
  }
`);
const REQUIRE_PHISHING_RESISTANT = graphql(`
  mutation RequirePhishingResistant($id: ID!, $on: Boolean) {
    setOrganisationSecurity(organisationId: $id, requirePhishingResistant: $on) {
      id
      requireTwoFactor
      requirePhishingResistant
    }
  }
`);
const LEAD_ENDORSEMENTS = graphql(`
  query LeadEndorsements($id: ID!) {
    letter(id: $id) {
      endorsements {
        totalCount
        edges {
          node {
            displayName
            anonymous
          }
        }
      }
    }
  }
`);

describe('passkeys', () => {
  const smtp = new SmtpSink();
  let app: TestApp;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL });
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  /** Registers a passkey of `authenticator` for the user signed in with `token`; answers its id. */
  async function register(token: string, authenticator: SoftAuthenticator, name = 'Laptop'): Promise<string> {
    const started = await app.gql(START_PASSKEY_REGISTRATION, {}, token);
    const options = JSON.parse(
      started.body.data?.startPasskeyRegistration ?? 'null',
    ) as PublicKeyCredentialCreationOptionsJSON | null;
    if (!options) throw new Error(`startPasskeyRegistration failed: ${started.text}`);
    const response = await authenticator.create(options, PUBLIC_URL);
    const finished = await app.gql(FINISH_PASSKEY_REGISTRATION, { response: JSON.stringify(response), name }, token);
    const passkey = finished.body.data?.finishPasskeyRegistration;
    if (!passkey) throw new Error(`finishPasskeyRegistration failed: ${finished.text}`);
    return passkey.id;
  }

  async function logInOptions(email?: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
    const started = await app.gql(START_PASSKEY_LOG_IN, email ? { email } : {});
    const options = started.body.data?.startPasskeyLogIn;
    if (!options) throw new Error(`startPasskeyLogIn failed: ${started.text}`);
    return JSON.parse(options) as PublicKeyCredentialRequestOptionsJSON;
  }

  /** A passkey sign-in's answer, as a browser at `origin` (PUBLIC_URL's, unless tampered) sends it. */
  async function answer(authenticator: SoftAuthenticator, tamper: Tamper = {}, email?: string): Promise<string> {
    return JSON.stringify(await authenticator.get(await logInOptions(email), PUBLIC_URL, tamper));
  }

  function finish(response: string, userAgent = 'Passkey browser') {
    return app.gql(FINISH_PASSKEY_LOG_IN, { response }, undefined, { 'User-Agent': userAgent });
  }

  async function passkeyToken(authenticator: SoftAuthenticator): Promise<string> {
    const signedIn = await finish(await answer(authenticator));
    const token = signedIn.body.data?.finishPasskeyLogIn.accessToken;
    if (!token) throw new Error(`finishPasskeyLogIn failed: ${signedIn.text}`);
    return token;
  }

  async function withPasskey(name: string): Promise<{ user: TestUser; authenticator: SoftAuthenticator }> {
    const user = await signUp(app, name);
    await app.sql.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [user.id]);
    const authenticator = new SoftAuthenticator();
    await register(user.accessToken, authenticator);
    return { user, authenticator };
  }

  it('registers a passkey, lists it, and signs in with it as a discoverable credential: a passkey session', async () => {
    const { user, authenticator } = await withPasskey('Passkey Holder');
    const listed = await app.gql(MY_PASSKEYS, {}, user.accessToken);
    expect(listed.body.data?.me.passkeys).toEqual([{ id: expect.any(String), name: 'Laptop', lastUsedAt: null }]);
    const { rows } = await app.sql.query<{ credential_id: string; counter: string }>(
      'SELECT credential_id, counter FROM passkeys WHERE user_id = $1',
      [user.id],
    );
    expect(rows).toEqual([{ credential_id: authenticator.credentials[0].id.toString('base64url'), counter: '0' }]);

    // No email typed: the options name no credential, and the answer carries the user handle.
    const options = await logInOptions();
    expect(options.allowCredentials ?? []).toEqual([]);
    expect(options.userVerification).toBe('required');
    expect(options.rpId).toBe('undersigned.example');
    const signedIn = await finish(JSON.stringify(await authenticator.get(options, PUBLIC_URL)), 'A new phone');
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data?.finishPasskeyLogIn.user.id).toBe(user.id);
    const token = signedIn.body.data?.finishPasskeyLogIn.accessToken as string;
    const after = await app.gql(MY_PASSKEYS, {}, token);
    expect(after.body.data?.sessions.find((session) => session.current)?.methods).toEqual(['passkey']);
    expect(after.body.data?.me.passkeys[0].lastUsedAt).not.toBeNull();

    // The new device is mailed, saying how it signed in; so was the new passkey.
    const mail = await smtp.waitFor(user.email, (m) => /new device/i.test(m.parsed.subject ?? ''));
    expect(mail.parsed.text).toContain('signed in with a passkey');
    await smtp.waitFor(user.email, (m) => /passkey was added/i.test(m.parsed.subject ?? ''));

    // Another user's session never sees them.
    const other = await signUp(app, 'Someone else');
    expect((await app.gql(MY_PASSKEYS, {}, other.accessToken)).body.data?.me.passkeys).toEqual([]);
  });

  it('with an email, answers exactly as without one (no credential ids): whether the address has an account or passkeys stays unknown', async () => {
    const { user, authenticator } = await withPasskey('Email Passkey');
    await register(await passkeyToken(authenticator), new SoftAuthenticator(), 'Second key'); // a list of ids would show two
    const withoutPasskey = await signUp(app, 'No Passkey');
    const shapes = new Set<string>();
    for (const email of [user.email, withoutPasskey.email, 'nobody-at-all@example.org', undefined]) {
      const options = await logInOptions(email);
      // Every passkey here is discoverable (residentKey required): no list of the account's
      // credential ids, which would tell an adversary that the address has an account, how many
      // keys it holds, and ids a seized key could be matched against.
      expect(options.allowCredentials ?? []).toEqual([]);
      expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
      shapes.add(JSON.stringify({ ...options, challenge: 'x' }));
    }
    expect(shapes.size).toBe(1);

    // The account's own passkey answers a challenge asked for with its address.
    const own = await logInOptions(user.email);
    const signedIn = await finish(JSON.stringify(await authenticator.get(own, PUBLIC_URL)));
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data?.finishPasskeyLogIn.user.id).toBe(user.id);
    // A challenge asked for with another address is not answered by this account's passkey.
    for (const email of [withoutPasskey.email, 'nobody-at-all@example.org']) {
      const foreign = await authenticator.get(await logInOptions(email), PUBLIC_URL);
      expect(errorCode(await finish(JSON.stringify(foreign)))).toBe('UNAUTHENTICATED');
    }
    const other = await withPasskey('Other Passkey');
    const othersChallenge = await authenticator.get(await logInOptions(other.user.email), PUBLIC_URL);
    expect(errorCode(await finish(JSON.stringify(othersChallenge)))).toBe('UNAUTHENTICATED');
  });

  it('refuses a credential id another account holds (a crafted authenticator claiming it with its own key): the holder keeps it', async () => {
    const { user, authenticator } = await withPasskey('Id Holder');
    const taken = authenticator.credentials[0].id;
    const before = await app.sql.query('SELECT user_id, public_key FROM passkeys WHERE credential_id = $1', [
      taken.toString('base64url'),
    ]);
    const thief = await signUp(app, 'Id Thief');
    await app.sql.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [thief.id]);
    const options = JSON.parse(
      (await app.gql(START_PASSKEY_REGISTRATION, {}, thief.accessToken)).body.data?.startPasskeyRegistration ?? 'null',
    ) as PublicKeyCredentialCreationOptionsJSON;
    const crafted = new SoftAuthenticator();
    const response = await crafted.create(options, PUBLIC_URL, { credentialId: taken });
    const refused = await app.gql(
      FINISH_PASSKEY_REGISTRATION,
      { response: JSON.stringify(response) },
      thief.accessToken,
    );
    expect(errorCode(refused)).toBe('CONFLICT');
    const after = await app.sql.query('SELECT user_id, public_key FROM passkeys WHERE credential_id = $1', [
      taken.toString('base64url'),
    ]);
    expect(after.rows).toEqual(before.rows);
    expect((await app.sql.query('SELECT 1 FROM passkeys WHERE user_id = $1', [thief.id])).rowCount).toBe(0);
    // The crafted key, answering with the holder's credential id, signs in as nobody; the holder's still signs in.
    expect(errorCode(await finish(JSON.stringify(await crafted.get(await logInOptions(), PUBLIC_URL))))).toBe(
      'UNAUTHENTICATED',
    );
    const signedIn = await finish(JSON.stringify(await authenticator.get(await logInOptions(), PUBLIC_URL)));
    expect(signedIn.body.data?.finishPasskeyLogIn.user.id).toBe(user.id);
  });

  it('refuses a replayed answer and a reused challenge', async () => {
    const { authenticator } = await withPasskey('Replay Target');
    const options = await logInOptions();
    const response = JSON.stringify(await authenticator.get(options, PUBLIC_URL));
    expect((await finish(response)).body.errors).toBeUndefined();
    // The very same answer again.
    expect(errorCode(await finish(response))).toBe('UNAUTHENTICATED');
    // A fresh, validly signed answer (counter moved on) to the challenge already answered.
    const reused = JSON.stringify(await authenticator.get(options, PUBLIC_URL));
    expect(errorCode(await finish(reused))).toBe('UNAUTHENTICATED');
    // Concurrent answers to one challenge: one at most gets in.
    const racing = await logInOptions();
    const answers = await Promise.all([authenticator.get(racing, PUBLIC_URL), authenticator.get(racing, PUBLIC_URL)]);
    const results = await Promise.all(answers.map((one) => finish(JSON.stringify(one))));
    expect(results.filter((result) => !result.body.errors)).toHaveLength(1);

    // A registration challenge is single-use too.
    const user = await signUp(app, 'Registers Twice');
    await app.sql.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [user.id]);
    const started = await app.gql(START_PASSKEY_REGISTRATION, {}, user.accessToken);
    const creation = JSON.parse(
      started.body.data?.startPasskeyRegistration as string,
    ) as PublicKeyCredentialCreationOptionsJSON;
    const first = await new SoftAuthenticator().create(creation, PUBLIC_URL);
    const second = await new SoftAuthenticator().create(creation, PUBLIC_URL);
    const ok = await app.gql(FINISH_PASSKEY_REGISTRATION, { response: JSON.stringify(first) }, user.accessToken);
    expect(ok.body.data?.finishPasskeyRegistration.name).toBe('Passkey 1');
    const refused = await app.gql(FINISH_PASSKEY_REGISTRATION, { response: JSON.stringify(second) }, user.accessToken);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((await app.sql.query('SELECT 1 FROM passkeys WHERE user_id = $1', [user.id])).rowCount).toBe(1);
  });

  it('refuses an answer for another origin or another relying party, and one without user verification', async () => {
    const { authenticator } = await withPasskey('Phishing Target');
    // Signed in from this device once: its failures below are not throttled (see the next test).
    expect((await finish(await answer(authenticator))).body.errors).toBeUndefined();
    // A look-alike page relaying the real challenge: the browser writes the page's own origin.
    expect(errorCode(await finish(await answer(authenticator, { origin: 'https://undersigned.example.evil' })))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await finish(await answer(authenticator, { origin: 'http://undersigned.example' })))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await finish(await answer(authenticator, { rpId: 'evil.example' })))).toBe('UNAUTHENTICATED');
    expect(errorCode(await finish(await answer(authenticator, { withoutUserVerification: true })))).toBe(
      'UNAUTHENTICATED',
    );
    // Registering from another origin is refused too, and keeps nothing.
    const user = await signUp(app, 'Registers Elsewhere');
    await app.sql.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [user.id]);
    const started = await app.gql(START_PASSKEY_REGISTRATION, {}, user.accessToken);
    const creation = JSON.parse(
      started.body.data?.startPasskeyRegistration as string,
    ) as PublicKeyCredentialCreationOptionsJSON;
    const phished = await new SoftAuthenticator().create(creation, PUBLIC_URL, { origin: 'https://evil.example' });
    const refused = await app.gql(FINISH_PASSKEY_REGISTRATION, { response: JSON.stringify(phished) }, user.accessToken);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((await app.sql.query('SELECT 1 FROM passkeys WHERE user_id = $1', [user.id])).rowCount).toBe(0);
    // The same authenticator, answering honestly, still gets in.
    expect((await finish(await answer(authenticator))).body.errors).toBeUndefined();
  });

  it('throttles failed passkey sign-ins of an account from a device it never used, as password log-ins', async () => {
    const { authenticator } = await withPasskey('Throttled');
    for (let attempt = 0; attempt < 3; attempt++) {
      const phished = await answer(authenticator, { origin: 'https://evil.example' });
      expect(errorCode(await finish(phished, 'Unknown device'))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await finish(await answer(authenticator), 'Unknown device'))).toBe('RATE_LIMITED');
  });

  it('refuses a signature counter that goes backwards (a cloned key)', async () => {
    const { user, authenticator } = await withPasskey('Cloned Key');
    expect((await finish(await answer(authenticator, { counter: 5 }))).body.errors).toBeUndefined();
    expect(errorCode(await finish(await answer(authenticator, { counter: 3 })))).toBe('UNAUTHENTICATED');
    expect(errorCode(await finish(await answer(authenticator, { counter: 5 })))).toBe('UNAUTHENTICATED');
    expect(errorCode(await finish(await answer(authenticator, { counter: 0 })))).toBe('UNAUTHENTICATED');
    const { rows } = await app.sql.query<{ counter: string }>('SELECT counter FROM passkeys WHERE user_id = $1', [
      user.id,
    ]);
    expect(rows[0].counter).toBe('5');
    expect((await finish(await answer(authenticator, { counter: 6 }))).body.errors).toBeUndefined();
  });

  it('refuses an expired challenge, and registration without a recent sign-in', async () => {
    const { user, authenticator } = await withPasskey('Slow Answer');
    const options = await logInOptions();
    await app.sql.query(
      `UPDATE passkey_challenges SET created_at = now() - interval '6 minutes', expires_at = now() - interval '1 minute'
       WHERE challenge = $1`,
      [options.challenge],
    );
    expect(errorCode(await finish(JSON.stringify(await authenticator.get(options, PUBLIC_URL))))).toBe(
      'UNAUTHENTICATED',
    );
    await app.sql.query(`UPDATE sessions SET authenticated_at = now() - interval '10 minutes' WHERE user_id = $1`, [
      user.id,
    ]);
    expect(errorCode(await app.gql(START_PASSKEY_REGISTRATION, {}, user.accessToken))).toBe(
      'REAUTHENTICATION_REQUIRED',
    );
  });

  it('with requirePhishingResistant, a password + TOTP session reads but neither acts nor sees unnamed signatories; a passkey session does', async () => {
    const lead = await organisationWithOwner(app);
    const letter = await openLetter(app, lead);
    const coordinator = await memberOf(app, lead, 'COORDINATOR');
    const { secret } = await enableTwoFactor(app, coordinator.token);
    const authenticator = new SoftAuthenticator();
    await register(coordinator.token, authenticator);
    const signer = await organisationWithOwner(app);
    const unnamed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.letterId, signer.organisationId, letter.contentHash, { anonymous: true }),
      signer.token,
    );
    expect(unnamed.body.errors).toBeUndefined();

    // Only an OWNER sets it; an OWNER keeps the other setting as it was.
    expect(
      errorCode(await app.gql(REQUIRE_PHISHING_RESISTANT, { id: lead.organisationId, on: true }, coordinator.token)),
    ).toBe('FORBIDDEN');
    const set = await app.gql(REQUIRE_PHISHING_RESISTANT, { id: lead.organisationId, on: true }, lead.token);
    expect(set.body.data?.setOrganisationSecurity).toEqual({
      id: lead.organisationId,
      requireTwoFactor: false,
      requirePhishingResistant: true,
    });
    expect(errorCode(await app.gql(REQUIRE_PHISHING_RESISTANT, { id: lead.organisationId }, lead.token))).toBe(
      'BAD_USER_INPUT',
    );

    const totp = (await logIn(app, coordinator.email, { code: nextCode(secret), userAgent: 'Office' })).body.data?.logIn
      .accessToken as string;
    expect((await app.gql(MY_PASSKEYS, {}, totp)).body.data?.sessions.find((s) => s.current)?.methods).toEqual([
      'password',
      'totp',
    ]);
    const revise = (token: string) =>
      app.gql(REVISE_LETTER, { input: { letterId: letter.letterId, body: 'A revised text.', material: true } }, token);
    expect(errorCode(await revise(totp))).toBe('FORBIDDEN');
    expect(
      (await app.sql.query('SELECT 1 FROM letter_versions WHERE letter_id = $1', [letter.letterId])).rowCount,
    ).toBe(1);
    const hidden = await app.gql(LEAD_ENDORSEMENTS, { id: letter.letterId }, totp);
    expect(errorCode(hidden)).toBe('FORBIDDEN');
    expect(JSON.stringify(hidden.body.data ?? null)).not.toContain('anonymous":true');

    // Signed in with the passkey, the same coordinator acts and sees the unnamed signatory.
    const passkey = await passkeyToken(authenticator);
    const shown = await app.gql(LEAD_ENDORSEMENTS, { id: letter.letterId }, passkey);
    expect(shown.body.errors).toBeUndefined();
    expect(shown.body.data?.letter?.endorsements.edges.map((edge) => edge.node.anonymous)).toEqual([true]);
    expect((await revise(passkey)).body.errors).toBeUndefined();
  });

  it('a phished password + TOTP session cannot add the phisher’s passkey to an account that holds one: only a passkey session adds another', async () => {
    const lead = await organisationWithOwner(app);
    const coordinator = await memberOf(app, lead, 'COORDINATOR');
    const { secret } = await enableTwoFactor(app, coordinator.token);
    const own = new SoftAuthenticator();
    await register(coordinator.token, own, 'Own key'); // the first: from any recent sign-in
    await app.gql(REQUIRE_PHISHING_RESISTANT, { id: lead.organisationId, on: true }, lead.token);

    // The phisher relays the password and a code: a fresh (recent) session, read-only for the organisation…
    const phished = (await logIn(app, coordinator.email, { code: nextCode(secret), userAgent: 'Phisher' })).body.data
      ?.logIn.accessToken as string;
    // …that must not become a passkey session by adding the phisher's own passkey.
    const started = await app.gql(START_PASSKEY_REGISTRATION, {}, phished);
    expect(errorCode(started)).toBe('REAUTHENTICATION_REQUIRED');
    expect(started.body.errors?.[0].message).toMatch(/passkey/i);
    expect((await app.sql.query('SELECT 1 FROM passkeys WHERE user_id = $1', [coordinator.userId])).rowCount).toBe(1);
    expect(
      (await app.sql.query('SELECT 1 FROM passkey_challenges WHERE user_id = $1', [coordinator.userId])).rowCount,
    ).toBe(0);

    // A challenge handed out before the account held a passkey does not let a password session add a second one.
    const other = await signUp(app, 'Two Tabs');
    await app.sql.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [other.id]);
    const early = JSON.parse(
      (await app.gql(START_PASSKEY_REGISTRATION, {}, other.accessToken)).body.data?.startPasskeyRegistration ?? 'null',
    ) as PublicKeyCredentialCreationOptionsJSON;
    const otherKey = new SoftAuthenticator();
    await register(other.accessToken, otherKey, 'First');
    const late = await app.gql(
      FINISH_PASSKEY_REGISTRATION,
      { response: JSON.stringify(await new SoftAuthenticator().create(early, PUBLIC_URL)), name: 'Phisher' },
      other.accessToken,
    );
    expect(errorCode(late)).toBe('REAUTHENTICATION_REQUIRED');
    expect((await app.sql.query('SELECT 1 FROM passkeys WHERE user_id = $1', [other.id])).rowCount).toBe(1);

    // Signed in with the passkey it holds, the owner adds another.
    await register(await passkeyToken(own), new SoftAuthenticator(), 'Spare key');
    expect((await app.sql.query('SELECT 1 FROM passkeys WHERE user_id = $1', [coordinator.userId])).rowCount).toBe(2);
  });

  it('a refreshed session keeps how it began: a passkey session stays one, a password session that registered a passkey stays a password session', async () => {
    const lead = await organisationWithOwner(app);
    const owner = lead.user; // signed up with the password: a password session
    const authenticator = new SoftAuthenticator();
    await register(owner.accessToken, authenticator);
    const methodsOf = async (token: string) =>
      (await app.gql(MY_PASSKEYS, {}, token)).body.data?.sessions.find((session) => session.current)?.methods;
    const refresh = async (refreshToken: string) => {
      const refreshed = await app.gql(REFRESH_SESSION, { t: refreshToken });
      const tokens = refreshed.body.data?.refreshSession;
      if (!tokens) throw new Error(`refreshSession failed: ${refreshed.text}`);
      return tokens;
    };

    const password = await refresh(owner.refreshToken);
    expect(await methodsOf(password.accessToken)).toEqual(['password']);
    const signedIn = await finish(JSON.stringify(await authenticator.get(await logInOptions(), PUBLIC_URL)));
    const passkey = await refresh(signedIn.body.data?.finishPasskeyLogIn.refreshToken as string);
    expect(await methodsOf(passkey.accessToken)).toEqual(['passkey']);
    expect(
      (await app.gql(REQUIRE_PHISHING_RESISTANT, { id: lead.organisationId, on: true }, passkey.accessToken)).body
        .errors,
    ).toBeUndefined();
    // The refreshed password session is read-only for the organisation now; the refreshed passkey one acts.
    expect(
      errorCode(
        await app.gql(REQUIRE_PHISHING_RESISTANT, { id: lead.organisationId, on: false }, password.accessToken),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await app.gql(REQUIRE_PHISHING_RESISTANT, { id: lead.organisationId, on: false }, passkey.accessToken)).body
        .errors,
    ).toBeUndefined();
  });

  it('removes a passkey after a recent sign-in; the last one of a member of a strict organisation only from a fresh passkey sign-in', async () => {
    const lead = await organisationWithOwner(app);
    const owner = lead.user;
    const authenticator = new SoftAuthenticator();
    const first = await register(owner.accessToken, authenticator, 'Key one');
    const second = await register(await passkeyToken(authenticator), new SoftAuthenticator(), 'Key two');
    await app.gql(REQUIRE_PHISHING_RESISTANT, { id: lead.organisationId, on: true }, await passkeyToken(authenticator));

    // Not the last: a recent sign-in is enough. Another account's: NOT_FOUND.
    const stranger = await signUp(app, 'Stranger');
    expect(errorCode(await app.gql(REMOVE_PASSKEY, { id: second }, stranger.accessToken))).toBe('NOT_FOUND');
    expect((await app.gql(REMOVE_PASSKEY, { id: second }, owner.accessToken)).body.data?.removePasskey).toBe(true);

    // The last: the password session (recent as it is) is refused, and so is a passkey session grown old.
    const refused = await app.gql(REMOVE_PASSKEY, { id: first }, owner.accessToken);
    expect(errorCode(refused)).toBe('REAUTHENTICATION_REQUIRED');
    expect(refused.body.errors?.[0].message).toMatch(/sign in again with this passkey/);
    const stale = await passkeyToken(authenticator);
    await app.sql.query(
      `UPDATE sessions SET created_at = now() - interval '10 minutes' WHERE user_id = $1 AND 'passkey' = ANY(methods)`,
      [owner.id],
    );
    expect(errorCode(await app.gql(REMOVE_PASSKEY, { id: first }, stale))).toBe('REAUTHENTICATION_REQUIRED');
    expect((await app.sql.query('SELECT 1 FROM passkeys WHERE user_id = $1', [owner.id])).rowCount).toBe(1);
    const fresh = await passkeyToken(authenticator);
    expect((await app.gql(REMOVE_PASSKEY, { id: first }, fresh)).body.data?.removePasskey).toBe(true);
    expect((await app.sql.query('SELECT 1 FROM passkeys WHERE user_id = $1', [owner.id])).rowCount).toBe(0);
  });

  it('mails the owner when a recovery code is used', async () => {
    const user = await signUp(app, 'Lost Phone');
    const { recoveryCodes } = await enableTwoFactor(app, user.accessToken);
    const signedIn = await logIn(app, user.email, { code: recoveryCodes[0] });
    expect(signedIn.body.errors).toBeUndefined();
    const mail = await smtp.waitFor(user.email, (m) => /recovery code .* was used/i.test(m.parsed.subject ?? ''));
    expect(mail.parsed.text).toContain('9 unused codes remain');
  });
});
