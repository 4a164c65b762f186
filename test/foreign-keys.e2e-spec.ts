import { startTestApp, type TestApp } from './support/test-app';
import { createLetter, createOrganisation, signUp, type TestLetter, type TestUser } from './support/factories';

interface PgError {
  code?: string;
  detail?: string;
}

/** The PostgreSQL error a statement fails with (the test fails if it succeeds). */
async function failureOf(app: TestApp, sql: string, params: unknown[]): Promise<PgError> {
  const error = await app.sql.query(sql, params).then(
    () => undefined,
    (caught: PgError) => caught,
  );
  if (!error) throw new Error(`expected to fail: ${sql}`);
  return error;
}

const INSERT_ENDORSEMENT = `INSERT INTO endorsements (letter_id, organisation_id, status, signed_version_id,
    signed_version_number, content_hash, signer_name, signer_title, display_name, signed_by_id, signed_at, receipt)
  VALUES ($1, $2, 'SIGNED', $3, 1, $4, 'Signer', 'Director', 'Signer', $5, now(), 'receipt')`;

describe('foreign keys between contexts', () => {
  let app: TestApp;
  let owner: TestUser;
  let organisationId: string;
  let letter: TestLetter;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app, 'Keys Owner');
    organisationId = (await createOrganisation(app, owner, { name: 'Keys Coalition' })).id;
    letter = await createLetter(app, owner, organisationId);
  });
  afterAll(() => app.close());

  it.each([
    ['an endorsement', 'organisation_id', INSERT_ENDORSEMENT, 'organisation'],
    ['an endorsement', 'signed_by_id', INSERT_ENDORSEMENT, 'user'],
    ['an endorsement', 'signed_version_id', INSERT_ENDORSEMENT, 'version'],
    [
      'a letter invitation',
      'organisation_id',
      `INSERT INTO letter_invitations (letter_id, organisation_id, token_hash, expires_at) VALUES ($1, $2, repeat('a', 64), now())`,
      'organisation',
    ],
    [
      'an audit event',
      'organisation_id',
      `INSERT INTO audit_events (letter_id, seq, kind, organisation_id, payload, occurred_at, prev_hash, hash)
        VALUES ($1, 999, 'SIGNED', $2, '{}', now(), repeat('0', 64), repeat('1', 64))`,
      'organisation',
    ],
  ])('refuses %s whose %s points at nothing', async (_what, column, sql, missing) => {
    const missingId = '00000000-0000-4000-8000-000000000000';
    const ids = {
      letter: letter.id,
      organisation: missing === 'organisation' ? missingId : organisationId,
      version: missing === 'version' ? missingId : letter.currentVersion.id,
      user: missing === 'user' ? missingId : owner.id,
    };
    const params = sql.includes('signed_version_id')
      ? [ids.letter, ids.organisation, ids.version, letter.currentVersion.contentHash, ids.user]
      : [ids.letter, ids.organisation];
    const error = await failureOf(app, sql, params);
    expect(error.code).toBe('23503');
    expect(error.detail).toContain(`(${column})=(${missingId})`);
  });

  it('refuses to delete an organisation or a user that signed: no signature is lost by a cascade', async () => {
    const signer = await signUp(app, 'Cascade Signer');
    const signing = await createOrganisation(app, signer, { name: 'Cascade Signers' });
    await app.sql.query(INSERT_ENDORSEMENT, [
      letter.id,
      signing.id,
      letter.currentVersion.id,
      letter.currentVersion.contentHash,
      signer.id,
    ]);
    // ON DELETE RESTRICT: foreign_key_violation, or restrict_violation as PostgreSQL 18 reports it.
    const refused = ['23503', '23001'];
    expect(refused).toContain((await failureOf(app, 'DELETE FROM organisations WHERE id = $1', [signing.id])).code);
    expect(refused).toContain((await failureOf(app, 'DELETE FROM users WHERE id = $1', [signer.id])).code);
    const { rows } = await app.sql.query('SELECT 1 FROM endorsements WHERE organisation_id = $1', [signing.id]);
    expect(rows).toHaveLength(1);
  });
});
