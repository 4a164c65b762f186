import request from 'supertest';
import { editionHash } from '../libs/deliveries/edition-hash';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createOrganisation,
  deliverLetter,
  endorseAs,
  openLetter,
  organisationWithOwner,
  signUp,
  verifyDirectly,
  type OrganisationOwner,
  type TestUser,
} from './support/factories';
import { SmtpSink, type ReceivedMail } from './support/smtp-sink';
import { graphql } from './gql';

// Issue 18, defect 2: a "minor" edit may only fix typos (contract stage 6, "Minor edits, by words");
// whoever stays signed through one is told, can object with one click, and the edition shows it.

const REVISE = graphql(`
  mutation Trust3MinorEditsRevise($input: ReviseLetterInput!) {
    reviseLetter(input: $input) {
      number
      contentHash
    }
  }
`);
const OBJECT = graphql(`
  mutation Trust3MinorEditsObject($token: String!) {
    objectToMinorEdit(token: $token)
  }
`);
const CONFIRM_SIGNATURE = graphql(`
  mutation Trust3MinorEditsConfirmSignature($t: String!) {
    confirmSignature(token: $t) {
      id
    }
  }
`);
const COUNTS = graphql(`
  query Trust3MinorEditsCounts($id: ID!) {
    letter(id: $id) {
      counts {
        signed
        needsReconfirmation
      }
    }
  }
`);
const AUDIT_TRAIL = graphql(`
  query Trust3MinorEditsAuditTrail($id: ID!) {
    auditTrail(letterId: $id) {
      verified
      events {
        kind
        organisationId
      }
    }
  }
`);
const EDITION = graphql(`
  query Trust3MinorEditsEdition($id: ID!) {
    letter(id: $id) {
      edition {
        id
        contentHash
        editionHash
        unnamedCount
        supporterCount
        signatories {
          displayName
          signedVersion
          contentHash
        }
        minorEdits {
          version
          contentHash
          diff
        }
      }
    }
  }
`);
const STATUS = 'SELECT status, content_hash, signed_version_number FROM endorsements WHERE id = $1';
const PUBLIC_URL = 'https://undersigned.example';
const OBJECTION_LINK = new RegExp(`${PUBLIC_URL}/minor-edits/object\\?token=([A-Za-z0-9_-]+)`);

