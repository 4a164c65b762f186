import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import request from 'supertest';
import { pdfRenders } from '../libs/deliveries/render/render-thread';
import { eventually } from './support/eventually';
import { SmtpSink } from './support/smtp-sink';
import { fetchPdf, pdfReadingText } from './support/pdf-reading';
import { startTestApp, type TestApp } from './support/test-app';
import {
  ADD_RECIPIENT,
  addRecipient,
  createLetter,
  createOrganisation,
  DELIVER_LETTER,
  ENDORSE_LETTER,
  endorseInput,
  openDraft,
  signUp,
  verifyDirectly,
  type TestLetter,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';
import type { EditionLetterEditionQuery } from './gql/graphql';

const TIBETAN = 'བོད་ཀྱི་མི་དབང་';
const CHINESE = '维吾尔人权项目';
const TRADITIONAL = '香港人權監察';
const UYGHUR = 'ئۇيغۇر كىشىلىك ھوقۇقى';
const ARABIC = 'مركز الخليج لحقوق الإنسان';
const NAMES = [
  TIBETAN,
  CHINESE,
  TRADITIONAL,
  UYGHUR,
  ARABIC,
  'Ελληνική Ένωση',
  'Правозащитный центр',
  'Fundacja Helsińska',
];

const BODY = [
  'Dear Secretary,',
  '## Our requests',
  `We write with ${UYGHUR} and Amnesty together. We are **forty-two organisations** and [our report](https://example.org/report) says why.`,
  '- Ilham Tohti\n- Gulshan Abbas',
  '1. Release them\n2. Meet their families',
  '> Nobody should be detained for their name.',
  'Sincerely,',
].join('\n\n');

const EDITION = graphql(`
  query EditionLetterEdition($id: ID) {
    letter(id: $id) {
      id
      edition {
        id
        contentHash
        editionHash
        deliveredAt
        signatories {
          displayName
          lead
        }
        unnamedCount
        supporterCount
        verifyUrl
      }
    }
  }
`);

type EditionShape = NonNullable<NonNullable<EditionLetterEditionQuery['letter']>['edition']>;

interface TextItem {
  str: string;
  fontName: string;
  transform: number[];
}

/** pdf.js text items of every page with the PostScript name of each item's font. */
async function pdfItems(data: Uint8Array): Promise<{ str: string; font: string; size: number }[]> {
  const warn = console.warn;
  console.warn = () => undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as {
    getDocument(src: { data: Uint8Array; verbosity: number }): {
      promise: Promise<{
        numPages: number;
        getPage(n: number): Promise<{
          getTextContent(): Promise<{ items: TextItem[] }>;
          getOperatorList(): Promise<unknown>;
          commonObjs: { get(id: string): { name: string } };
        }>;
      }>;
    };
  };
  console.warn = warn;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  const items: { str: string; font: string; size: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    await page.getOperatorList(); // loads the fonts into commonObjs
    for (const item of content.items) {
      if (!item.str?.trim()) continue;
      items.push({ str: item.str, font: page.commonObjs.get(item.fontName).name, size: item.transform[0] });
    }
  }
  return items;
}

/** Every character the embedded fonts' ToUnicode maps say their glyphs stand for. */
function mappedCharacters(pdf: Buffer): Set<string> {
  const chars = new Set<string>();
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index as number) + match[0].length;
    const end = raw.indexOf('endstream', start);
    let data: string;
    try {
      data = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!data.includes('begincmap')) continue;
    for (const block of data.matchAll(/beginbf(?:range|char)([\s\S]*?)endbf(?:range|char)/g)) {
      // pdfkit writes a ligature's characters as one string of UTF-16 units: <0f40 0fb1 0f72>.
      for (const match of block[1].matchAll(/<([0-9a-fA-F ]+)>/g)) {
        const hex = match[1].replace(/ /g, '');
        if (hex.length < 4 || hex.length % 4) continue;
        const text = Buffer.from(hex, 'hex').swap16().toString('utf16le');
        for (const c of text) chars.add(c);
      }
    }
  }
  return chars;
}

