import { createHash } from 'node:crypto';
import { createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import {
  addRecipient,
  createLetter,
  memberOf,
  organisationWithOwner,
  type OrganisationOwner,
} from './support/factories';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import { apiKeyOf, CREATE_API_KEY, REVOKE_API_KEY } from './support/api-keys';
import { subscribe } from './support/subscriptions';

// The same document as test/endorsements.e2e-spec.ts's (a public subscription anyone may make).
const COUNTS_CHANGED = graphql(`
  subscription EndorsementsCountsChanged($id: ID!) {
    letterCountsChanged(letterId: $id) {
      signed
      anonymous
      needsReconfirmation
    }
  }
`);

const API_KEYS = graphql(`
  query OrganisationApiKeys($id: ID!) {
    organisation(id: $id) {
      id
      apiKeys {
        id
        name
        lastUsedAt
      }
      members {
        id
      }
    }
  }
`);
const INVITE_MEMBER = graphql(`
  mutation KeyInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
    }
  }
`);
const SET_SECURITY = graphql(`
  mutation KeySetSecurity($id: ID!) {
    setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {
      id
    }
  }
`);
const ME = graphql(`
  query KeyMe {
    me {
      id
    }
  }
`);
const LETTER = graphql(`
  query KeyLetter($id: ID!) {
    letter(id: $id) {
      id
      title
      recipients {
        name
      }
    }
  }
`);
const CREATE_LETTER_AS_KEY = graphql(`
  mutation KeyCreateLetter($input: CreateLetterInput!) {
    createLetter(input: $input) {
      id
    }
  }
`);

describe('API keys', () => {
  let app: TestApp;
  let owner: OrganisationOwner;

  beforeAll(async () => {
    app = await startTestApp({ API_KEY_RATE_LIMIT: '40' });
    owner = await organisationWithOwner(app, { name: 'Keyholders' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('is created by an OWNER only, shown once, and stored as a SHA-256 of the token', async () => {
    const created = await app.gql(
      CREATE_API_KEY,
      { input: { organisationId: owner.organisationId, name: '  Action Network ' } },
      owner.token,
    );
    const data = created.body.data?.createApiKey;
    expect(data?.apiKey).toMatchObject({
      name: 'Action Network',
      organisationId: owner.organisationId,
      lastUsedAt: null,
    });
    expect(data?.token).toMatch(/^usk_[A-Za-z0-9_-]{43}$/);
    const { rows } = await app.sql.query<{ token_hash: string }>('SELECT token_hash FROM api_keys WHERE id = $1', [
      data?.apiKey.id,
    ]);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(data!.token).digest('hex'));
    const dump = await app.sql.query('SELECT * FROM api_keys');
    expect(JSON.stringify(dump.rows)).not.toContain(data!.token);

    const coordinator = await memberOf(app, owner, 'COORDINATOR');
    const member = await memberOf(app, owner, 'MEMBER');
    const outsider = await organisationWithOwner(app);
    const input = { input: { organisationId: owner.organisationId, name: 'mine' } };
    expect(errorCode(await app.gql(CREATE_API_KEY, input, coordinator.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CREATE_API_KEY, input, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CREATE_API_KEY, input, outsider.token))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await app.gql(CREATE_API_KEY, { input: { organisationId: owner.organisationId, name: ' ' } }, owner.token),
      ),
    ).toBe('BAD_USER_INPUT');

    // Listed to OWNERs and COORDINATORs, never with the token; a MEMBER and an outsider see none.
    const listed = async (token: string): Promise<string[]> =>
      ((await app.gql(API_KEYS, { id: owner.organisationId }, token)).body.data?.organisation?.apiKeys ?? []).map(
        (key) => key.id,
      );
    expect(await listed(owner.token)).toContain(data!.apiKey.id);
    expect(await listed(coordinator.token)).toContain(data!.apiKey.id);
    expect(await listed(member.token)).toEqual([]);
    expect(await listed(outsider.token)).toEqual([]);
    expect(errorCode(await app.gql(REVOKE_API_KEY, { apiKeyId: data!.apiKey.id }, outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(REVOKE_API_KEY, { apiKeyId: data!.apiKey.id }, coordinator.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('acts for its organisation as a COORDINATOR at most: never for members, keys, or security', async () => {
    const key = await apiKeyOf(app, owner);
    const other = await apiKeyOf(app, owner, 'the one to keep');
    // What a COORDINATOR does: read the organisation's PRIVATE letter and add a recipient to it.
    const letter = await createLetter(app, owner.user, owner.organisationId, { visibility: 'PRIVATE' });
    const read = await app.gql(LETTER, { id: letter.id }, key.token);
    expect(read.body.data?.letter?.title).toBe(letter.title);
    await addRecipient(app, { token: key.token }, letter.id, {
      name: 'Minister of Culture',
      role: 'TO',
      channel: 'EMAIL',
      email: 'minister@culture.example',
    });
    expect((await app.gql(LETTER, { id: letter.id }, key.token)).body.data?.letter?.recipients).toEqual([
      { name: 'Minister of Culture' },
    ]);

    // What an OWNER (or a person) does: refused, and nothing changes.
    const refused = [
      await app.gql(
        INVITE_MEMBER,
        { input: { organisationId: owner.organisationId, email: 'new@example.org', role: 'MEMBER' } },
        key.token,
      ),
      await app.gql(CREATE_API_KEY, { input: { organisationId: owner.organisationId, name: 'more' } }, key.token),
      await app.gql(REVOKE_API_KEY, { apiKeyId: other.id }, key.token),
      await app.gql(SET_SECURITY, { id: owner.organisationId }, key.token),
      await app.gql(ME, {}, key.token),
      // Not declared for keys either (drafting letters is for people).
      await app.gql(
        CREATE_LETTER_AS_KEY,
        { input: { title: 'By a key', body: 'Text', leadOrganisationId: owner.organisationId, visibility: 'PRIVATE' } },
        key.token,
      ),
    ];
    expect(refused.map(errorCode)).toEqual(Array(refused.length).fill('FORBIDDEN'));
    const { rows } = await app.sql.query<{ invitations: number; keys: number; two_factor: boolean }>(
      `SELECT (SELECT count(*)::int FROM membership_invitations WHERE organisation_id = $1) AS invitations,
              (SELECT count(*)::int FROM api_keys WHERE organisation_id = $1 AND revoked_at IS NULL) AS keys,
              (SELECT require_two_factor FROM organisations WHERE id = $1) AS two_factor`,
      [owner.organisationId],
    );
    expect(rows[0]).toMatchObject({ invitations: 0, two_factor: false });
    expect(
      (await app.gql(API_KEYS, { id: owner.organisationId }, owner.token)).body.data?.organisation?.apiKeys,
    ).toHaveLength(rows[0].keys);
    // The members and the keys are people's business: a key reads neither.
    const seen = (await app.gql(API_KEYS, { id: owner.organisationId }, key.token)).body.data?.organisation;
    expect(seen).toEqual({ id: owner.organisationId, apiKeys: [], members: [] });

    // OSDI's header is for OSDI: on /graphql it authenticates nothing (the caches take such a request as anonymous).
    const asOsdiHeader = await app.gql(LETTER, { id: letter.id }, undefined, { 'OSDI-API-Token': key.token });
    expect(errorCode(asOsdiHeader)).toBe('NOT_FOUND');

    // Another organisation's letter is not its business.
    const elsewhere = await organisationWithOwner(app);
    const foreign = await createLetter(app, elsewhere.user, elsewhere.organisationId, { visibility: 'PRIVATE' });
    expect(errorCode(await app.gql(LETTER, { id: foreign.id }, key.token))).toBe('NOT_FOUND');
  });

  it('subscribes to nothing over WebSocket, live or revoked: no connection outlives its revocation', async () => {
    const letter = await createLetter(app, owner.user, owner.organisationId, { visibility: 'PRIVATE' });
    const live = await apiKeyOf(app, owner, 'socket');
    const revoked = await apiKeyOf(app, owner, 'socket, revoked');
    expect(errorCode(await app.gql(REVOKE_API_KEY, { apiKeyId: revoked.id }, owner.token))).toBeUndefined();
    const firstAnswer = async (token: string): Promise<string> => {
      const client = createClient({
        url: app.url.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      try {
        return await new Promise<string>((resolve) => {
          setTimeout(() => resolve('no answer: the subscription is live'), 5_000);
          subscribe(
            client,
            COUNTS_CHANGED,
            { id: letter.id },
            {
              next: (message) => resolve(JSON.stringify(message)),
              error: (error) => resolve(JSON.stringify(error)),
              complete: () => resolve('complete'),
            },
          );
        });
      } finally {
        await client.dispose();
      }
    };
    expect(await firstAnswer(live.token)).toContain('FORBIDDEN');
    expect(await firstAnswer(revoked.token)).toContain('UNAUTHENTICATED');
    // The owner, a person, may: the refusals above are the key's, not the letter's.
    const ownerClient = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${owner.token}` },
    });
    let ownerError: unknown;
    const stop = subscribe(
      ownerClient,
      COUNTS_CHANGED,
      { id: letter.id },
      {
        next: (message) => {
          if (message.errors) ownerError = message.errors;
        },
        error: (error) => {
          ownerError = error;
        },
        complete: () => undefined,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    stop();
    await ownerClient.dispose();
    expect(ownerError).toBeUndefined();
  });

  it('stops at once when revoked, and notes when it was last used', async () => {
    const key = await apiKeyOf(app, owner, 'short-lived');
    const letter = await createLetter(app, owner.user, owner.organisationId);
    expect((await app.gql(LETTER, { id: letter.id }, key.token)).body.data?.letter?.id).toBe(letter.id);
    const used = await app.sql.query<{ last_used_at: Date | null }>('SELECT last_used_at FROM api_keys WHERE id = $1', [
      key.id,
    ]);
    expect(used.rows[0].last_used_at).toBeInstanceOf(Date);

    expect((await app.gql(REVOKE_API_KEY, { apiKeyId: key.id }, owner.token)).body.data?.revokeApiKey).toBe(true);
    // GraphQL answers UNAUTHENTICATED (in a 200, as for an ended session); OSDI a 401.
    expect(errorCode(await app.gql(LETTER, { id: letter.id }, key.token))).toBe('UNAUTHENTICATED');
    const osdi = await request(app.url).get('/osdi/v1').set('OSDI-API-Token', key.token);
    expect(osdi.status).toBe(401);
    // A made-up key and a key of the right shape that was never issued: the same answer.
    expect(errorCode(await app.gql(LETTER, { id: letter.id }, 'usk_nonsense'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.gql(LETTER, { id: letter.id }, `usk_${'A'.repeat(43)}`))).toBe('UNAUTHENTICATED');
    expect(
      (
        await request(app.url)
          .get('/osdi/v1')
          .set('OSDI-API-Token', `usk_${'A'.repeat(43)}`)
      ).status,
    ).toBe(401);
    expect(errorCode(await app.gql(REVOKE_API_KEY, { apiKeyId: key.id }, owner.token))).toBe('NOT_FOUND');
  });

  it('keeps working for an organisation that requires two-factor of its people, still as a COORDINATOR', async () => {
    const strict = await organisationWithOwner(app, { name: 'Strict' });
    const key = await apiKeyOf(app, strict);
    const letter = await createLetter(app, strict.user, strict.organisationId);
    await app.sql.query('UPDATE organisations SET require_two_factor = true WHERE id = $1', [strict.organisationId]);
    // Its OWNER, signed in without two-factor, may no longer act; the key still acts as a COORDINATOR.
    expect(
      errorCode(
        await app.gql(CREATE_API_KEY, { input: { organisationId: strict.organisationId, name: 'y' } }, strict.token),
      ),
    ).toBe('FORBIDDEN');
    await addRecipient(app, { token: key.token }, letter.id);
    expect(
      errorCode(
        await app.gql(CREATE_API_KEY, { input: { organisationId: strict.organisationId, name: 'x' } }, key.token),
      ),
    ).toBe('FORBIDDEN');
  });

  it('is rate limited per key (API_KEY_RATE_LIMIT a minute)', async () => {
    const key = await apiKeyOf(app, owner, 'busy');
    const letter = await createLetter(app, owner.user, owner.organisationId);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 41; i += 1) codes.push(errorCode(await app.gql(LETTER, { id: letter.id }, key.token)));
    expect(codes.slice(0, 40)).toEqual(Array(40).fill(undefined));
    expect(codes[40]).toBe('RATE_LIMITED');
    // Another key has a budget of its own.
    const fresh = await apiKeyOf(app, owner, 'quiet');
    expect(errorCode(await app.gql(LETTER, { id: letter.id }, fresh.token))).toBeUndefined();
  });
});
