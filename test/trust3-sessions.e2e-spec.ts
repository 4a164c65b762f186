import { createClient, type Client } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { graphql } from './gql';
import type { SessionMethodsQuery } from './gql/graphql';
import {
  enableTwoFactor as enableTwoFactorFor,
  logIn as logInFrom,
  ME,
  nextCode,
  REFRESH_SESSION,
  REVOKE_SESSION,
} from './support/accounts';
import { eventually } from './support/eventually';
import {
  addRecipient,
  ENDORSE_LETTER,
  endorseInput,
  memberOf,
  openLetter,
  organisationWithOwner,
  REVISE_LETTER,
  signUp,
  versionCount,
  type OrganisationOwner,
} from './support/factories';
import { subscribe } from './support/subscriptions';
import { CONFIRM, setPetition, signAs } from './support/petitions';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';

const INVITE_ENDORSERS = graphql(`
  mutation InviteEndorsers($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);
const LETTER = graphql(`
  query Letter($id: ID!) {
    letter(id: $id) {
      id
    }
  }
`);

const LOG_OUT = graphql(`
  mutation LogOut($t: String!) {
    logOut(refreshToken: $t)
  }
`);
const SESSIONS = graphql(`
  query SessionMethods {
    sessions {
      id
      current
      methods
    }
  }
`);
const SECURITY = graphql(`
  mutation RequireTwoFactor($id: ID!) {
    setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {
      id
    }
  }
`);
const ADMIN_EMAIL = 'platform.admin@example.org';
const UPSERT = graphql(`
  mutation UpsertTargets($input: [TargetInput!]!) {
    upsertTargets(input: $input) {
      id
    }
  }
`);

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

describe('trust, round 3: sessions end when they should, and two-factor is a property of the session', () => {
  let app: TestApp;
  const smtp = new SmtpSink();
  const clients: Client[] = [];

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({
      WORKER: 'on',
      SMTP_URL: smtp.url,
      TRUST_PROXY: '1',
      COUNT_FOLD_INTERVAL_MS: '200',
      PLATFORM_ADMIN_EMAILS: ADMIN_EMAIL,
    });
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await app.close();
    await smtp.stop();
  });

  async function logIn(email: string, code?: string, userAgent?: string): Promise<Tokens> {
    const response = await logInFrom(app, email, { code, userAgent });
    const payload = response.body.data?.logIn;
    if (!payload) throw new Error(`logIn failed: ${response.text}`);
    return payload;
  }

  /** Turns two-factor on from the session of `token`; returns the secret. */
  const enableTwoFactor = async (token: string): Promise<string> => (await enableTwoFactorFor(app, token)).secret;

  async function currentSession(token: string): Promise<SessionMethodsQuery['sessions'][number]> {
    const listed = await app.gql(SESSIONS, {}, token);
    const current = listed.body.data?.sessions.find((session) => session.current);
    if (!current) throw new Error(`no current session: ${listed.text}`);
    return current;
  }

  /** An organisation requiring two-factor, its OWNER signed in with a code; a letter it leads, opened. */
  async function strictLead(): Promise<{ lead: OrganisationOwner; letterId: string; slug: string; hash: string }> {
    const lead = await organisationWithOwner(app);
    await enableTwoFactor(lead.token);
    const set = await app.gql(SECURITY, { id: lead.organisationId }, lead.token);
    if (set.body.errors) throw new Error(set.text);
    const letter = await openLetter(app, lead);
    return { lead, letterId: letter.letterId, slug: letter.slug, hash: letter.contentHash };
  }

  const revise = (letterId: string, token: string, body: string) =>
    app.gql(REVISE_LETTER, { input: { letterId, body, material: true } }, token);

  const versions = (letterId: string): Promise<number> => versionCount(app, letterId);

  describe('defect 3: two-factor bypassed from an old session', () => {
    it('a phished password-only session is ended when its victim turns two-factor on, and never acts, refreshed or not', async () => {
      const { lead, letterId } = await strictLead();
      const coordinator = await memberOf(app, lead, 'COORDINATOR');

      // The attacker logs in with the phished password: FORBIDDEN to act, as designed.
      const attacker = await logIn(coordinator.email, undefined, 'Attacker browser');
      expect((await currentSession(attacker.accessToken)).methods).toEqual(['password']);
      expect(errorCode(await revise(letterId, attacker.accessToken, 'Hijacked text.'))).toBe('FORBIDDEN');

      // The coordinator turns two-factor on from their own session.
      await enableTwoFactor(coordinator.token);

      // The attacker's session is over: its access token is refused on its next request, its
      // refresh token gives nothing, and nothing it tries is done.
      expect(errorCode(await app.gql(ME, {}, attacker.accessToken))).toBe('UNAUTHENTICATED');
      const refreshed = await app.gql(REFRESH_SESSION, { t: attacker.refreshToken });
      expect(errorCode(refreshed)).toBe('UNAUTHENTICATED');
      expect(refreshed.body.data?.refreshSession).toBeFalsy();
      expect(errorCode(await revise(letterId, attacker.accessToken, 'Hijacked text.'))).toBe('UNAUTHENTICATED');
      expect(await versions(letterId)).toBe(1);

      // The coordinator's own session proved a code: it acts. A new log-in records its methods.
      expect((await currentSession(coordinator.token)).methods).toEqual(['password', 'totp']);
      expect((await revise(letterId, coordinator.token, 'A coordinated text.')).body.errors).toBeUndefined();
      const { rows } = await app.sql.query<{ methods: string[] }>(
        `SELECT methods FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`,
        [coordinator.userId],
      );
      expect(rows.map((row) => row.methods)).toEqual([['password', 'totp']]);
    });

    it('a password-only session never acts where two-factor is required, whatever it refreshes', async () => {
      const { lead, letterId, hash } = await strictLead();
      const coordinator = await memberOf(app, lead, 'COORDINATOR');
      const signer = await organisationWithOwner(app);
      const session = await logIn(coordinator.email, undefined, 'Old laptop');
      const signerSession = await logIn(signer.email, undefined, 'Old laptop');
      await app.sql.query('UPDATE organisations SET require_two_factor = true WHERE id = $1', [signer.organisationId]);
      // Two-factor turned on for both accounts while these sessions live (as a restore from a
      // backup, or any path but confirmTwoFactor, would leave them): the user has it, the session not.
      await app.sql.query(
        `UPDATE users SET two_factor_secret = 'not-a-real-secret', two_factor_enabled_at = now() WHERE id = ANY($1)`,
        [[coordinator.userId, signer.userId]],
      );

      let tokens = session;
      let signerTokens = signerSession;
      for (let round = 0; round < 2; round++) {
        const next = (await app.gql(REFRESH_SESSION, { t: tokens.refreshToken })).body.data;
        const nextSigner = (await app.gql(REFRESH_SESSION, { t: signerTokens.refreshToken })).body.data;
        if (!next || !nextSigner) throw new Error('refreshSession failed');
        tokens = next.refreshSession;
        signerTokens = nextSigner.refreshSession;
        expect((await currentSession(tokens.accessToken)).methods).toEqual(['password']);
        expect(errorCode(await revise(letterId, tokens.accessToken, `Round ${round}.`))).toBe('FORBIDDEN');
        expect(
          errorCode(
            await app.gql(
              ENDORSE_LETTER,
              endorseInput(letterId, signer.organisationId, hash),
              signerTokens.accessToken,
            ),
          ),
        ).toBe('FORBIDDEN');
      }
      expect(await versions(letterId)).toBe(1);
      const { rows } = await app.sql.query('SELECT 1 FROM endorsements WHERE letter_id = $1', [letterId]);
      expect(rows).toHaveLength(0);
    });

    it('a platform admin acts only in a session begun with two-factor (PLATFORM_ADMIN_TWO_FACTOR=required)', async () => {
      const admin = await signUp(app, 'Platform admin', ADMIN_EMAIL);
      const input = [{ externalId: 'trust3-1', name: 'An MP', areaCode: 'E14001465', areaType: 'WMC' }];
      expect(errorCode(await app.gql(UPSERT, { input }, admin.accessToken))).toBe('FORBIDDEN');
      const phone = await logIn(ADMIN_EMAIL, undefined, 'Phone');

      const secret = await enableTwoFactor(admin.accessToken);
      // The session that turned it on proved a code; the other one was ended.
      expect((await app.gql(UPSERT, { input }, admin.accessToken)).body.errors).toBeUndefined();
      expect(errorCode(await app.gql(UPSERT, { input }, phone.accessToken))).toBe('UNAUTHENTICATED');
      // A password-only session of an account with two-factor on (set outside this API) is refused.
      const passwordOnly = await logIn(ADMIN_EMAIL, nextCode(secret), 'Laptop');
      await app.sql.query(`UPDATE sessions SET methods = '{password}' WHERE user_id = $1 AND user_agent = 'Laptop'`, [
        admin.id,
      ]);
      const refreshed = (await app.gql(REFRESH_SESSION, { t: passwordOnly.refreshToken })).body.data?.refreshSession;
      if (!refreshed) throw new Error('refreshSession failed');
      expect(errorCode(await app.gql(UPSERT, { input }, refreshed.accessToken))).toBe('FORBIDDEN');
    });
  });

  describe('revoked sessions are refused at once', () => {
    it('revokeSession: the revoked session is refused on its next request, the others go on', async () => {
      const user = await signUp(app, 'Two devices');
      const laptop = await logIn(user.email, undefined, 'Laptop');
      const phone = await logIn(user.email, undefined, 'Phone');
      expect((await app.gql(ME, {}, laptop.accessToken)).body.errors).toBeUndefined(); // in use, perhaps cached
      const laptopSession = await currentSession(laptop.accessToken);

      const revoked = await app.gql(REVOKE_SESSION, { id: laptopSession.id }, phone.accessToken);
      expect(revoked.body.data?.revokeSession).toBe(true);
      expect(errorCode(await app.gql(ME, {}, laptop.accessToken))).toBe('UNAUTHENTICATED');
      const csv = await request(app.url)
        .get('/letters/x/supporters.csv')
        .set('Authorization', `Bearer ${laptop.accessToken}`);
      expect(csv.status).toBe(401);
      expect((await app.gql(ME, {}, phone.accessToken)).body.errors).toBeUndefined();
      expect((await app.gql(ME, {}, user.accessToken)).body.errors).toBeUndefined();
    });

    it('logOut: the access token of the session stops at once', async () => {
      const user = await signUp(app, 'Leaving');
      const session = await logIn(user.email);
      expect((await app.gql(ME, {}, session.accessToken)).body.errors).toBeUndefined();
      expect((await app.gql(LOG_OUT, { t: session.refreshToken })).body.data?.logOut).toBe(true);
      expect(errorCode(await app.gql(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
      expect((await app.gql(ME, {}, user.accessToken)).body.errors).toBeUndefined();
    });

    it('a subscription of a revoked session stops', async () => {
      const lead = await organisationWithOwner(app);
      const letter = await openLetter(app, lead);
      const watcher = await logIn(lead.email, undefined, 'Watching tab');
      const events: unknown[] = [];
      let ended = false;
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${watcher.accessToken}` },
        lazy: false,
      });
      clients.push(client);
      subscribe(
        client,
        graphql(`
          subscription LetterCountsInvited($id: ID!) {
            letterCountsChanged(letterId: $id) {
              invited
            }
          }
        `),
        { id: letter.letterId },
        { next: (message) => events.push(message.data), error: () => (ended = true), complete: () => (ended = true) },
      );
      const invite = () =>
        app.gql(
          INVITE_ENDORSERS,
          {
            input: {
              letterId: letter.letterId,
              invitees: [{ email: `invitee.${Date.now()}.${Math.random()}@example.org` }],
            },
          },
          lead.token,
        );
      await eventually(
        async () => {
          await invite();
          await new Promise((done) => setTimeout(done, 300));
          return events.length > 0;
        },
        { what: 'the subscription to be live' },
      );
      const session = await currentSession(watcher.accessToken);
      await app.gql(REVOKE_SESSION, { id: session.id }, lead.token);
      const before = events.length;
      await invite();
      await eventually(() => ended, { what: 'the revoked subscription to end' });
      expect(events).toHaveLength(before);
    });
  });

  describe("defect 5: leads' sensitive reads need a two-factor session where two-factor is required", () => {
    it('a coordinator without a two-factor session reads no unnamed signatory, supporter email or recipient contact', async () => {
      const { lead, letterId, slug, hash } = await strictLead();
      const coordinator = await memberOf(app, lead, 'COORDINATOR');
      const hidden = await organisationWithOwner(app, { name: 'Hidden Defenders Network' });
      const endorsed = await app.gql(
        ENDORSE_LETTER,
        endorseInput(letterId, hidden.organisationId, hash, { anonymous: true }),
        hidden.token,
      );
      expect(endorsed.body.errors).toBeUndefined();
      await addRecipient(app, lead, letterId, {
        name: 'The Minister',
        email: 'minister.private@gov.example',
        postalAddress: '1 Secret Street',
        role: 'TO',
        channel: 'EMAIL',
      });
      await setPetition(app, lead, { letterId, acceptSupporters: true });
      const supporterEmail = `supporter.${Date.now()}@example.org`;
      await signAs(app, letterId, { name: 'Sam Supporter', email: supporterEmail, consent: true });
      const mail = await smtp.waitFor(supporterEmail, (m) => (m.parsed.subject ?? '').startsWith('Confirm'));
      expect((await app.gql(CONFIRM, { token: tokenFrom(mail) })).body.errors).toBeUndefined();

      const ENDORSEMENTS = graphql(`
        query LetterEndorsements($id: ID!) {
          letter(id: $id) {
            id
            endorsements {
              totalCount
              edges {
                node {
                  anonymous
                  organisation {
                    name
                  }
                }
              }
            }
          }
        }
      `);
      const RECIPIENTS = graphql(`
        query LetterRecipients($id: ID!) {
          letter(id: $id) {
            recipients {
              name
              email
              postalAddress
            }
          }
        }
      `);
      const AUDIT = graphql(`
        query AuditTrail($id: ID!) {
          auditTrail(letterId: $id) {
            events {
              kind
              organisationId
            }
          }
        }
      `);

      // Without two-factor in this session: refused, or the contacts left out.
      const endorsements = await app.gql(ENDORSEMENTS, { id: letterId }, coordinator.token);
      expect(errorCode(endorsements)).toBe('FORBIDDEN');
      expect(endorsements.body.errors?.[0].message).toMatch(/two-factor/i);
      expect(endorsements.text).not.toContain('Hidden Defenders Network');
      const audit = await app.gql(AUDIT, { id: letterId }, coordinator.token);
      expect(errorCode(audit)).toBe('FORBIDDEN');
      expect(audit.text).not.toContain(hidden.organisationId);
      const csv = await request(app.url)
        .get(`/letters/${slug}/supporters.csv`)
        .set('Authorization', `Bearer ${coordinator.token}`);
      expect(csv.status).toBe(403);
      expect(csv.text).not.toContain(supporterEmail);
      const recipients = await app.gql(RECIPIENTS, { id: letterId }, coordinator.token);
      expect(recipients.body.data?.letter?.recipients).toEqual([
        { name: 'The Minister', email: null, postalAddress: null },
      ]);
      // The letter itself stays readable to them.
      expect((await app.gql(LETTER, { id: letterId }, coordinator.token)).body.data?.letter?.id).toBe(letterId);

      // The OWNER, signed in with a code, sees it all.
      const full = await app.gql(ENDORSEMENTS, { id: letterId }, lead.token);
      expect(full.body.errors).toBeUndefined();
      expect(full.text).toContain('Hidden Defenders Network');
      expect((await app.gql(AUDIT, { id: letterId }, lead.token)).text).toContain(hidden.organisationId);
      await eventually(
        async () => {
          const ownCsv = await request(app.url)
            .get(`/letters/${slug}/supporters.csv`)
            .set('Authorization', `Bearer ${lead.token}`);
          return ownCsv.status === 200 && ownCsv.text.includes(supporterEmail);
        },
        { what: "the supporter's email in the OWNER's CSV" },
      );
      expect((await app.gql(RECIPIENTS, { id: letterId }, lead.token)).text).toContain('minister.private@gov.example');

      // Once the coordinator signs in with a code, so do they.
      const secret = await enableTwoFactor(coordinator.token);
      const withCode = await logIn(coordinator.email, nextCode(secret), 'Coordinator laptop');
      expect((await app.gql(ENDORSEMENTS, { id: letterId }, withCode.accessToken)).text).toContain(
        'Hidden Defenders Network',
      );
      const coordinatorCsv = await request(app.url)
        .get(`/letters/${slug}/supporters.csv`)
        .set('Authorization', `Bearer ${withCode.accessToken}`);
      expect(coordinatorCsv.status).toBe(200);
      expect(coordinatorCsv.text).toContain(supporterEmail);
    });
  });
});