function editionHash(edition: EditionShape): string {
  const canonical = JSON.stringify({
    contentHash: edition.contentHash,
    signatories: edition.signatories.map((s) => s.displayName),
    supporterCount: edition.supporterCount,
    unnamedCount: edition.unnamedCount,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

describe('the delivered edition', () => {
  let app: TestApp;
  const smtp = new SmtpSink();
  let lead: TestUser;
  let leadOrg: { id: string };
  let letter: TestLetter;

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      WORKER: 'on',
      DELIVERY_RETRY_DELAY_SECONDS: '1',
      DELIVERY_RATE_PER_MINUTE: '6000',
      PUBLIC_URL: 'https://undersigned.example',
    });
    lead = await signUp(app, 'Edition Lead');
    await verifyDirectly(app, lead);
    leadOrg = await createOrganisation(app, lead, { name: 'Edition Lead Coalition', country: 'GB' });
    letter = await createLetter(app, lead, leadOrg.id, { visibility: 'PUBLIC', body: BODY });
    await openDraft(app, lead, letter.id);
    const signers = [...NAMES, 'Unnamed Ally'];
    for (const name of signers) {
      const owner = await signUp(app, `Signer ${name}`);
      await verifyDirectly(app, owner);
      const org = await createOrganisation(app, owner, { name });
      const signed = await app.gql(
        ENDORSE_LETTER,
        endorseInput(letter.id, org.id, letter.currentVersion.contentHash, {
          anonymous: name === 'Unnamed Ally',
        }),
        owner.accessToken,
      );
      expect(signed.body.errors).toBeUndefined();
    }
    // The lead organisation signs last, yet is listed first.
    const leadSigned = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.id, leadOrg.id, letter.currentVersion.contentHash),
      lead.accessToken,
    );
    expect(leadSigned.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const pdf = (slug: string): Promise<Buffer> => fetchPdf(app.url, slug);

  async function edition(token?: string): Promise<EditionShape | null | undefined> {
    const response = await app.gql(EDITION, { id: letter.id }, token);
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.letter?.edition;
  }

  it('typesets the draft: Markdown in fonts and sizes, every script, "Draft — not delivered", page numbers', async () => {
    expect(await edition(lead.accessToken)).toBeNull();
    const draft = await pdf(letter.slug);
    const text = await pdfReadingText(new Uint8Array(draft));
    expect(text).toContain('Draft — not delivered');
    expect(text).toMatch(/Page 1 of \d/);
    for (const name of NAMES.filter((n) => n !== TIBETAN)) expect(text).toContain(name);
    expect(text).toContain('བོད་ཀྱི་');
    expect(text).toContain(`We write with ${UYGHUR} and Amnesty together.`);
    expect(text).toContain('and 1 organisation that cannot be named for its safety');
    expect(text).not.toContain('Unnamed Ally');
    // Leads first: the lead coalition's name comes before every other signatory.
    const signatoryBlock = text.slice(text.indexOf('Signatories'));
    expect(signatoryBlock.indexOf('Edition Lead Coalition')).toBeLessThan(signatoryBlock.indexOf('Fundacja Helsińska'));

    // Asked again, unchanged: the same PDF, rendered once.
    const renders = pdfRenders();
    expect((await pdf(letter.slug)).equals(draft)).toBe(true);
    expect(pdfRenders()).toBe(renders);

    const items = await pdfItems(new Uint8Array(draft));
    const body = items.find((i) => i.str.includes('We write with'));
    const bold = items.find((i) => i.str.includes('forty-two'));
    const heading = items.find((i) => i.str.includes('Our requests'));
    expect(body?.font).not.toMatch(/Bold/);
    expect(bold?.font).toMatch(/Bold/);
    expect(heading?.size).toBeGreaterThan(body?.size as number);
    expect(heading?.font).toMatch(/Bold/);
    // List items without the Markdown dash; the link's address is printed.
    expect(text).not.toMatch(/- Ilham Tohti/);
    expect(text).toMatch(/• Ilham Tohti/);
    expect(text).toMatch(/1\. Release them/);
    expect(text).toContain('our report (https://example.org/report)');
    expect(text).not.toContain('**');
    // No lone "To:" without addressees.
    expect(text).not.toMatch(/^To:/m);
  });

  it('delivers an edition that anyone can verify, rendered once and served from storage', async () => {
    const added = await app.gql(
      ADD_RECIPIENT,
      {
        input: {
          letterId: letter.id,
          name: 'Jane Doe',
          title: 'Secretary of State',
          organisation: 'Foreign Office',
          role: 'TO',
          channel: 'EMAIL',
          email: 'edition@state.example',
        },
      },
      lead.accessToken,
    );
    expect(added.body.errors).toBeUndefined();
    const delivered = await app.gql(DELIVER_LETTER, { letterId: letter.id }, lead.accessToken);
    expect(delivered.body.errors).toBeUndefined();

    // Anyone who may read the (public) letter sees its edition, and can recompute its hash.
    const frozen = (await edition()) as EditionShape;
    expect(frozen).toBeTruthy();
    expect(frozen.contentHash).toBe(letter.currentVersion.contentHash);
    expect(frozen.editionHash).toBe(editionHash(frozen));
    expect(frozen.editionHash).toMatch(/^[0-9a-f]{64}$/);
    expect(frozen.unnamedCount).toBe(1);
    expect(frozen.supporterCount).toBe(0);
    expect(frozen.signatories[0]).toEqual({ displayName: 'Edition Lead Coalition', lead: true });
    // Leads first, then the others in the letter's (LEADS_FIRST) order.
    const others = frozen.signatories.slice(1).map((s) => s.displayName);
    expect([...others].sort()).toEqual([...NAMES].sort());
    expect(frozen.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(frozen.verifyUrl).toBe(`https://undersigned.example/verify/${frozen.id}`);

    // The email carries the same verification as the PDF's footer.
    const mail = await eventually(() => smtp.messages.find((m) => m.to.includes('edition@state.example')), {
      what: 'the delivered email',
    });
    expect(mail.parsed.html).toContain(frozen.verifyUrl);
    expect(mail.parsed.html).toContain(frozen.editionHash);
    expect(mail.parsed.text).toContain(`Verify: ${frozen.verifyUrl}`);

    // The delivered PDF: every name in logical order, fonts covering every character, footer.
    const renders = pdfRenders();
    const stored = await pdf(letter.slug);
    expect(stored.length).toBeLessThan(1.5 * 1024 * 1024);
    const text = await pdfReadingText(new Uint8Array(stored));
    for (const name of NAMES.filter((n) => n !== TIBETAN)) expect(text).toContain(name);
    expect(text).toContain('བོད་ཀྱི་');
    expect(text).toContain(`We write with ${UYGHUR} and Amnesty together.`);
    expect(text).toContain(frozen.editionHash);
    expect(text).toContain(frozen.verifyUrl);
    expect(text).not.toContain('Draft — not delivered');
    expect(text).toMatch(/To: Jane Doe, Secretary of State, Foreign Office/);
    const mapped = mappedCharacters(stored);
    for (const name of NAMES) {
      const missing = [...name].filter((c) => c.trim() && !mapped.has(c));
      expect({ name, missing }).toEqual({ name, missing: [] });
    }
    // Served again, from the stored edition: nothing is rendered.
    const again = await pdf(letter.slug);
    expect(again.equals(stored)).toBe(true);
    expect(pdfRenders()).toBe(renders);

    // The verification page, for anyone holding the id: HTML (escaped) and JSON.
    const json = await request(app.url).get(`/verify/${frozen.id}`).set('Accept', 'application/json');
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({
      id: frozen.id,
      title: 'Raise the cases of the detained',
      contentHash: frozen.contentHash,
      editionHash: frozen.editionHash,
      signatories: frozen.signatories.map((s) => s.displayName),
      unnamedCount: 1,
      supporterCount: 0,
      deliveredAt: frozen.deliveredAt,
    });
    expect(json.body.text).toContain('forty-two organisations');
    const html = await request(app.url).get(`/verify/${frozen.id}`).set('Accept', 'text/html');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.text).toContain(frozen.editionHash);
    expect(html.text).toContain(frozen.contentHash);
    for (const name of frozen.signatories) expect(html.text).toContain(name.displayName);
    expect(html.text).toContain('Raise the cases of the detained');
    expect(html.text).not.toContain('Unnamed Ally');
    expect(pdfRenders()).toBe(renders);

    const unknown = await request(app.url).get('/verify/7d9f2b8e-3c41-4a6e-9f0b-2d5c8e1a4b73');
    expect(unknown.status).toBe(404);
    const malformed = await request(app.url).get('/verify/not-a-uuid');
    expect(malformed.status).toBe(404);

    // A screenshot of page 1, for a person to look at.
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    } catch {
      console.log('pdftoppm is not on PATH: no screenshot of page 1 written');
      return;
    }
    const dir = join(__dirname, '..', 'test-artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'edition.pdf'), stored);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, 'edition.pdf'),
      join(dir, 'edition-page1'),
    ]);
  });

  it('escapes the verification page and keeps a private letter’s edition to those who may read it', async () => {
    const owner = await signUp(app, 'Private Lead');
    await verifyDirectly(app, owner);
    const org = await createOrganisation(app, owner, { name: '<script>alert(1)</script> & Co' });
    const secret = await createLetter(app, owner, org.id, { title: 'Private <b>matter</b>', body: 'Hello <i>you</i>' });
    await openDraft(app, owner, secret.id);
    const signed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(secret.id, org.id, secret.currentVersion.contentHash),
      owner.accessToken,
    );
    expect(signed.body.errors).toBeUndefined();
    await addRecipient(app, owner, secret.id, {
      name: 'Office',
      role: 'TO',
      channel: 'EMAIL',
      email: 'private@state.example',
    });
    const delivered = await app.gql(DELIVER_LETTER, { letterId: secret.id }, owner.accessToken);
    expect(delivered.body.errors).toBeUndefined();
    const read = await app.gql(EDITION, { id: secret.id }, owner.accessToken);
    const frozen = read.body.data?.letter?.edition as EditionShape;
    expect(frozen.editionHash).toBe(editionHash(frozen));
    // A stranger does not see the private letter, nor so its edition.
    const stranger = await app.gql(EDITION, { id: secret.id }, lead.accessToken);
    expect(stranger.body.data?.letter ?? null).toBeNull();
    // The recipient holding the PDF, without an account, can verify it by its id.
    const html = await request(app.url).get(`/verify/${frozen.id}`);
    expect(html.status).toBe(200);
    expect(html.text).not.toContain('<script>alert(1)</script>');
    expect(html.text).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; Co');
    expect(html.text).not.toContain('<b>matter</b>');
  });
});
