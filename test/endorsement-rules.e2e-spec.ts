import { generateKeyPairSync } from 'node:crypto';
import { CompactSign, importJWK, type JWK } from 'jose';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  countRows,
  createLetter,
  createOrganisation,
  ENDORSE_LETTER,
  endorseInput,
  openDraft,
  REVISE_LETTER,
  signUp,
  verifyDirectly,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';

const VERIFY = graphql(`
  query EndorsementRulesVerify($r: String!) {
    verifyReceipt(receipt: $r) {
      valid
      letterId
      organisationName
      contentHash
      signedAt
    }
  }
`);
const AUDIT = graphql(`
  query EndorsementRulesAudit($id: ID!) {
    auditTrail(letterId: $id) {
      verified
      events {
        seq
        kind
        organisationId
        hash
        prevHash
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation EndorsementRulesWithdraw($i: WithdrawInput!) {
    withdrawEndorsement(input: $i) {
      status
    }
  }
`);
const LETTER_VERSIONS = graphql(`
  query EndorsementRulesLetterVersions($id: ID!) {
    letter(id: $id) {
      status
      versions {
        number
      }
    }
  }
`);
const INVITE_ENDORSERS = graphql(`
  mutation EndorsementRulesInviteEndorsers($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);
const COMMENT = graphql(`
  mutation EndorsementRulesComment($input: CommentInput!) {
    commentOnLetter(input: $input) {
      id
    }
  }
`);
const LETTER_ENDORSEMENTS = graphql(`
  query EndorsementRulesLetterEndorsements($id: ID!) {
    letter(id: $id) {
      endorsements {
        edges {
          node {
            status
            signedVersion {
              number
            }
          }
        }
      }
    }
  }
`);

describe('endorsement rules', () => {
  let app: TestApp;
  let lead: TestUser;
  let leadOrg: { id: string };
  let signer: TestUser;
  let signerOrg: { id: string };

  async function openLetter(extra: Record<string, unknown> = {}): Promise<{ id: string; hash: string }> {
    const letter = await createLetter(app, lead, leadOrg.id, { visibility: 'PUBLIC', ...extra });
    await openDraft(app, lead, letter.id);
    return { id: letter.id, hash: letter.currentVersion.contentHash };
  }

  async function snapshot(): Promise<number[]> {
    return [await countRows(app, 'endorsements'), await countRows(app, 'audit_events')];
  }

  beforeAll(async () => {
    app = await startTestApp();
    lead = await signUp(app, 'Rules Lead');
    await verifyDirectly(app, lead);
    leadOrg = await createOrganisation(app, lead, { name: 'Rules Lead Org' });
    signer = await signUp(app, 'Rules Signer');
    await verifyDirectly(app, signer);
    signerOrg = await createOrganisation(app, signer, { name: 'Rules Signing Org', country: 'GB' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses STALE_VERSION, INVALID_STATE, DEADLINE_PASSED and FORBIDDEN, each changing nothing', async () => {
    const letter = await openLetter();
    const before = await snapshot();
    const stale = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, signerOrg.id, 'a'.repeat(64)),
      signer.accessToken,
    );
    expect(errorCode(stale)).toBe('STALE_VERSION');

    const draft = await createLetter(app, lead, leadOrg.id, { visibility: 'PUBLIC' });
    const notOpen = await app.gql(
      ENDORSE_LETTER,
      endorseInput(draft.id, leadOrg.id, draft.currentVersion.contentHash),
      lead.accessToken,
    );
    expect(errorCode(notOpen)).toBe('INVALID_STATE');

    const soon = await openLetter({ endorsementDeadline: new Date(Date.now() + 3_600_000).toISOString() });
    // The deadline passes while no worker runs to close the letter: it stays OPEN, yet signing is refused.
    await app.sql.query(`UPDATE letters SET endorsement_deadline = now() - interval '1 second' WHERE id = $1`, [
      soon.id,
    ]);
    const late = await app.gql(ENDORSE_LETTER, endorseInput(soon.id, signerOrg.id, soon.hash), signer.accessToken);
    expect(errorCode(late)).toBe('DEADLINE_PASSED');

    const member = await signUp(app, 'Plain Member');
    await verifyDirectly(app, member);
    await app.sql.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
      signerOrg.id,
      member.id,
    ]);
    const forbidden = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, signerOrg.id, letter.hash),
      member.accessToken,
    );
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const unverified = await signUp(app, 'Unverified Owner');
    const unverifiedOrg = await createOrganisation(app, unverified, { name: 'Unverified Org' });
    // Verified while creating the organisation (which needs it), unverified again to sign.
    await app.sql.query('UPDATE users SET email_verified_at = NULL WHERE id = $1', [unverified.id]);
    const notVerified = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, unverifiedOrg.id, letter.hash),
      unverified.accessToken,
    );
    expect(errorCode(notVerified)).toBe('FORBIDDEN');

    expect(await snapshot()).toEqual(before);
  });

  it('leaves one endorsement for twenty identical concurrent calls, and gives twenty identical answers', async () => {
    const letter = await openLetter();
    const calls = Array.from({ length: 20 }, () =>
      app.gql(ENDORSE_LETTER, endorseInput(letter.id, signerOrg.id, letter.hash), signer.accessToken),
    );
    const answers = await Promise.all(calls);
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const bodies = new Set(answers.map((answer) => JSON.stringify(answer.body.data)));
    expect(bodies.size).toBe(1);
    const rows = await app.sql.query('SELECT count(*)::int AS n FROM endorsements WHERE letter_id = $1', [letter.id]);
    expect(rows.rows[0].n).toBe(1);
    const signings = await app.sql.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE letter_id = $1 AND kind = 'SIGNED'`,
      [letter.id],
    );
    expect(signings.rows[0].n).toBe(1);
  });

  it('issues receipts that verify, and detects a changed byte or another key', async () => {
    const letter = await openLetter();
    const signed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, signerOrg.id, letter.hash),
      signer.accessToken,
    );
    const receipt = signed.body.data?.endorseLetter.receipt as string;
    const good = await app.gql(VERIFY, { r: receipt });
    expect(good.body.data?.verifyReceipt).toEqual({
      valid: true,
      letterId: letter.id,
      organisationName: 'Rules Signing Org',
      contentHash: letter.hash,
      signedAt: signed.body.data?.endorseLetter.signedAt,
    });

    // One changed byte in the payload.
    const [header, payload, signature] = receipt.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, organisationName: 'Rules Signing Orh' })).toString(
      'base64url',
    );
    const tampered = await app.gql(VERIFY, {
      r: `${header}.${forgedPayload}.${signature}`,
    });
    expect(tampered.body.data?.verifyReceipt).toMatchObject({ valid: false, organisationName: null });
    const flipped = receipt.slice(0, -2) + (receipt.at(-2) === 'A' ? 'B' : 'A') + receipt.at(-1);
    expect((await app.gql(VERIFY, { r: flipped })).body.data?.verifyReceipt.valid).toBe(false);

    // The same claims signed with another Ed25519 key.
    const otherKey = await importJWK(
      { ...(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as JWK), alg: 'EdDSA' },
      'EdDSA',
    );
    const foreign = await new CompactSign(Buffer.from(payload, 'base64url'))
      .setProtectedHeader(JSON.parse(Buffer.from(header, 'base64url').toString('utf8')))
      .sign(otherKey);
    expect((await app.gql(VERIFY, { r: foreign })).body.data?.verifyReceipt.valid).toBe(false);

    const jwks = await fetch(`${app.url}/.well-known/jwks.json`).then(
      (r) => r.json() as Promise<{ keys: { kty: string; crv: string; d?: string }[] }>,
    );
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('keeps a hash-chained audit trail that the database guards, and detects tampering', async () => {
    const letter = await openLetter();
    await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, signerOrg.id, letter.hash, { anonymous: true }),
      signer.accessToken,
    );
    await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, signerOrg.id, letter.hash, { anonymous: false }),
      signer.accessToken,
    );
    const endorsement = await app.sql.query('SELECT id FROM endorsements WHERE letter_id = $1', [letter.id]);
    await app.gql(WITHDRAW, { i: { endorsementId: endorsement.rows[0].id } }, signer.accessToken);
    const trail = await app.gql(AUDIT, { id: letter.id }, lead.accessToken);
    expect(trail.body.data?.auditTrail.verified).toBe(true);
    expect(trail.body.data?.auditTrail.events.map((e) => e.kind)).toEqual(['SIGNED', 'ANONYMITY_CHANGED', 'WITHDRAWN']);
    // Only the leads may read it.
    expect(errorCode(await app.gql(AUDIT, { id: letter.id }, signer.accessToken))).toBe('NOT_FOUND');

    // The table refuses changes...
    await expect(
      app.sql.query(`UPDATE audit_events SET kind = 'SIGNED' WHERE letter_id = $1`, [letter.id]),
    ).rejects.toThrow(/not allowed/);
    await expect(app.sql.query(`DELETE FROM audit_events WHERE letter_id = $1`, [letter.id])).rejects.toThrow(
      /not allowed/,
    );
    // ...but its owner can disable the guard: the chain then tells.
    const client = await app.sql.connect();
    try {
      await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_immutable');
      await client.query(`UPDATE audit_events SET payload = '{"anonymous": false}' WHERE letter_id = $1 AND seq = 2`, [
        letter.id,
      ]);
      await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_immutable');
    } finally {
      client.release();
    }
    const tampered = await app.gql(AUDIT, { id: letter.id }, lead.accessToken);
    expect(tampered.body.data?.auditTrail.verified).toBe(false);
  });

  it('lets members of an invited organisation read and discuss the draft, and keeps consenting signatures on a minor edit', async () => {
    const letter = await createLetter(app, lead, leadOrg.id, { visibility: 'PRIVATE', body: 'Draft text.' });
    const read = () => app.gql(LETTER_VERSIONS, { id: letter.id }, signer.accessToken);
    expect(errorCode(await read())).toBe('NOT_FOUND');
    await app.gql(
      INVITE_ENDORSERS,
      { input: { letterId: letter.id, invitees: [{ organisationId: signerOrg.id }] } },
      lead.accessToken,
    );
    expect((await read()).body.data?.letter).toEqual({ status: 'DRAFT', versions: [{ number: 1 }] });
    const comment = await app.gql(
      COMMENT,
      { input: { versionId: letter.currentVersion.id, body: 'We would sign this.' } },
      signer.accessToken,
    );
    expect(comment.body.errors).toBeUndefined();
    // Invited, not a lead: no revising.
    const revise = await app.gql(
      REVISE_LETTER,
      { input: { letterId: letter.id, body: 'Changed by an invitee.', material: true } },
      signer.accessToken,
    );
    expect(errorCode(revise)).toBe('FORBIDDEN');

    await openDraft(app, lead, letter.id);
    const signed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, signerOrg.id, letter.currentVersion.contentHash, { acceptMinorEdits: true }),
      signer.accessToken,
    );
    expect(signed.body.data?.endorseLetter.status).toBe('SIGNED');
    // Stage 6: a minor edit fixes typos word for word; adding words ("typo fixed") is no longer one.
    const minor = await app.gql(
      REVISE_LETTER,
      { input: { letterId: letter.id, body: 'Draft texts!', material: false, note: 'typo' } },
      lead.accessToken,
    );
    expect(minor.body.errors).toBeUndefined();
    const after = await app.gql(LETTER_ENDORSEMENTS, { id: letter.id }, lead.accessToken);
    expect(after.body.data?.letter?.endorsements.edges.map((e) => e.node)).toEqual([
      { status: 'SIGNED', signedVersion: { number: 1 } },
    ]);
  });

  it('answers NOT_FOUND for a PRIVATE letter to an organisation that may not see it', async () => {
    const letter = await createLetter(app, lead, leadOrg.id, { visibility: 'PRIVATE' });
    await openDraft(app, lead, letter.id);
    const before = await snapshot();
    const response = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, signerOrg.id, letter.currentVersion.contentHash),
      signer.accessToken,
    );
    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(response.text).not.toContain('Raise the cases');
    expect(await snapshot()).toEqual(before);
  });
});
