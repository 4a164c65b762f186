import { createHash } from 'node:crypto';
import request from 'supertest';
import { pdfRenders } from '../libs/deliveries/render/render-thread';
import { eventually } from './support/eventually';
import { pdfReadingText } from './support/pdf-reading';
import { SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createLetter,
  deliverLetter,
  endorseAs,
  openDraft,
  organisationWithOwner,
  reviseLetter,
  signUp,
  type Actor,
  tokenOf,
  type OrganisationOwner,
  type TestLetter,
} from './support/factories';
import { graphql } from './gql';
import type { SaveTranslationInput } from './gql/graphql';

// Issue 21, part 3 (contract stage 8): the edition carries its translations. Each APPROVED one is
// typeset like the original, in its own script and direction, naming the original it translates;
// delivery mails attach them; /verify lists them with their PDFs.

const PUBLIC_URL = 'https://undersigned.example';

const SAVE = graphql(`
  mutation TranslationPdfsSave($input: SaveTranslationInput!) {
    saveTranslation(input: $input) {
      id
      status
    }
  }
`);
const APPROVE = graphql(`
  mutation TranslationPdfsApprove($translationId: ID!) {
    approveTranslation(translationId: $translationId) {
      id
      status
    }
  }
`);
const EDITION = graphql(`
  query TranslationPdfsEdition($id: ID!) {
    letter(id: $id) {
      currentVersion {
        contentHash
      }
      edition {
        id
        contentHash
        editionHash
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
  body: '尊敬的国务卿：\n\n我们请求您提出被拘留者的案件。维吾尔人和藏人的家属仍在等待消息。\n\n此致',
  translator: '李伟',
};
const UG = {
  language: 'ug',
  title: 'تۇتۇلغانلارنىڭ دېلولىرىنى قوزغاڭ',
  body: 'ھۆرمەتلىك مىنىستىر،\n\nتۇتۇلغانلارنىڭ دېلولىرىنى قوزغىشىڭىزنى سورايمىز.\n\nھۆرمەت بىلەن',
};
const BO = { language: 'bo', title: 'བཙོན་འཇུག་བྱས་པའི་མི་', body: 'གུས་ཞབས།\n\nབཙོན་འཇུག་བྱས་པའི་མི་' };
const FR = {
  language: 'fr',
  title: 'Soulevez les cas des détenus',
  body: 'Monsieur le Secrétaire,\n\nNous vous demandons…',
};
const SIGNATORY = 'ئۇيغۇر كىشىلىك ھوقۇقى';
const RECIPIENT = 'translations@state.example';
const MAX_BYTES = 1.5 * 1024 * 1024;

function contentHashOf(title: string, body: string): string {
  return createHash('sha256').update(`${title}\n\n${body}`, 'utf8').digest('hex');
}

/** The subset fonts a PDF embeds, by base name: pdfkit writes font dictionaries uncompressed. */
function subsetFonts(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/BaseFont \/([A-Z]{6}\+[^\s/<>[\]]+)/g)].map((m) => m[1]);
}

describe('the edition carries its translations: PDFs, delivery mails and verification', () => {
  let app: TestApp;
  const smtp = new SmtpSink();
  let lead: OrganisationOwner;

  async function translate(actor: Actor, letterId: string, input: Omit<SaveTranslationInput, 'letterId'>) {
    const saved = await app.gql(SAVE, { input: { letterId, ...input } }, tokenOf(actor));
    if (!saved.body.data) throw new Error(`saveTranslation failed: ${saved.text}`);
    return saved.body.data.saveTranslation;
  }

  async function approve(actor: Actor, translationId: string): Promise<void> {
    const approved = await app.gql(APPROVE, { translationId }, tokenOf(actor));
    expect(approved.body.data?.approveTranslation.status).toBe('APPROVED');
  }

  /** GET /letters/:slug.pdf with a query string, as bytes. */
  async function get(
    slug: string,
    query: string,
    token?: string,
  ): Promise<{ status: number; body: Buffer; headers: Record<string, string> }> {
    const req = request(app.url).get(`/letters/${slug}.pdf${query}`);
    if (token) req.set('Authorization', `Bearer ${token}`);
    const served = await req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    return { status: served.status, body: served.body as Buffer, headers: served.headers as Record<string, string> };
  }

  async function text(pdf: Buffer): Promise<string> {
    return pdfReadingText(new Uint8Array(pdf));
  }

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      WORKER: 'on',
      DELIVERY_RETRY_DELAY_SECONDS: '1',
      DELIVERY_RATE_PER_MINUTE: '6000',
      PUBLIC_URL,
    });
    lead = await organisationWithOwner(app, { name: 'Translation PDFs Lead' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('typesets each APPROVED translation with the signatories and the original’s hash, mails them with the original, and lists them for verification', async () => {
    const letter: TestLetter = await createLetter(app, lead.user, lead.organisationId, {
      visibility: 'PUBLIC',
      body: BODY,
    });
    await openDraft(app, lead, letter.id);
    // French, approved on the first version, is OUTDATED by a material revision; Tibetan stays a DRAFT.
    await approve(lead, (await translate(lead, letter.id, FR)).id);
    const revised = await reviseLetter(app, lead, {
      letterId: letter.id,
      body: BODY.replace('the detained', 'the detained and the disappeared'),
      material: true,
    });
    await approve(lead, (await translate(lead, letter.id, ZH)).id);
    await approve(lead, (await translate(lead, letter.id, UG)).id);
    expect((await translate(lead, letter.id, BO)).status).toBe('DRAFT');
    const signer = await organisationWithOwner(app, { name: SIGNATORY });
    await endorseAs(app, { user: signer.user, org: { id: signer.organisationId } }, letter.id, revised.contentHash);

    // Before delivery: the current APPROVED translation, the tag canonicalised, the letter as it stands.
    const before = await get(letter.slug, '?lang=ZH-hans');
    expect(before.status).toBe(200);
    expect(before.headers['content-type']).toMatch(/^application\/pdf/);
    expect(before.headers['content-disposition']).toBe(`inline; filename="${letter.slug}.zh-Hans.pdf"`);
    expect(before.headers['content-language']).toBe('zh-Hans');
    const beforeText = await text(before.body);
    expect(beforeText).toContain(ZH.title);
    expect(beforeText).toContain(`Original content hash: ${revised.contentHash}`);
    expect(beforeText).toContain(SIGNATORY);
    expect(beforeText).toContain('草稿——未递交'); // Draft — not delivered
    // The original's own language is the original.
    expect(await text((await get(letter.slug, '?lang=en')).body)).not.toContain('Original content hash');
    // A DRAFT, an OUTDATED and an absent translation are not found; a malformed tag is bad input.
    for (const query of ['?lang=bo', '?lang=fr', '?lang=de', '?lang=zh-Hant']) {
      expect({ query, status: (await get(letter.slug, query)).status }).toEqual({ query, status: 404 });
    }
    for (const query of ['?lang=zh_Hans', '?lang=', '?lang=x-klingon', '?lang=en&lang=ug', '?lang=und']) {
      const refused = await get(letter.slug, query);
      expect({ query, status: refused.status }).toEqual({ query, status: 400 });
      expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    }

    await addRecipient(app, lead, letter.id, { name: 'Secretary', role: 'TO', channel: 'EMAIL', email: RECIPIENT });
    await deliverLetter(app, lead, letter.id);
    const edition = (await app.gql(EDITION, { id: letter.id })).body.data?.letter?.edition;
    if (!edition) throw new Error('no edition');
    expect(edition.contentHash).toBe(revised.contentHash);
    expect(edition.translations).toEqual([
      {
        language: 'ug',
        contentHash: contentHashOf(UG.title, UG.body),
        pdfUrl: `${PUBLIC_URL}/letters/${letter.slug}.pdf?lang=ug`,
      },
      {
        language: 'zh-Hans',
        contentHash: contentHashOf(ZH.title, ZH.body),
        pdfUrl: `${PUBLIC_URL}/letters/${letter.slug}.pdf?lang=zh-Hans`,
      },
    ]);

    // The Uyghur PDF: its title in logical order, the original named by language and hash, the signatory, the footer.
    const uyghur = await get(letter.slug, '?lang=ug');
    expect(uyghur.status).toBe(200);
    const uyghurText = await text(uyghur.body);

    expect(uyghurText).toContain(UG.title);
    expect(uyghurText).toContain('ھۆرمەتلىك مىنىستىر،');
    expect(uyghurText).toContain(`Original content hash: ${edition.contentHash}`);
    expect(uyghurText).toContain(`Translation content hash: ${contentHashOf(UG.title, UG.body)}`);
    expect(uyghurText).toMatch(/Translation into Uyghur \(ug\), for reading\. It translates the original in\s+English/);
    expect(uyghurText).toContain(SIGNATORY);
    expect(uyghurText).toContain(`Edition hash: ${edition.editionHash}`);
    expect(uyghurText).not.toContain('Draft — not delivered');
    expect(uyghur.body.toString('latin1')).toMatch(/\/Lang \(ug\)/);

    // The Chinese PDF embeds a subset of a CJK font (and of no whole font), and stays small.
    const chinese = await get(letter.slug, '?lang=zh-Hans');
    expect(chinese.status).toBe(200);
    expect(chinese.body.length).toBeLessThan(MAX_BYTES);
    const fonts = subsetFonts(chinese.body);
    expect(fonts.some((name) => /\+NotoSansSC/.test(name))).toBe(true);
    expect(chinese.body.toString('latin1')).not.toMatch(/\/BaseFont \/NotoSansSC/);
    const chineseText = await text(chinese.body);
    expect(chineseText).toContain(ZH.title);
    // Its fixed words in Simplified Chinese, a catalog language of the web app; the hash lines keep their English label.
    expect(chineseText).toMatch(/简体中文（zh-Hans）译文，译者：李伟，供阅读。/);
    expect(chineseText).toContain('是签署的、具有权威性的文本');
    expect(chineseText).toContain(`原文内容哈希值 / Original content hash: ${edition.contentHash}`);
    expect(chineseText).toContain('签署方');
    expect(chineseText).toMatch(/第 1 页，共 \d+ 页/);
    expect(chineseText).not.toMatch(/Signatories|Page 1 of/);
    // A language without a catalog (Uyghur) keeps the English words.
    expect(uyghurText).toContain('Signatories');

    // Once delivered, the frozen PDF is served as stored: the same bytes every time.
    expect((await get(letter.slug, '?lang=ug')).body.equals(uyghur.body)).toBe(true);
    for (const query of ['?lang=bo', '?lang=fr']) {
      expect({ query, status: (await get(letter.slug, query)).status }).toEqual({ query, status: 404 });
    }

    // The delivery mail: the original and both translations, the very PDFs served; no DRAFT or OUTDATED one.
    const mail = await eventually(() => smtp.messages.find((m) => m.to.includes(RECIPIENT)), {
      timeoutMs: 60_000,
      what: 'the delivery mail',
    });
    const attachments = mail.parsed.attachments.filter((a) => a.mimeType === 'application/pdf');
    expect(attachments.map((a) => a.filename)).toEqual([
      `${letter.slug}.pdf`,
      `${letter.slug}.ug.pdf`,
      `${letter.slug}.zh-Hans.pdf`,
    ]);
    const attached = (name: string): Buffer =>
      Buffer.from(attachments.find((a) => a.filename === name)?.content as ArrayBuffer);
    expect(attached(`${letter.slug}.ug.pdf`).equals(uyghur.body)).toBe(true);
    expect(attached(`${letter.slug}.zh-Hans.pdf`).equals(chinese.body)).toBe(true);
    expect(await text(attached(`${letter.slug}.pdf`))).toContain('the detained and the disappeared');
    expect(mail.parsed.text).toContain(`- Uyghur (ug): attached as ${letter.slug}.ug.pdf`);
    expect(mail.parsed.text).toContain(`- Simplified Chinese (zh-Hans): attached as ${letter.slug}.zh-Hans.pdf`);
    expect(mail.parsed.text).not.toMatch(/\(bo\)|\(fr\)/);

    // /verify lists every translation with its hash and its PDF, as JSON and on the page.
    const verified = await request(app.url).get(`/verify/${edition.id}`).set('Accept', 'application/json');
    expect(verified.status).toBe(200);
    expect((verified.body as { translations: unknown }).translations).toEqual(edition.translations);
    const page = await request(app.url).get(`/verify/${edition.id}`).set('Accept', 'text/html');
    for (const t of edition.translations) {
      expect(page.text).toContain(`${t.language}: <code>${t.contentHash}</code> · <a href="${t.pdfUrl}">PDF</a>`);
      const linked = await get(letter.slug, new URL(t.pdfUrl).search);
      expect(linked.status).toBe(200);
    }
  });

  it('renders nothing for a language without an approved translation, and lets no flood of one letter’s languages evict or starve another letter’s PDF', async () => {
    const open = async (): Promise<TestLetter> => {
      const created = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC', body: BODY });
      await openDraft(app, lead, created.id);
      return created;
    };
    const flooded = await open();
    const other = await open();
    const third = await open();
    // More approved translations than the whole cache holds (32).
    const languages =
      'fr de es it nl pt sv da nb fi pl cs sk sl hr ro hu et lv lt ga cy eu ca gl is mt sq tr id ms sw af tl'.split(
        ' ',
      );
    for (const language of languages) {
      await approve(
        lead,
        (await translate(lead, flooded.id, { ...FR, language, title: `${FR.title} (${language})` })).id,
      );
    }
    expect((await get(other.slug, '')).status).toBe(200);
    let renders = pdfRenders();

    // Fifty languages with no translation, all at once, beside a real reader of an approved one.
    const absent = Array.from({ length: 50 }, (_, i) => `de-${100 + i}`);
    const [real, ...refused] = await Promise.all([
      get(flooded.slug, '?lang=fr'),
      ...absent.map((language) => get(flooded.slug, `?lang=${language}`)),
    ]);
    expect(real.status).toBe(200);
    expect(await text(real.body)).toContain(`${FR.title} (fr)`);
    expect(new Set(refused.map((r) => r.status))).toEqual(new Set([404]));
    expect(pdfRenders()).toBe(renders + 1);
    renders = pdfRenders();

    // Every approved language of one letter, one after another: each rendered, the other letter's PDF still kept.
    for (const language of languages) {
      expect({ language, status: (await get(flooded.slug, `?lang=${language}`)).status }).toEqual({
        language,
        status: 200,
      });
    }
    expect(pdfRenders()).toBe(renders + languages.length - 1); // French was kept from just before
    renders = pdfRenders();
    expect((await get(other.slug, '')).status).toBe(200);
    expect(pdfRenders()).toBe(renders);

    // Ten long translations of a fourth letter (seconds of typesetting each) asked for all at once: those
    // beyond its share are told to come back later (Retry-After), and another letter's reader still gets its
    // PDF. (The per-letter share itself, at most PDF_RENDERS_PER_LETTER at once, is proven in pdf-cache.spec.ts:
    // here the readers' thread drains fast enough that this part also passed before it.)
    const heavy = await open();
    const long = languages.slice(0, 10);
    for (const language of long) {
      const input = { ...FR, language, body: `${FR.body} ${'mot '.repeat(25_000)}` };
      await approve(lead, (await translate(lead, heavy.id, input)).id);
    }
    renders = pdfRenders();
    let refusedNow = 0;
    const flood = Promise.all(
      long.map((language) =>
        get(heavy.slug, `?lang=${language}`).then((r) => {
          if (r.status === 503) refusedNow++;
          return r;
        }),
      ),
    );
    // Each of the ten has either started rendering or been refused.
    await eventually(() => pdfRenders() - renders + refusedNow >= long.length, { what: 'the flood dispatched' });
    const thirdPdf = await get(third.slug, '');
    expect(thirdPdf.status).toBe(200);
    const answered = await flood;
    const busy = answered.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    expect(answered.filter((r) => r.status !== 503).every((r) => r.status === 200)).toBe(true);
  });

  it('typesets each translation once per delivery, after the edition is stored: not again when a signature makes it freeze twice', async () => {
    // A long original: its edition takes seconds to typeset, long enough for a signature to arrive meanwhile.
    const letter = await createLetter(app, lead.user, lead.organisationId, {
      visibility: 'PUBLIC',
      body: `${BODY}\n\n${'word '.repeat(30_000)}`,
    });
    await openDraft(app, lead, letter.id);
    await approve(lead, (await translate(lead, letter.id, ZH)).id);
    await approve(lead, (await translate(lead, letter.id, UG)).id);
    const { rows } = await app.sql.query<{ content_hash: string }>(
      'SELECT content_hash FROM letter_versions WHERE letter_id = $1',
      [letter.id],
    );
    const late = await organisationWithOwner(app, { name: 'Late Signatory' });
    await addRecipient(app, lead, letter.id, {
      name: 'The Minister',
      role: 'TO',
      channel: 'POST',
      postalAddress: '1 Main Street',
    });

    const renders = pdfRenders();
    const delivering = deliverLetter(app, lead, letter.id);
    await eventually(() => pdfRenders() > renders, { what: 'the edition’s first typesetting' });
    // Signed while the edition is typeset: what it prints has changed, so it is typeset again.
    await endorseAs(app, { user: late.user, org: { id: late.organisationId } }, letter.id, rows[0].content_hash);
    await delivering;
    const stored = async () =>
      (
        await app.sql.query<{ language: string; typeset: boolean }>(
          'SELECT language, pdf IS NOT NULL AS typeset FROM edition_translations WHERE letter_id = $1 ORDER BY language',
          [letter.id],
        )
      ).rows;
    await eventually(async () => (await stored()).every((t) => t.typeset), { what: 'the translations typeset' });
    expect(await stored()).toEqual([
      { language: 'ug', typeset: true },
      { language: 'zh-Hans', typeset: true },
    ]);
    // The edition twice (the signature came in between), each translation once.
    expect(pdfRenders() - renders).toBe(2 + 2);
    // Stored once: the database refuses to replace a stored PDF or to change a frozen translation.
    for (const change of ["pdf = 'x'::bytea", "title = 'changed'"]) {
      await expect(
        app.sql.query(`UPDATE edition_translations SET ${change} WHERE letter_id = $1`, [letter.id]),
      ).rejects.toThrow(/rows are immutable/);
    }
    const chinese = await get(letter.slug, '?lang=zh-Hans');
    expect(await text(chinese.body)).toContain('Late Signatory');
    expect(pdfRenders() - renders).toBe(2 + 2);
  });

  it('keeps the original’s access rules: a PRIVATE letter’s translation is not found by whoever may not read it', async () => {
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PRIVATE', body: BODY });
    await openDraft(app, lead, letter.id);
    await approve(lead, (await translate(lead, letter.id, ZH)).id);
    const outsider = await signUp(app, 'Translation PDFs Outsider');

    expect((await get(letter.slug, '?lang=zh-Hans')).status).toBe(404);
    expect((await get(letter.slug, '?lang=zh-Hans', outsider.accessToken)).status).toBe(404);
    expect((await get(letter.slug, '', outsider.accessToken)).status).toBe(404);
    const byLead = await get(letter.slug, '?lang=zh-Hans', lead.token);
    expect(byLead.status).toBe(200);
    // Never kept by a shared cache, nor by the browser.
    expect(byLead.headers['cache-control']).toBe('private, no-store');
    expect(await text(byLead.body)).toContain(ZH.title);
  });
});
