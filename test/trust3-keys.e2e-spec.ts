import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactSign, compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import request from 'supertest';
import { npmScript } from './support/npm-script';
import { startTestApp, type TestApp } from './support/test-app';
import { createEmptyDatabase, type TestDatabase } from './support/test-database';
import { endorseAs, openLetter, organisationWithOwner, type OrganisationOwner } from './support/factories';
import { graphql } from './gql';

const VERIFY = graphql(`
  query Trust3KeysVerifyReceipt($r: String!) {
    verifyReceipt(receipt: $r) {
      valid
      organisationName
    }
  }
`);
const CHECKPOINT = graphql(`
  query Trust3KeysCheckpoint($id: ID!) {
    auditTrail(letterId: $id) {
      checkpoint
    }
  }
`);

async function jwks(app: TestApp): Promise<JWK[]> {
  const response = await request(app.url).get('/.well-known/jwks.json').expect(200);
  return (response.body as { keys: JWK[] }).keys;
}

async function verified(app: TestApp, receipt: string): Promise<boolean> {
  const response = await app.gql(VERIFY, { r: receipt });
  if (!response.body.data) throw new Error(response.text);
  return response.body.data.verifyReceipt.valid;
}

function kidOf(jws: string): string | undefined {
  return decodeProtectedHeader(jws).kid;
}

/** Verifies a JWS as an outsider would: with the key its `kid` names in the server's JWKS. */
async function verifiesWithJwks(keys: JWK[], jws: string): Promise<boolean> {
  const key = keys.find((k) => k.kid === kidOf(jws));
  if (!key) return false;
  try {
    await compactVerify(jws, await importJWK(key, 'EdDSA'));
    return true;
  } catch {
    return false;
  }
}

/** A receipt as signed before receipts named their key: the same payload, no `kid`. */
async function withoutKid(receipt: string, privateJwk: JWK): Promise<string> {
  const payload = Buffer.from(receipt.split('.')[1], 'base64url');
  return new CompactSign(payload)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'undersigned-receipt+jws' })
    .sign(await importJWK({ ...privateJwk, alg: 'EdDSA' }, 'EdDSA'));
}

