import { SmtpSink } from './support/smtp-sink';
import { fetchPdf, pdfReadingText } from './support/pdf-reading';
import { startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createLetter,
  createOrganisation,
  deliverLetter,
  ENDORSE_LETTER,
  endorseInput,
  openDraft,
  signUp,
  verifyDirectly,
  type TestUser,
} from './support/factories';

// Signatories write their names in their own scripts: Tibetan (stacked), Chinese, Uyghur (Arabic
// script, right to left, joined), Greek, Cyrillic and Polish.
const TIBETAN = 'བོད་ཀྱི་མི་དབང་';
const CHINESE = '维吾尔人权项目';
const UYGHUR = 'ئۇيغۇر كىشىلىك ھوقۇقى';
const NAMES = [TIBETAN, CHINESE, UYGHUR, 'Ελληνική Ένωση', 'Правозащитный центр', 'Fundacja Helsińska'];
// What a reader must find when copying text out of the PDF, in logical (typing) order.
const EXPECTED = ['བོད་ཀྱི་', CHINESE, UYGHUR, 'Ελληνική Ένωση', 'Правозащитный центр', 'Fundacja Helsińska'];

describe('letters in every script the coalition writes', () => {
  let app: TestApp;
  const smtp = new SmtpSink();
  let lead: TestUser;
  let leadOrg: { id: string };

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      WORKER: 'on',
      DELIVERY_RETRY_DELAY_SECONDS: '1',
      DELIVERY_RATE_PER_MINUTE: '6000',
      PUBLIC_URL: 'https://undersigned.example',
    });
    lead = await signUp(app, 'Script Lead');
    await verifyDirectly(app, lead);
    leadOrg = await createOrganisation(app, lead, { name: 'Script Lead Org', country: 'US' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const pdf = (slug: string): Promise<Buffer> => fetchPdf(app.url, slug);

  async function waitFor(condition: () => boolean, timeoutMs = 45_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  it('prints every name shaped and in logical order in the PDF, and isolates each name’s direction in the HTML', async () => {
    const letter = await createLetter(app, lead, leadOrg.id, {
      visibility: 'PUBLIC',
      // A right-to-left name inside a left-to-right sentence, on one line with Latin and Chinese.
      body: `Dear Secretary,\n\nWe write with ${UYGHUR} and ${CHINESE} about the detained.\n\nSincerely,`,
    });
    await openDraft(app, lead, letter.id);
    for (const name of NAMES) {
      const owner = await signUp(app, `Signer ${name}`);
      await verifyDirectly(app, owner);
      const org = await createOrganisation(app, owner, { name });
      const signed = await app.gql(
        ENDORSE_LETTER,
        endorseInput(letter.id, org.id, letter.currentVersion.contentHash),
        owner.accessToken,
      );
      expect(signed.body.errors).toBeUndefined();
    }

    // The letter as it stands.
    const text = await pdfReadingText(new Uint8Array(await pdf(letter.slug)));
    for (const expected of EXPECTED) expect(text).toContain(expected);
    expect(text).toContain(`We write with ${UYGHUR}`);
    expect(text).not.toContain('\u0000');

    // The delivered edition: the email's HTML and its PDF attachment.
    await addRecipient(app, lead, letter.id, {
      name: 'Secretary',
      role: 'TO',
      channel: 'EMAIL',
      email: 'scripts@state.example',
    });
    await deliverLetter(app, lead, letter.id);
    await waitFor(() => smtp.messages.some((m) => m.to.includes('scripts@state.example')));
    const message = smtp.messages.find((m) => m.to.includes('scripts@state.example'));
    const html = message?.parsed.html ?? '';
    expect(html).toMatch(/<html lang="en" dir="ltr"/);
    // Each name is its own bidi island: a right-to-left name cannot reorder its neighbours.
    for (const name of NAMES) expect(html).toContain(`<li><bdi>${name}</bdi></li>`);
    // The Uyghur paragraph of the body takes its direction from its own text.
    expect(html).toContain(`<p dir="auto">We write with ${UYGHUR}`);
    expect(message?.parsed.text).toContain(`- \u2068${UYGHUR}\u2069`);
    const attachment = message?.parsed.attachments.find((att) => att.mimeType === 'application/pdf');
    expect(attachment).toBeDefined();
    const attached = await pdfReadingText(new Uint8Array(attachment?.content as ArrayBuffer));
    for (const expected of EXPECTED) expect(attached).toContain(expected);
  });
});
