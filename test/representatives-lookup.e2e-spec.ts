import { LookupUnavailableError, RepresentativesService } from '@undersigned/representatives';
import { PostcodesIo } from './support/postcodes-io';
import { PASSWORD, signUp, type TestUser } from './support/factories';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';
import type { RepresentativesLookupRepresentativesQuery } from './gql/graphql';

const UPSERT = graphql(`
  mutation RepresentativesLookupUpsertTargets($input: [TargetInput!]!) {
    upsertTargets(input: $input) {
      id
      name
      title
      email
      party
      area {
        code
        name
        type
      }
    }
  }
`);
const REPRESENTATIVES = graphql(`
  query RepresentativesLookupRepresentatives($postcode: String!, $areaType: String) {
    representatives(postcode: $postcode, areaType: $areaType) {
      id
      name
      title
      email
      party
      area {
        code
        name
        type
      }
    }
  }
`);
const TYPENAME = graphql(`
  query RepresentativesLookupTypename {
    __typename
  }
`);
const LOG_IN = graphql(`
  mutation RepresentativesLookupLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
    }
  }
`);

type Target = RepresentativesLookupRepresentativesQuery['representatives'][number];

const CARDIFF = { code: 'W07000090', name: 'Cardiff East' };
const ADMIN_EMAIL = 'admin.reps@example.org';