describe('trust 3: minor edits, by words', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let lead: OrganisationOwner;

  interface Signer {
    user: TestUser;
    org: { id: string; slug: string };
  }

  async function signer(name: string): Promise<Signer> {
    const user = await signUp(app, `${name} signer`);
    await verifyDirectly(app, user);
    return { user, org: await createOrganisation(app, user, { name, country: 'GB' }) };
  }

  const revise = (letterId: string, body: string, title?: string) =>
    app.gql(REVISE, { input: { letterId, body, material: false, ...(title ? { title } : {}) } }, lead.token);

  const versions = async (letterId: string): Promise<number> =>
    Number(
      (await app.sql.query('SELECT count(*) AS n FROM letter_versions WHERE letter_id = $1', [letterId])).rows[0].n,
    );

  const status = async (endorsementId: string): Promise<string> =>
    (await app.sql.query(STATUS, [endorsementId])).rows[0].status as string;

  /** The mail about `title` to `email` whose text matches `pattern`. */
  const mailTo = (email: string, pattern: RegExp): Promise<ReceivedMail> =>
    smtp.waitFor(email, (m) => pattern.test(m.parsed.text ?? ''));

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    app = await startTestApp({ SMTP_URL: smtp.url, WORKER: 'on', PUBLIC_URL });
    lead = await organisationWithOwner(app, { name: 'Minor Edits Lead' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('refuses a rewrite under 100 changed characters declared minor, and keeps every signatory where it was', async () => {
    const body = 'Dear Minister,\n\nWe urge you to impose sanctions.\n\nSincerely,';
    const letter = await openLetter(app, lead, { body });
    const consenting = await signer('Sanctions Now');
    const signed = await endorseAs(app, consenting, letter.letterId, letter.contentHash, { acceptMinorEdits: true });

    // The attack: 85 characters, which the character rule let through.
    const reversed = await revise(
      letter.letterId,
      'Dear Minister,\n\nWe have weighed it all and see no need for sanctions at this time.\n\nSincerely,',
    );
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
    // A single "not" is a word inserted, not a typo fixed.
    const negated = await revise(letter.letterId, body.replace('We urge', 'We do not urge'));
    expect(errorCode(negated)).toBe('BAD_USER_INPUT');
    expect(await versions(letter.letterId)).toBe(1);
    expect((await app.sql.query(STATUS, [signed.id])).rows[0]).toMatchObject({
      status: 'SIGNED',
      content_hash: letter.contentHash,
    });
  });

  it('refuses punctuation that makes Markdown hide a paragraph, a repeat deleted to none and a stance swap', async () => {
    const body =
      'Dear Minister,\n\nWe do not support the new surveillance law. We will never, never accept it.\n\nSincerely,';
    const letter = await openLetter(app, lead, { body });
    const consenting = await signer('Surveillance Watch');
    const signed = await endorseAs(app, consenting, letter.letterId, letter.contentHash, { acceptMinorEdits: true });
    for (const edited of [
      // A link reference definition is never rendered: the paragraph would vanish from the PDF.
      body.replace('We do not support the new surveillance law. We will never, never accept it.', '[$&]: .'),
      body.replace('We do not support the new surveillance law.', '![$&](.)'),
      body.replace('never, never ', ''),
      body.replace('accept', 'except'),
    ]) {
      const response = await revise(letter.letterId, edited);
      expect({ edited, code: errorCode(response) }).toEqual({ edited, code: 'BAD_USER_INPUT' });
    }
    expect(await versions(letter.letterId)).toBe(1);
    expect(await status(signed.id)).toBe('SIGNED');
    // Punctuation that leaves the paragraph a paragraph is still a minor edit.
    expect(errorCode(await revise(letter.letterId, body.replace('law.', 'law!')))).toBeUndefined();
    expect(await versions(letter.letterId)).toBe(2);
  });

  it('refuses changed CJK numerals and spelled-out numbers as minor edits', async () => {
    const body = '部长：\n\n我们要求释放被判处三年徒刑的记者，并提出一项要求。\n\nWe ask for twenty places.';
    const letter = await openLetter(app, lead, { body });
    const consenting = await signer('CJK Watch');
    const signed = await endorseAs(app, consenting, letter.letterId, letter.contentHash, { acceptMinorEdits: true });
    for (const edited of [
      body.replace('三年', '十年'),
      body.replace('一项', '一萬項'),
      body.replace('twenty', 'twelve'),
      body.replace('twenty', 'plenty'),
    ]) {
      const response = await revise(letter.letterId, edited);
      expect({ edited, code: errorCode(response) }).toEqual({ edited, code: 'BAD_USER_INPUT' });
    }
    expect(await versions(letter.letterId)).toBe(1);
    expect(await status(signed.id)).toBe('SIGNED');
  });

  it('keeps consenting signatories through a typo fix, mails them the diff with a one-click objection link', async () => {
    const body = 'Dear Minister,\n\nWe urge you to relase the detianed journalists.\n\nSincerely,';
    const letter = await openLetter(app, lead, { body });
    const consenting = await signer('Typo Tolerant');
    const strict = await signer('Typo Strict');
    const kept = await endorseAs(app, consenting, letter.letterId, letter.contentHash, { acceptMinorEdits: true });
    const asked = await endorseAs(app, strict, letter.letterId, letter.contentHash);

    // Typos, case and punctuation: a minor edit.
    const fixed = 'Dear minister,\n\nWe urge you to release the detained journalists!\n\nSincerely,';
    const revised = await revise(letter.letterId, fixed);
    expect(errorCode(revised)).toBeUndefined();
    expect(await status(kept.id)).toBe('SIGNED');
    expect(await status(asked.id)).toBe('NEEDS_RECONFIRMATION');

    // The kept signatory is told what changed since what it signed, with a link to object.
    const mail = await mailTo(consenting.user.email, OBJECTION_LINK);
    const text = mail.parsed.text ?? '';
    expect(text).toContain('[-relase-]{+release+}');
    expect(text).toContain('[-detianed-]{+detained+}');
    expect(text).toMatch(/this changes what we signed/i);
    const token = OBJECTION_LINK.exec(text)?.[1] as string;
    // The strict signatory is asked to re-confirm, and gets no objection link (there is nothing to object to).
    const reconfirm = await mailTo(strict.user.email, /re-confirm/);
    expect(reconfirm.parsed.text).not.toMatch(OBJECTION_LINK);

    // A link of another purpose is no objection link.
    expect(errorCode(await app.gql(OBJECT, { token: 'not-a-token' }))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(CONFIRM_SIGNATURE, { t: token }))).toBe('NOT_FOUND');

    // One click, no account.
    const objected = await app.gql(OBJECT, { token });
    expect(objected.body.data?.objectToMinorEdit).toBe(true);
    expect(await status(kept.id)).toBe('NEEDS_RECONFIRMATION');
    const signatories = await app.gql(COUNTS, { id: letter.letterId });
    expect(signatories.body.data?.letter?.counts).toEqual({ signed: 0, needsReconfirmation: 2 });
    // The audit trail records who objected.
    const trail = await app.gql(AUDIT_TRAIL, { id: letter.letterId }, lead.token);
    expect(trail.body.data?.auditTrail.verified).toBe(true);
    expect(trail.body.data?.auditTrail.events.at(-1)).toEqual({
      kind: 'MINOR_EDIT_OBJECTED',
      organisationId: consenting.org.id,
    });
    // Used once: the link is spent.
    expect(errorCode(await app.gql(OBJECT, { token }))).toBe('NOT_FOUND');

    // Re-signing the current text is the way back.
    const current = revised.body.data?.reviseLetter.contentHash as string;
    expect((await endorseAs(app, consenting, letter.letterId, current)).status).toBe('SIGNED');
  });

  it('shows in the edition and on /verify the version each signatory signed and the minor edits since, with diffs', async () => {
    const body = 'Dear Minister,\n\nWe ask you to raise the cases of the detianed.\n\nSincerely,';
    const letter = await openLetter(app, lead, { body, title: 'Raise the cases' });
    const early = await signer('Early Signer');
    const earlySigned = await endorseAs(app, early, letter.letterId, letter.contentHash, { acceptMinorEdits: true });
    const revised = await revise(letter.letterId, body.replace('detianed', 'detained'));
    expect(errorCode(revised)).toBeUndefined();
    const v2 = revised.body.data?.reviseLetter.contentHash as string;
    const late = await signer('Late Signer');
    await endorseAs(app, late, letter.letterId, v2);
    const token = OBJECTION_LINK.exec(
      (await mailTo(early.user.email, OBJECTION_LINK)).parsed.text ?? '',
    )?.[1] as string;

    await addRecipient(app, lead, letter.letterId, {
      name: 'The Minister',
      postalAddress: '1 Main St',
      role: 'TO',
      channel: 'POST',
    });
    await deliverLetter(app, lead, letter.letterId);

    // After delivery the objection link no longer works, and changes nothing.
    expect(errorCode(await app.gql(OBJECT, { token }))).toBe('INVALID_STATE');
    expect(await status(earlySigned.id)).toBe('SIGNED');

    const read = await app.gql(EDITION, { id: letter.letterId }, lead.token);
    expect(read.body.errors).toBeUndefined();
    const edition = read.body.data?.letter?.edition;
    if (!edition) throw new Error(`no edition: ${read.text}`);
    const byName = new Map(edition.signatories.map((s) => [s.displayName, s]));
    expect(byName.get('Early Signer')).toEqual({
      displayName: 'Early Signer',
      signedVersion: 1,
      contentHash: letter.contentHash,
    });
    expect(byName.get('Late Signer')).toEqual({ displayName: 'Late Signer', signedVersion: 2, contentHash: v2 });
    expect(edition.minorEdits).toEqual([
      { version: 2, contentHash: v2, diff: expect.stringContaining('[-detianed-]{+detained+}') },
    ]);
    // The edition hash rule (stage 2c) is unchanged.
    expect(edition.editionHash).toBe(
      editionHash({
        contentHash: edition.contentHash,
        signatories: edition.signatories.map((s) => s.displayName),
        unnamedCount: edition.unnamedCount,
        supporterCount: edition.supporterCount,
      }),
    );

    const json = await request(app.url).get(`/verify/${edition.id}`).set('Accept', 'application/json');
    expect(json.status).toBe(200);
    expect(json.body.signatories).toEqual(edition.signatories.map((s) => s.displayName));
    expect(json.body.signatoryVersions).toEqual(
      expect.arrayContaining([
        { displayName: 'Early Signer', signedVersion: 1, contentHash: letter.contentHash, minorEditsSince: [2] },
        { displayName: 'Late Signer', signedVersion: 2, contentHash: v2, minorEditsSince: [] },
      ]),
    );
    expect(json.body.minorEdits).toEqual([
      {
        version: 2,
        contentHash: v2,
        note: null,
        editedAt: expect.any(String),
        diff: expect.stringContaining('{+detained+}'),
      },
    ]);
    const html = await request(app.url).get(`/verify/${edition.id}`).set('Accept', 'text/html');
    expect(html.text).toMatch(/Early Signer<\/bdi>[^<]*signed version 1/);
    expect(html.text).toContain('minor edits since: version 2');
    expect(html.text).toContain('[-detianed-]{+detained+}');
  });
});
