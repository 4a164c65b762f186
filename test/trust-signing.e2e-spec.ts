import { Client as PgClient } from 'pg';
import request from 'supertest';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createLetter,
  createOrganisation,
  deliverLetter,
  ENDORSE_LETTER,
  endorseAs,
  endorseInput,
  openDraft,
  REVISE_LETTER,
  signUp,
  verifyDirectly,
  type EndorseResult,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';
import type { EndorseInput } from './gql/graphql';

// The promises signatories rely on, each attacked as the review of issue 8 did.

const SIGNATORIES = graphql(`
  query TrustSigningSignatories($id: ID!) {
    letter(id: $id) {
      counts {
        signed
        anonymous
      }
      signatories {
        totalCount
        anonymousCount
        edges {
          node {
            displayName
            organisationSlug
          }
        }
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation TrustSigningWithdrawEndorsement($input: WithdrawInput!) {
    withdrawEndorsement(input: $input) {
      status
    }
  }
`);
const STATUS = `SELECT status, content_hash, anonymous, accept_minor_edits FROM endorsements WHERE id = $1`;

describe('trust: signing', () => {
  let app: TestApp;
  let lead: TestUser;
  let leadOrg: { id: string; slug: string };

  async function signer(name: string): Promise<{ user: TestUser; org: { id: string; slug: string } }> {
    const user = await signUp(app, `${name} signer`);
    await verifyDirectly(app, user);
    return { user, org: await createOrganisation(app, user, { name, country: 'GB' }) };
  }

  async function openLetter(body?: string): Promise<{ id: string; slug: string; hash: string }> {
    const letter = await createLetter(app, lead, leadOrg.id, { visibility: 'PUBLIC', ...(body ? { body } : {}) });
    await openDraft(app, lead, letter.id);
    return { id: letter.id, slug: letter.slug, hash: letter.currentVersion.contentHash };
  }

  const endorse = (
    who: { user: TestUser; org: { id: string } },
    letterId: string,
    hash: string,
    extra: Partial<EndorseInput> = {},
  ): Promise<EndorseResult> => endorseAs(app, who, letterId, hash, extra);

  async function revise(letterId: string, body: string, material: boolean) {
    return app.gql(REVISE_LETTER, { input: { letterId, body, material } }, lead.accessToken);
  }

  async function publicView(letterId: string, slug: string): Promise<string> {
    const signatories = await app.gql(SIGNATORIES, { id: letterId });
    const csv = await request(app.url).get(`/letters/${slug}/signatories.csv`);
    return `${signatories.text}\n${csv.text}`;
  }

  beforeAll(async () => {
    app = await startTestApp();
    lead = await signUp(app, 'Trust Lead');
    await verifyDirectly(app, lead);
    leadOrg = await createOrganisation(app, lead, { name: 'Trust Lead Org' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps an unnamed organisation unnamed when a re-confirmation or a retry omits `anonymous`', async () => {
    const hidden = await signer('Unnamed Defenders');
    const letter = await openLetter();
    const first = await endorse(hidden, letter.id, letter.hash, { anonymous: true, displayName: 'Unnamed Defenders' });
    // A retried call without the flag changes nothing.
    await endorse(hidden, letter.id, letter.hash);
    expect((await app.sql.query(STATUS, [first.id])).rows[0].anonymous).toBe(true);

    const revised = await revise(letter.id, 'Dear Secretary,\n\nWe ask you to raise the cases of all of them.', true);
    const hash = revised.body.data?.reviseLetter.contentHash as string;
    // Re-confirming without the flag keeps the organisation out of every non-lead response.
    const reconfirmed = await endorse(hidden, letter.id, hash);
    expect(reconfirmed.status).toBe('SIGNED');
    expect(reconfirmed).toMatchObject({ anonymous: true });
    const seen = await publicView(letter.id, letter.slug);
    expect(seen).not.toContain('Unnamed Defenders');
    expect(seen).not.toContain(hidden.org.slug);
    const counts = (await app.gql(SIGNATORIES, { id: letter.id })).body.data?.letter;
    expect(counts?.counts).toEqual({ signed: 1, anonymous: 1 });

    // Naming oneself stays possible, but only by saying so.
    const named = await endorse(hidden, letter.id, hash, { anonymous: false });
    expect(named).toMatchObject({ anonymous: false });
  });

  it('refuses a rewrite declared non-material, and keeps only acceptMinorEdits signatories listed after a typo fix', async () => {
    const body = 'Dear Secretary,\n\nWe ask you to raise the cases of 42 detained people.\n\nSincerely,';
    const letter = await openLetter(body);
    const consenting = await signer('Consenting Org');
    const strict = await signer('Strict Org');
    const c = await endorse(consenting, letter.id, letter.hash, { acceptMinorEdits: true });
    const s = await endorse(strict, letter.id, letter.hash);
    const versions = async () =>
      Number(
        (await app.sql.query('SELECT count(*) AS n FROM letter_versions WHERE letter_id = $1', [letter.id])).rows[0].n,
      );

    const rewrite = await revise(
      letter.id,
      'Dear Secretary,\n\nPlease ignore these people entirely.\n\nSincerely,',
      false,
    );
    expect(errorCode(rewrite)).toBe('BAD_USER_INPUT');
    const digits = await revise(letter.id, body.replace('42', '24'), false);
    expect(errorCode(digits)).toBe('BAD_USER_INPUT');
    expect(await versions()).toBe(1);
    expect((await app.sql.query(STATUS, [s.id])).rows[0].status).toBe('SIGNED');

    // Stage 6: a minor edit fixes typos word for word (it used to allow 100 changed characters).
    const typo = await revise(letter.id, body.replace('Secretary', 'Secretery').replace('detained', 'detianed'), false);
    expect(errorCode(typo)).toBeUndefined();
    expect(await versions()).toBe(2);
    expect((await app.sql.query(STATUS, [c.id])).rows[0]).toMatchObject({
      status: 'SIGNED',
      content_hash: letter.hash,
    });
    expect((await app.sql.query(STATUS, [s.id])).rows[0].status).toBe('NEEDS_RECONFIRMATION');
    const listed = (await app.gql(SIGNATORIES, { id: letter.id })).body.data?.letter?.signatories;
    expect(listed?.edges.map((e) => e.node.displayName)).toEqual(['Consenting Org']);

    // The edition records which text each signatory signed.
    await addRecipient(app, lead, letter.id, {
      name: 'The Secretary',
      postalAddress: '1 Main St',
      role: 'TO',
      channel: 'POST',
    });
    await deliverLetter(app, lead, letter.id);
    const edition = await app.sql.query('SELECT signatories FROM letter_editions WHERE letter_id = $1', [letter.id]);
    expect(edition.rows[0].signatories).toEqual([
      expect.objectContaining({ displayName: 'Consenting Org', contentHash: letter.hash }),
    ]);
  });

  it('never lets small edits add up: consent to minor edits is measured from the version signed', async () => {
    const body = 'Dear Secretary,\n\nWe support the release of every detained defender.\n\nSincerely,';
    const letter = await openLetter(body);
    const consenting = await signer('Patient Org');
    const signed = await endorse(consenting, letter.id, letter.hash, { acceptMinorEdits: true });
    // Stage 6: a minor edit is at most five typo fixes (it used to be 100 changed characters).
    const first = body.replace('Secretary', 'Secretery').replace('Dear', 'Deer').replace('release', 'relase');
    expect(errorCode(await revise(letter.id, first, false))).toBeUndefined();
    expect((await app.sql.query(STATUS, [signed.id])).rows[0].status).toBe('SIGNED');
    // Each step is small against the one before; together they change what was signed.
    const second = first
      .replace('detained', 'detianed')
      .replace('defender', 'defendr')
      .replace('Sincerely', 'Sincerly');
    expect(errorCode(await revise(letter.id, second, false))).toBeUndefined();
    expect((await app.sql.query(STATUS, [signed.id])).rows[0].status).toBe('NEEDS_RECONFIRMATION');
  });

  describe('races: lock first, then read', () => {
    let locker: PgClient;

    beforeEach(async () => {
      locker = new PgClient({ connectionString: app.database.url });
      await locker.connect();
    });
    afterEach(async () => {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    });

    /** Waits until `count` backends are blocked on a lock, so the race is set up, not hoped for. */
    async function waitForBlocked(count: number): Promise<void> {
      for (let i = 0; i < 200; i += 1) {
        const { rows } = await locker.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (Number(rows[0].n) >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`fewer than ${count} requests blocked on the lock`);
    }

    it('never leaves an endorsement SIGNED on the old hash when it races a material revision', async () => {
      const letter = await openLetter();
      const racer = await signer('Racing Org');
      // The revision's transaction holds the letter's lock: here, the test holds it for it.
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM letters WHERE id = $1 FOR UPDATE', [letter.id]);
      const revision = revise(letter.id, 'Dear Secretary,\n\nWe now ask for something else entirely.', true);
      await waitForBlocked(1);
      const endorsement = app.gql(
        ENDORSE_LETTER,
        endorseInput(letter.id, racer.org.id, letter.hash),
        racer.user.accessToken,
      );
      await waitForBlocked(2);
      await locker.query('COMMIT');
      const [revised, endorsed] = await Promise.all([revision, endorsement]);
      const newHash = revised.body.data?.reviseLetter.contentHash;
      expect(newHash).toBeDefined();
      const { rows } = await app.sql.query('SELECT status, content_hash FROM endorsements WHERE letter_id = $1', [
        letter.id,
      ]);
      if (errorCode(endorsed)) {
        expect(errorCode(endorsed)).toBe('STALE_VERSION');
        expect(rows).toEqual([]);
      } else {
        expect(rows[0].status === 'NEEDS_RECONFIRMATION' || rows[0].content_hash === newHash).toBe(true);
      }
    });

    it('never lets a caller who may not run the letter take its exclusive lock', async () => {
      const letter = await openLetter();
      const outsider = await signer('Meddling Org');
      // An endorsement in progress holds the shared lock; an outsider's lead mutation must not queue
      // for the exclusive one (and make every signer queue behind it): it is refused at once.
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM letters WHERE id = $1 FOR SHARE', [letter.id]);
      const refused = await app.gql(
        REVISE_LETTER,
        { input: { letterId: letter.id, body: 'Meddling.', material: true } },
        outsider.user.accessToken,
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const { rows } = await locker.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      expect(Number(rows[0].n)).toBe(0);
      await locker.query('COMMIT');
    });

    it('refuses to sign or withdraw on a letter that a concurrent transaction closes', async () => {
      const letter = await openLetter();
      const early = await signer('Early Org');
      const late = await signer('Late Org');
      const signed = await endorse(early, letter.id, letter.hash);
      // deliverLetter closes the letter while holding its lock.
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM letters WHERE id = $1 FOR UPDATE', [letter.id]);
      await locker.query(`UPDATE letters SET status = 'CLOSED' WHERE id = $1`, [letter.id]);
      const endorsing = app.gql(
        ENDORSE_LETTER,
        endorseInput(letter.id, late.org.id, letter.hash),
        late.user.accessToken,
      );
      const withdrawing = app.gql(WITHDRAW, { input: { endorsementId: signed.id } }, early.user.accessToken);
      await waitForBlocked(2);
      await locker.query('COMMIT');
      expect(errorCode(await endorsing)).toBe('INVALID_STATE');
      expect(errorCode(await withdrawing)).toBe('INVALID_STATE');
      const { rows } = await app.sql.query('SELECT status FROM endorsements WHERE letter_id = $1', [letter.id]);
      expect(rows).toEqual([{ status: 'SIGNED' }]);
    });
  });
});
