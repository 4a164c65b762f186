import { createHash } from 'node:crypto';
import request from 'supertest';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  countRows,
  createLetter,
  deliverLetter,
  memberOf,
  openDraft,
  organisationWithOwner,
  reviseLetter,
  signUp,
  tokenOf,
  type Actor,
  type OrganisationMember,
  type OrganisationOwner,
  type TestLetter,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';
import type { SaveTranslationInput, TranslationStatus } from './gql/graphql';

// Issue 21, part 1 and the edition of part 3 (contract stage 8): translations of a letter, bound to
// the original's version, approved by its leads, frozen into the edition and covered by its hash.

const PUBLIC_URL = 'https://undersigned.example';

const SAVE = graphql(`
  mutation TranslationsSave($input: SaveTranslationInput!) {
    saveTranslation(input: $input) {
      id
      language
      title
      body
      contentHash
      translator
      status
      basedOnVersion
      approvedAt
      updatedAt
    }
  }
`);
const APPROVE = graphql(`
  mutation TranslationsApprove($translationId: ID!) {
    approveTranslation(translationId: $translationId) {
      id
      status
      basedOnVersion
      approvedAt
    }
  }
`);
const DELETE = graphql(`
  mutation TranslationsDelete($translationId: ID!) {
    deleteTranslation(translationId: $translationId)
  }
`);
const READ = graphql(`
  query TranslationsRead($id: ID!, $status: TranslationStatus, $language: String!) {
    letter(id: $id) {
      language
      translations(status: $status) {
        id
        language
        title
        status
        contentHash
        basedOnVersion
      }
      translation(language: $language) {
        id
        language
        title
        body
        translator
        status
      }
    }
  }
`);
const DIFF = graphql(`
  query TranslationsDiff($id: ID!, $from: Int!, $to: Int!) {
    letter(id: $id) {
      diff(fromVersion: $from, toVersion: $to)
    }
  }
`);
const EDITION = graphql(`
  query TranslationsEdition($id: ID!) {
    letter(id: $id) {
      slug
      edition {
        id
        contentHash
        editionHash
        unnamedCount
        supporterCount
        signatories {
          displayName
        }
        translations {
          language
          contentHash
          pdfUrl
        }
      }
    }
  }
`);

const BODY = 'Dear Secretary,\n\nWe ask you to raise the cases of the detained.\n\nSincerely,';
const ZH = {
  language: 'zh-Hans',
  title: '提出被拘留者的案件',
  body: '尊敬的国务卿：\n\n我们请求您提出被拘留者的案件。\n\n此致',
};
const UG = {
  language: 'ug',
  title: 'تۇتۇلغانلارنىڭ دېلولىرىنى قوزغاڭ',
  body: 'ھۆرمەتلىك مىنىستىر،\n\nتۇتۇلغانلارنىڭ دېلولىرىنى قوزغىشىڭىزنى سورايمىز.\n\nھۆرمەت بىلەن',
};

/** The contract's content hash, computed here from the text (already canonical: NFC, no trailing spaces). */
function contentHashOf(title: string, body: string): string {
  return createHash('sha256').update(`${title}\n\n${body}`, 'utf8').digest('hex');
}

interface EditionShape {
  contentHash: string;
  signatories: { displayName: string }[];
  supporterCount: number;
  unnamedCount: number;
  translations: { language: string; contentHash: string }[];
}