describe('keys outlive their use (stage 6)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-keys-'));
  const file = join(dir, 'keys.jsonl.gz');
  let source: TestApp;
  let rotated: TestApp | undefined;
  let restoredDb: TestDatabase | undefined;
  let restored: TestApp | undefined;

  beforeAll(async () => {
    // No RECEIPT_SIGNING_KEY: the key is DATA_DIR's secret, as on a newcomer's server.
    source = await startTestApp({});
  });
  afterAll(async () => {
    await restored?.close();
    await restoredDb?.drop();
    await rotated?.close();
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('after keys:rotate and a restore into a fresh DATA_DIR (secrets lost), every earlier receipt and checkpoint verifies', async () => {
    const lead: OrganisationOwner = await organisationWithOwner(source, { name: 'Keys Lead' });
    const letter = await openLetter(source, lead);
    const first = await organisationWithOwner(source, { name: 'First Signer' });
    const r1 = (
      await endorseAs(
        source,
        { user: first.user, org: { id: first.organisationId } },
        letter.letterId,
        letter.contentHash,
      )
    ).receipt;
    const kid1 = kidOf(r1) as string;
    expect(kid1).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const c1 = (await source.gql(CHECKPOINT, { id: letter.letterId }, lead.token)).body.data?.auditTrail
      .checkpoint as string;
    expect(kidOf(c1)).toBe(kid1);
    expect((await jwks(source)).map((k) => k.kid)).toEqual([kid1]);
    const keyFile = join(source.config.dataDir, 'secrets', 'receipt-signing-key.jwk');
    const key1 = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
    const legacy = await withoutKid(r1, key1);
    expect(await verified(source, legacy)).toBe(true);

    // keys:rotate: a new key is current for the processes started after it; the old one's public half is kept.
    const rotation = await npmScript('keys:rotate', [], {
      databaseUrl: source.database.url,
      dataDir: source.config.dataDir,
    });
    expect(rotation).toMatchObject({ code: 0 });
    expect(rotation.output).toMatch(/restart/i);
    expect(readFileSync(keyFile, 'utf8')).not.toContain(key1.d as string);
    rotated = await startTestApp({ DATA_DIR: source.config.dataDir }, source.database);
    const second = await organisationWithOwner(rotated, { name: 'Second Signer' });
    const r2 = (
      await endorseAs(
        rotated,
        { user: second.user, org: { id: second.organisationId } },
        letter.letterId,
        letter.contentHash,
      )
    ).receipt;
    const kid2 = kidOf(r2) as string;
    expect(kid2).not.toBe(kid1);
    const afterRotation = await jwks(rotated);
    expect(afterRotation[0].kid).toBe(kid2);
    expect(afterRotation.map((k) => k.kid).sort()).toEqual([kid1, kid2].sort());
    expect(await verified(rotated, r1)).toBe(true);
    expect(await verified(rotated, r2)).toBe(true);
    expect(afterRotation.every((k) => k.d === undefined)).toBe(true);

    // The backup alone, restored into an empty database and a fresh DATA_DIR: none of the old secrets.
    expect(await npmScript('backup', [file], { databaseUrl: source.database.url })).toMatchObject({ code: 0 });
    restoredDb = await createEmptyDatabase();
    expect(await npmScript('restore', [file], { databaseUrl: restoredDb.url })).toMatchObject({ code: 0 });
    restored = await startTestApp({ JWT_SECRET: 'another-secret-that-is-long-enough-987654321' }, restoredDb);
    expect(restored.config.dataDir).not.toBe(source.config.dataDir);
    for (const receipt of [r1, r2, legacy]) expect(await verified(restored, receipt)).toBe(true);
    const keys = await jwks(restored);
    expect(keys.map((k) => k.kid)).toEqual(expect.arrayContaining([kid1, kid2]));
    expect(keys).toHaveLength(3);
    expect(await verifiesWithJwks(keys, c1)).toBe(true);
    expect(await verifiesWithJwks(keys, r1)).toBe(true);

    // The restored server signs with a key of its own, kept too; a receipt naming a kept key but
    // signed by another key is refused.
    const third = await organisationWithOwner(restored, { name: 'Third Signer' });
    const r3 = (
      await endorseAs(
        restored,
        { user: third.user, org: { id: third.organisationId } },
        letter.letterId,
        letter.contentHash,
      )
    ).receipt;
    const kid3 = kidOf(r3) as string;
    expect([kid1, kid2]).not.toContain(kid3);
    expect(keys[0].kid).toBe(kid3);
    expect(await verified(restored, r3)).toBe(true);
    const stranger = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as JWK;
    const forged = await new CompactSign(Buffer.from(r1.split('.')[1], 'base64url'))
      .setProtectedHeader({ alg: 'EdDSA', kid: kid1, typ: 'undersigned-receipt+jws' })
      .sign(await importJWK({ ...stranger, alg: 'EdDSA' }, 'EdDSA'));
    expect(await verified(restored, forged)).toBe(false);
    expect(await verified(restored, await withoutKid(r1, stranger))).toBe(false);
    const stored = await restored.sql.query<{ kid: string; private: boolean }>(
      `SELECT kid, public_jwk ? 'd' AS private FROM signing_keys ORDER BY kid`,
    );
    expect(stored.rows.map((r) => r.kid).sort()).toEqual([kid1, kid2, kid3].sort());
    expect(stored.rows.every((r) => !r.private)).toBe(true);
  });

  it('keys:rotate with RECEIPT_SIGNING_KEY set explains what to do and changes nothing', async () => {
    const envKey = JSON.stringify(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }));
    const before = await source.sql.query('SELECT kid FROM signing_keys ORDER BY kid');
    const result = await npmScript(
      'keys:rotate',
      [],
      { databaseUrl: source.database.url, dataDir: source.config.dataDir },
      { RECEIPT_SIGNING_KEY: envKey },
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/RECEIPT_SIGNING_KEY/);
    expect(result.output).toMatch(/restart/i);
    expect((await source.sql.query('SELECT kid FROM signing_keys ORDER BY kid')).rows).toEqual(before.rows);
  });
});