describe('representatives by postcode, and targets kept by platform admins', () => {
  const postcodesIo = new PostcodesIo({
    'CF24 1NX': { status: 200, constituency: CARDIFF },
    'CF24 2DQ': { status: 200, constituency: CARDIFF },
    'BR8 7RE': { status: 200, constituency: { code: 'E14001350', name: 'Manchester Central' } },
    'M1 9ZZ': { status: 404, terminated: true },
    'GY1 1AA': { status: 200, constituency: { code: 'L99999999', name: '' } },
    'SL0 0WW': { status: 'slow' },
    'EH1 1AA': { status: 500 },
    // Sends the client elsewhere (an attacker's server, or the answer about another postcode).
    'RD1 1AA': { status: 301, location: '/postcodes/RD9%209ZZ' },
    'RD9 9ZZ': { status: 200, constituency: CARDIFF },
  });
  let app: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    await postcodesIo.start();
    app = await startTestApp({
      POSTCODE_LOOKUP_URL: `${postcodesIo.url}/`,
      POSTCODE_LOOKUP_TIMEOUT_MS: '1500',
      PLATFORM_ADMIN_EMAILS: `someone@example.org, ${ADMIN_EMAIL.toUpperCase()}`,
      PLATFORM_ADMIN_TWO_FACTOR: 'optional',
    });
    admin = await signUp(app, 'Platform Admin', ADMIN_EMAIL);
    const created = await app.gql(
      UPSERT,
      {
        input: [
          {
            externalId: '5304',
            name: 'Owen Pritchard',
            title: 'MP',
            email: 'owen.pritchard.mp@parliament.example',
            areaCode: CARDIFF.code,
            areaType: 'WMC',
            party: 'Plaid Cymru',
          },
          { externalId: '5305', name: 'Sevenoaks Member', areaCode: 'E14001465', areaType: 'WMC' },
        ],
      },
      admin.accessToken,
    );
    expect(created.body.errors).toBeUndefined();
    await app.sql.query(`INSERT INTO postcode_areas VALUES ('BR87RE', 'WMC', 'E14001465')`);
  });
  afterAll(async () => {
    await app.close();
    await postcodesIo.stop();
  });

  async function representatives(postcode: string): Promise<Target[]> {
    const response = await app.gql(REPRESENTATIVES, { postcode });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.representatives;
  }

  it('asks the postcode service for a postcode not in the table, and caches its answer', async () => {
    expect(await representatives('cf24 1nx')).toEqual([
      {
        id: expect.any(String),
        name: 'Owen Pritchard',
        title: 'MP',
        email: null,
        party: 'Plaid Cymru',
        // The area was created by upsertTargets, named by its code; the service's name is shown.
        area: { code: CARDIFF.code, name: 'Cardiff East', type: 'WMC' },
      },
    ]);
    expect(postcodesIo.requests).toEqual(['CF24 1NX']);
    await representatives('CF241NX');
    expect(postcodesIo.requests).toEqual(['CF24 1NX']);
  });

  it('reads the imported table first: the service is not asked about a postcode it holds', async () => {
    expect((await representatives('BR8 7RE')).map((t) => t.name)).toEqual(['Sevenoaks Member']);
    expect(postcodesIo.requests).not.toContain('BR8 7RE');
  });

  it('answers [] for a postcode the service does not know, a terminated one, and one in no constituency', async () => {
    expect(await representatives('AB1 2CD')).toEqual([]);
    expect(await representatives('M1 9ZZ')).toEqual([]);
    expect(await representatives('GY1 1AA')).toEqual([]);
    expect(postcodesIo.requests).toEqual(expect.arrayContaining(['AB1 2CD', 'M1 9ZZ', 'GY1 1AA']));
    // "Not found" is cached too: asking again about a made-up postcode costs the service nothing.
    const asked = postcodesIo.requests.length;
    expect(await representatives('AB1 2CD')).toEqual([]);
    expect(await representatives('M1 9ZZ')).toEqual([]);
    expect(postcodesIo.requests).toHaveLength(asked);
    // Another area type is not the service's to answer.
    const other = await app.gql(REPRESENTATIVES, {
      postcode: 'CF24 2DQ',
      areaType: 'US_CD',
    });
    expect(other.body.data?.representatives).toEqual([]);
    expect(postcodesIo.requests).not.toContain('CF24 2DQ');
  });

  it('times out a slow lookup without holding up other requests, and says the lookup is unavailable', async () => {
    const slow = app.gql(REPRESENTATIVES, { postcode: 'SL0 0WW' });
    const started = Date.now();
    const quick = await app.gql(TYPENAME);
    expect(quick.body.data?.__typename).toBe('Query');
    expect(Date.now() - started).toBeLessThan(1000);
    // A found postcode is answered meanwhile too.
    expect((await representatives('CF24 2DQ')).map((t) => t.name)).toEqual(['Owen Pritchard']);
    const answered = await slow;
    expect(errorCode(answered)).toBe('INTERNAL_SERVER_ERROR');
    expect(answered.body.errors?.[0].message).toBe('The postcode lookup is unavailable; try again shortly');
  });

  it('follows no redirect from the postcode service: the lookup is unavailable', async () => {
    const redirected = await app.gql(REPRESENTATIVES, { postcode: 'RD1 1AA' });
    expect(errorCode(redirected)).toBe('INTERNAL_SERVER_ERROR');
    expect(redirected.body.errors?.[0].message).toBe('The postcode lookup is unavailable; try again shortly');
    expect(postcodesIo.requests).toContain('RD1 1AA');
    expect(postcodesIo.requests).not.toContain('RD9 9ZZ');
  });

  it('tells other contexts a failed lookup apart from an unknown postcode', async () => {
    const service = app.app.get(RepresentativesService);
    await expect(service.areaForPostcode('SL0 0WW')).rejects.toBeInstanceOf(LookupUnavailableError);
    await expect(service.areaForPostcode('EH1 1AA')).rejects.toBeInstanceOf(LookupUnavailableError);
    await expect(service.areaForPostcode('AB1 2CD')).resolves.toBeNull();
    await expect(service.areaForPostcode('cf24 1nx')).resolves.toEqual({ ...CARDIFF, type: 'WMC' });
    await expect(service.areaForPostcode('br87re')).resolves.toEqual({
      code: 'E14001465',
      name: 'E14001465',
      type: 'WMC',
    });
    // A failure is not cached: the next question asks again.
    const asked = postcodesIo.requests.filter((p) => p === 'EH1 1AA').length;
    await expect(service.areaForPostcode('EH1 1AA')).rejects.toBeInstanceOf(LookupUnavailableError);
    expect(postcodesIo.requests.filter((p) => p === 'EH1 1AA').length).toBe(asked + 1);
  });

  it('lets platform admins upsert targets by (areaType, externalId), seeing their addresses', async () => {
    const updated = await app.gql(
      UPSERT,
      {
        input: [
          { externalId: '5305', name: 'Sevenoaks Member', areaCode: 'E14001465', areaType: 'WMC', party: 'Green' },
          {
            externalId: '5306',
            name: 'A New Member',
            email: 'new.member@parliament.example',
            areaCode: 'E14001465',
            areaType: 'WMC',
            validFrom: '2020-01-01',
          },
        ],
      },
      admin.accessToken,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data?.upsertTargets.map((t) => [t.name, t.party, t.email])).toEqual([
      ['Sevenoaks Member', 'Green', null],
      ['A New Member', null, 'new.member@parliament.example'],
    ]);
    const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM targets WHERE external_id = '5305'`);
    expect(rows).toEqual([{ n: 1 }]);
    expect((await representatives('BR8 7RE')).map((t) => [t.name, t.email])).toEqual([
      ['A New Member', null],
      ['Sevenoaks Member', null],
    ]);
  });

  it('refuses upsertTargets to anyone else, and bad input, writing nothing', async () => {
    const count = async (): Promise<number> =>
      (await app.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM targets')).rows[0].n;
    const before = await count();
    const input = [{ externalId: 'x1', name: 'X', areaCode: 'E14001465', areaType: 'WMC' }];
    const someone = await signUp(app, 'Someone');
    expect(errorCode(await app.gql(UPSERT, { input }, someone.accessToken))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(UPSERT, { input }))).toBe('UNAUTHENTICATED');
    // The listed address, not yet verified, is no admin.
    const unverified = await signUp(app, 'Not Yet', 'someone@example.org', { verified: false });
    expect(errorCode(await app.gql(UPSERT, { input }, unverified.accessToken))).toBe('FORBIDDEN');

    for (const bad of [
      [{ ...input[0], email: 'not-an-address' }],
      [{ ...input[0], areaType: 'wmc' }],
      [{ ...input[0], areaCode: "E1' OR 1=1" }],
      [{ ...input[0], validFrom: '2024-13-01' }],
      [{ ...input[0], validFrom: '2024-07-04', validTo: '2024-07-04' }],
      [input[0], input[0]],
      [{ ...input[0], name: 'x'.repeat(201) }],
    ]) {
      const response = await app.gql(UPSERT, { input: bad }, admin.accessToken);
      expect({ bad, code: errorCode(response) }).toEqual({ bad, code: 'BAD_USER_INPUT' });
    }
    expect(await count()).toBe(before);
  });

  it('requires two-factor sign-in of platform admins unless told otherwise', async () => {
    const strict = await startTestApp({ PLATFORM_ADMIN_EMAILS: ADMIN_EMAIL }, app.database);
    try {
      const input = [{ externalId: 'x2', name: 'X', areaCode: 'E14001465', areaType: 'WMC' }];
      expect(errorCode(await strict.gql(UPSERT, { input }, admin.accessToken))).toBe('FORBIDDEN');
      await strict.sql.query(`UPDATE users SET two_factor_secret = 'x', two_factor_enabled_at = now() WHERE id = $1`, [
        admin.id,
      ]);
      // What counts is how the session began (stage 6): this one began with the password alone.
      expect(errorCode(await strict.gql(UPSERT, { input }, admin.accessToken))).toBe('FORBIDDEN');
      // A session begun with a second factor (here a recovery code, stored as typed without its dash) may.
      await strict.sql.query(
        `INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, encode(sha256('adminrecovery'::bytea), 'hex'))`,
        [admin.id],
      );
      const withCode = await strict.gql(LOG_IN, {
        input: { email: ADMIN_EMAIL, password: PASSWORD, code: 'admin-recovery' },
      });
      const allowed = await strict.gql(UPSERT, { input }, withCode.body.data?.logIn.accessToken);
      expect(allowed.body.errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});