/** The edition hash from the contract's canonical JSON (stage 2c; stage 8 adds translations when there are any). */
function editionHashOf(edition: EditionShape): string {
  const translations = [...edition.translations]
    .sort((a, b) => (a.language < b.language ? -1 : 1))
    .map((t) => ({ contentHash: t.contentHash, language: t.language }));
  const canonical = JSON.stringify({
    contentHash: edition.contentHash,
    signatories: edition.signatories.map((s) => s.displayName),
    supporterCount: edition.supporterCount,
    ...(translations.length ? { translations } : {}),
    unnamedCount: edition.unnamedCount,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

describe('translations of a letter', () => {
  let app: TestApp;
  let lead: OrganisationOwner;
  let coordinator: OrganisationMember;
  let member: OrganisationMember;
  let outsider: TestUser;

  async function save(actor: Actor, letterId: string, input: Omit<SaveTranslationInput, 'letterId'>) {
    const response = await app.gql(SAVE, { input: { letterId, ...input } }, tokenOf(actor));
    if (!response.body.data) throw new Error(`saveTranslation failed: ${response.text}`);
    return response.body.data.saveTranslation;
  }

  async function approve(actor: Actor, translationId: string) {
    const response = await app.gql(APPROVE, { translationId }, tokenOf(actor));
    if (!response.body.data) throw new Error(`approveTranslation failed: ${response.text}`);
    return response.body.data.approveTranslation;
  }

  async function read(
    letterId: string,
    actor: Actor | null,
    { status, language = 'zh-Hans' }: { status?: TranslationStatus; language?: string } = {},
  ) {
    const response = await app.gql(READ, { id: letterId, status, language }, actor ? tokenOf(actor) : undefined);
    return response;
  }

  /** Each translation's status, by language, as stored. */
  async function statuses(letterId: string): Promise<Record<string, string>> {
    const { rows } = await app.sql.query<{ language: string; status: string }>(
      'SELECT language, status FROM letter_translations WHERE letter_id = $1',
      [letterId],
    );
    return Object.fromEntries(rows.map((r) => [r.language, r.status]));
  }

  /** An OPEN letter of the lead organisation, in English. */
  async function openEnglishLetter(visibility: 'PUBLIC' | 'PRIVATE' = 'PUBLIC'): Promise<TestLetter> {
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility, body: BODY });
    await openDraft(app, lead, letter.id);
    return letter;
  }

  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL });
    lead = await organisationWithOwner(app, { name: 'Translations Lead Coalition' });
    coordinator = await memberOf(app, lead, 'COORDINATOR');
    member = await memberOf(app, lead, 'MEMBER');
    outsider = await signUp(app, 'Translations Outsider');
  });
  afterAll(() => app.close());

  it('names the original language: "en" unless given, stored canonical; a bad tag creates no letter', async () => {
    const english = await createLetter(app, lead.user, lead.organisationId);
    expect((await read(english.id, lead)).body.data?.letter?.language).toBe('en');
    const tibetan = await createLetter(app, lead.user, lead.organisationId, { language: 'BO-cn' });
    expect((await read(tibetan.id, lead)).body.data?.letter?.language).toBe('bo-CN');

    const before = await countRows(app, 'letters');
    for (const language of ['en_US', 'x-klingon', '', 'en-u-nu-arab', 'und', 'e'.repeat(40)]) {
      const refused = await app.gql(
        graphql(`
          mutation TranslationsCreateLetter($input: CreateLetterInput!) {
            createLetter(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            title: 'A letter',
            body: BODY,
            leadOrganisationId: lead.organisationId,
            visibility: 'PUBLIC',
            language,
          },
        },
        lead.token,
      );
      expect({ language, code: errorCode(refused) }).toEqual({ language, code: 'BAD_USER_INPUT' });
    }
    expect(await countRows(app, 'letters')).toBe(before);
  });

  it('keeps a saved translation a DRAFT only leads see; approved, the public reads it on a PUBLIC letter', async () => {
    const letter = await openEnglishLetter();
    const zh = await save(lead, letter.id, { ...ZH, language: 'ZH-hans', translator: '  Li Wei ' });
    expect(zh).toMatchObject({
      language: 'zh-Hans',
      title: ZH.title,
      body: ZH.body,
      contentHash: contentHashOf(ZH.title, ZH.body),
      translator: 'Li Wei',
      status: 'DRAFT',
      basedOnVersion: 1,
      approvedAt: null,
    });
    const ug = await save(coordinator, letter.id, UG);
    expect(ug).toMatchObject({ language: 'ug', status: 'DRAFT', contentHash: contentHashOf(UG.title, UG.body) });

    // A DRAFT is on no public surface, nor shown to the lead organisation's members who do not run the letter.
    for (const reader of [null, outsider, member]) {
      const seen = await read(letter.id, reader);
      expect(seen.body.errors).toBeUndefined();
      expect(seen.body.data?.letter).toMatchObject({ language: 'en', translations: [], translation: null });
      expect((await read(letter.id, reader, { status: 'DRAFT' })).body.data?.letter?.translations).toEqual([]);
    }
    const byLead = (await read(letter.id, lead)).body.data?.letter;
    expect(byLead?.translations.map((t) => [t.language, t.status])).toEqual([
      ['ug', 'DRAFT'],
      ['zh-Hans', 'DRAFT'],
    ]);
    expect(byLead?.translation).toMatchObject({ id: zh.id, status: 'DRAFT', translator: 'Li Wei' });

    const approved = await approve(coordinator, zh.id);
    expect(approved).toMatchObject({ id: zh.id, status: 'APPROVED', basedOnVersion: 1 });
    expect(approved.approvedAt).not.toBeNull();
    await approve(lead, ug.id);

    for (const reader of [null, outsider, member]) {
      const seen = (await read(letter.id, reader, { language: 'zh-hans' })).body.data?.letter;
      expect(seen?.translations.map((t) => [t.language, t.status, t.contentHash])).toEqual([
        ['ug', 'APPROVED', contentHashOf(UG.title, UG.body)],
        ['zh-Hans', 'APPROVED', contentHashOf(ZH.title, ZH.body)],
      ]);
      expect(seen?.translation).toMatchObject({ id: zh.id, language: 'zh-Hans', body: ZH.body, status: 'APPROVED' });
    }
    const uyghur = (await read(letter.id, null, { language: 'UG' })).body.data?.letter?.translation;
    expect(uyghur).toMatchObject({ id: ug.id, title: UG.title });

    // Saving again replaces the text and asks for approval again: the public no longer sees it.
    const resaved = await save(lead, letter.id, { ...ZH, title: `${ZH.title}！` });
    expect(resaved).toMatchObject({ id: zh.id, status: 'DRAFT', approvedAt: null, translator: null });
    expect((await read(letter.id, null)).body.data?.letter?.translations.map((t) => t.language)).toEqual(['ug']);
  });

  it("shows a PRIVATE letter's approved translations to those who may read it, and nothing to the public", async () => {
    const letter = await openEnglishLetter('PRIVATE');
    await approve(lead, (await save(lead, letter.id, ZH)).id);
    await save(lead, letter.id, UG);

    for (const reader of [null, outsider]) {
      const seen = await read(letter.id, reader);
      expect(errorCode(seen)).toBe('NOT_FOUND');
      expect(seen.body.data?.letter ?? null).toBeNull();
    }
    const byMember = (await read(letter.id, member)).body.data?.letter;
    expect(byMember?.translations.map((t) => [t.language, t.status])).toEqual([['zh-Hans', 'APPROVED']]);
    expect((await read(letter.id, lead)).body.data?.letter?.translations.map((t) => t.status)).toEqual([
      'DRAFT',
      'APPROVED',
    ]);
  });

  it('lets only the leads (OWNER, COORDINATOR) save, approve and delete; others change nothing', async () => {
    const letter = await openEnglishLetter();
    const draft = await save(lead, letter.id, ZH);
    const before = await app.sql.query('SELECT * FROM letter_translations WHERE letter_id = $1', [letter.id]);

    for (const caller of [outsider, member]) {
      const saved = await app.gql(SAVE, { input: { letterId: letter.id, ...UG } }, tokenOf(caller));
      const approved = await app.gql(APPROVE, { translationId: draft.id }, tokenOf(caller));
      const deleted = await app.gql(DELETE, { translationId: draft.id }, tokenOf(caller));
      expect([errorCode(saved), errorCode(approved), errorCode(deleted)]).toEqual([
        'FORBIDDEN',
        'FORBIDDEN',
        'FORBIDDEN',
      ]);
    }
    const anonymous = await app.gql(APPROVE, { translationId: draft.id });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect((await app.sql.query('SELECT * FROM letter_translations WHERE letter_id = $1', [letter.id])).rows).toEqual(
      before.rows,
    );

    // Of a PRIVATE letter, an outsider learns nothing: not even that the translation exists.
    const hidden = await openEnglishLetter('PRIVATE');
    const hiddenDraft = await save(lead, hidden.id, ZH);
    expect(errorCode(await app.gql(APPROVE, { translationId: hiddenDraft.id }, outsider.accessToken))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await app.gql(SAVE, { input: { letterId: hidden.id, ...UG } }, outsider.accessToken))).toBe(
      'NOT_FOUND',
    );

    const deleted = await app.gql(DELETE, { translationId: draft.id }, coordinator.token);
    expect(deleted.body.data?.deleteTranslation).toBe(true);
    expect(await statuses(letter.id)).toEqual({});
    expect(errorCode(await app.gql(APPROVE, { translationId: draft.id }, lead.token))).toBe('NOT_FOUND');
  });

  it("refuses bad language tags, the original's own language and bad text with BAD_USER_INPUT, changing nothing", async () => {
    const letter = await openEnglishLetter();
    await save(lead, letter.id, ZH);
    const before = await app.sql.query('SELECT * FROM letter_translations ORDER BY id');
    const refusals: [string, Omit<SaveTranslationInput, 'letterId'>][] = [
      ['the original language', { ...UG, language: 'en' }],
      ['the original language in capitals', { ...UG, language: 'EN' }],
      ['an underscore', { ...UG, language: 'zh_Hans' }],
      ['private use', { ...UG, language: 'x-uyghur' }],
      ['an extension', { ...UG, language: 'zh-Hans-u-nu-hanidec' }],
      ['an empty tag', { ...UG, language: '' }],
      ['a long tag', { ...UG, language: `ug-${'abcdefgh-'.repeat(4)}x` }],
      ['undetermined', { ...UG, language: 'und' }],
      ['an empty title', { ...UG, title: ' ' }],
      ['a title of two lines', { ...UG, title: 'One\nTwo' }],
      ['a long title', { ...UG, title: 'x'.repeat(301) }],
      ['an empty body', { ...UG, body: '' }],
      ['a long translator', { ...UG, translator: 'x'.repeat(201) }],
    ];
    for (const [what, input] of refusals) {
      const refused = await app.gql(SAVE, { input: { letterId: letter.id, ...input } }, lead.token);
      expect({ what, code: errorCode(refused) }).toEqual({ what, code: 'BAD_USER_INPUT' });
    }
    expect((await app.sql.query('SELECT * FROM letter_translations ORDER BY id')).rows).toEqual(before.rows);
    expect(errorCode(await read(letter.id, null, { language: 'zh_Hans' }))).toBe('BAD_USER_INPUT');
  });

  it('outdates every translation at a material revision, not at a minor edit; the edition freezes only the APPROVED', async () => {
    const letter = await openEnglishLetter();
    const zh = await save(lead, letter.id, { ...ZH, translator: 'Li Wei' });
    const ug = await save(lead, letter.id, UG);
    await approve(lead, zh.id);
    await approve(lead, ug.id);

    // A minor edit (a typo fix) keeps them APPROVED, on the version they translate.
    await reviseLetter(app, lead, {
      letterId: letter.id,
      body: BODY.replace('Sincerely,', 'Sincerely;'),
      material: false,
    });
    expect(await statuses(letter.id)).toEqual({ 'zh-Hans': 'APPROVED', ug: 'APPROVED' });
    expect((await read(letter.id, null)).body.data?.letter?.translations.map((t) => t.basedOnVersion)).toEqual([1, 1]);

    // A material revision makes both OUTDATED: off the public page, and not approvable as they are.
    const changed = BODY.replace('the detained', 'the detained and the disappeared');
    const v3 = await reviseLetter(app, lead, { letterId: letter.id, body: changed, material: true });
    expect(await statuses(letter.id)).toEqual({ 'zh-Hans': 'OUTDATED', ug: 'OUTDATED' });
    expect((await read(letter.id, null)).body.data?.letter).toMatchObject({ translations: [], translation: null });
    for (const id of [zh.id, ug.id]) {
      expect(errorCode(await app.gql(APPROVE, { translationId: id }, lead.token))).toBe('INVALID_STATE');
    }
    expect(await statuses(letter.id)).toEqual({ 'zh-Hans': 'OUTDATED', ug: 'OUTDATED' });

    // Its translator sees what the original changed since the version translated.
    const outdated = (await read(letter.id, lead)).body.data?.letter?.translation;
    expect(outdated).toMatchObject({ status: 'OUTDATED' });
    const diff = await app.gql(DIFF, { id: letter.id, from: 1, to: v3.number }, lead.token);
    expect(diff.body.data?.letter?.diff).toContain(
      '+We ask you to raise the cases of the detained and the disappeared.',
    );

    // Saved again, on the current version, and approved: zh-Hans is back; ug stays OUTDATED; a bo DRAFT is new.
    const zhBody = ZH.body.replace('被拘留者', '被拘留者和失踪者');
    const resaved = await save(lead, letter.id, { ...ZH, body: zhBody, translator: 'Li Wei' });
    expect(resaved).toMatchObject({ id: zh.id, status: 'DRAFT', basedOnVersion: v3.number });
    await approve(coordinator, zh.id);
    await save(lead, letter.id, { language: 'bo', title: 'བཙོན་འཇུག་བྱས་པ།', body: 'བཀའ་བློན་ལགས།' });

    await addRecipient(app, lead, letter.id, {
      name: 'The Secretary',
      postalAddress: '1 Main St',
      role: 'TO',
      channel: 'POST',
    });
    await deliverLetter(app, lead, letter.id);

    const answer = await app.gql(EDITION, { id: letter.id });
    expect(answer.body.errors).toBeUndefined();
    const edition = answer.body.data?.letter?.edition;
    if (!edition) throw new Error(`no edition: ${answer.text}`);
    expect(edition.contentHash).toBe(v3.contentHash);
    expect(edition.translations).toEqual([
      {
        language: 'zh-Hans',
        contentHash: contentHashOf(ZH.title, zhBody),
        pdfUrl: `${PUBLIC_URL}/letters/${letter.slug}.pdf?lang=zh-Hans`,
      },
    ]);
    expect(edition.editionHash).toBe(editionHashOf(edition));
    // Without the translations the hash would differ: they are covered.
    expect(edition.editionHash).not.toBe(editionHashOf({ ...edition, translations: [] }));

    // Frozen: what the edition holds is the text approved, and the database keeps it so.
    const { rows } = await app.sql.query<{ title: string; body: string; translator: string | null }>(
      'SELECT title, body, translator FROM edition_translations WHERE letter_id = $1',
      [letter.id],
    );
    expect(rows).toEqual([{ title: ZH.title, body: zhBody, translator: 'Li Wei' }]);
    await expect(
      app.sql.query(`UPDATE edition_translations SET body = 'tampered' WHERE letter_id = $1`, [letter.id]),
    ).rejects.toThrow(/not allowed/);
    // Delivered, the translations are the edition's: none is saved, approved or deleted any more, so
    // the public page never shows a text other than the edition's.
    const before = await app.sql.query('SELECT * FROM letter_translations WHERE letter_id = $1 ORDER BY id', [
      letter.id,
    ]);
    const bo = before.rows.find((row: { language: string }) => row.language === 'bo') as { id: string };
    const refused = [
      await app.gql(SAVE, { input: { letterId: letter.id, ...UG } }, tokenOf(lead)),
      await app.gql(SAVE, { input: { letterId: letter.id, ...ZH, body: 'changed after delivery' } }, tokenOf(lead)),
      await app.gql(APPROVE, { translationId: bo.id }, tokenOf(lead)),
      await app.gql(DELETE, { translationId: resaved.id }, tokenOf(lead)),
    ];
    expect(refused.map(errorCode)).toEqual(['INVALID_STATE', 'INVALID_STATE', 'INVALID_STATE', 'INVALID_STATE']);
    expect(
      (await app.sql.query('SELECT * FROM letter_translations WHERE letter_id = $1 ORDER BY id', [letter.id])).rows,
    ).toEqual(before.rows);
    expect((await app.gql(EDITION, { id: letter.id })).body.data?.letter?.edition?.translations).toHaveLength(1);

    const verification = await request(app.url).get(`/verify/${edition.id}`).set('Accept', 'application/json');
    expect(verification.status).toBe(200);
    expect(verification.body.translations).toEqual(edition.translations);
    const page = await request(app.url).get(`/verify/${edition.id}`).set('Accept', 'text/html');
    expect(page.text).toContain(
      JSON.stringify({
        contentHash: edition.contentHash,
        signatories: [],
        supporterCount: 0,
        translations: [{ contentHash: contentHashOf(ZH.title, zhBody), language: 'zh-Hans' }],
        unnamedCount: 0,
      }).replace(/"/g, '&#34;'),
    );
  });

  it('keeps the edition hash of stage 2c for an edition without translations (outdated ones are left out)', async () => {
    for (const withOutdated of [false, true]) {
      const letter = await openEnglishLetter();
      if (withOutdated) {
        await approve(lead, (await save(lead, letter.id, UG)).id);
        await reviseLetter(app, lead, { letterId: letter.id, body: `${BODY}\n\nP.S. Urgent.`, material: true });
      }
      await addRecipient(app, lead, letter.id, {
        name: 'The Secretary',
        postalAddress: '1 Main St',
        role: 'TO',
        channel: 'POST',
      });
      await deliverLetter(app, lead, letter.id);
      const edition = (await app.gql(EDITION, { id: letter.id })).body.data?.letter?.edition;
      if (!edition) throw new Error('no edition');
      expect(edition.translations).toEqual([]);
      const stage2c = JSON.stringify({
        contentHash: edition.contentHash,
        signatories: edition.signatories.map((s) => s.displayName),
        supporterCount: edition.supporterCount,
        unnamedCount: edition.unnamedCount,
      });
      expect(edition.editionHash).toBe(createHash('sha256').update(stage2c).digest('hex'));
    }
  });

  it('never leaves a translation APPROVED on a replaced text when approval races a material revision', async () => {
    // A DRAFT letter: its revisions are not limited per day.
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC', body: BODY });
    const outcomes = { approvedFirst: 0, refused: 0 };
    for (let round = 1; round <= 8; round++) {
      const draft = await save(lead, letter.id, { ...ZH, body: `${ZH.body}\n\n${round}` });
      const [approved, revised] = await Promise.all([
        app.gql(APPROVE, { translationId: draft.id }, coordinator.token),
        app.gql(
          graphql(`
            mutation TranslationsRaceRevise($input: ReviseLetterInput!) {
              reviseLetter(input: $input) {
                number
              }
            }
          `),
          { input: { letterId: letter.id, body: `${BODY}\n\nRound ${round}.`, material: true } },
          lead.token,
        ),
      ]);
      expect(revised.body.errors).toBeUndefined();
      if (approved.body.data) {
        // Approved on the version before: the revision, committed after, outdated it.
        expect(approved.body.data.approveTranslation.basedOnVersion).toBe(round);
        outcomes.approvedFirst += 1;
      } else {
        expect(errorCode(approved)).toBe('INVALID_STATE');
        outcomes.refused += 1;
      }
      expect(await statuses(letter.id)).toEqual({ 'zh-Hans': 'OUTDATED' });
    }
    expect(outcomes.approvedFirst + outcomes.refused).toBe(8);
  });
});
