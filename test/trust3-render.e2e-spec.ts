import request from 'supertest';
import { markdownRenders, pdfRenders } from '../libs/deliveries/render/render-thread';
import { eventually } from './support/eventually';
import { pdfCopiedText } from './support/pdf-copy';
import { fetchPdf, pdfReadingText } from './support/pdf-reading';
import { startTestApp, type TestApp } from './support/test-app';
import {
  ADD_RECIPIENT,
  DELIVER_LETTER,
  ENDORSE_LETTER,
  endorseInput,
  openLetter,
  organisationWithOwner,
  type OrganisationOwner,
} from './support/factories';
import { graphql } from './gql';

// Issue 18, defects 9 (heavy work on the main thread) and 14 (mixed-direction names extract in visual order).

const MIXED = 'ئۇيغۇر كىشىلىك ھوقۇقى Project';
// 199,000 characters that markdown-it takes seconds over: every "![" opens an image it must look
// for the end of.
const PATHOLOGICAL = '![a '.repeat(49_750);

const PROBE = graphql(`
  query Trust3RenderProbe {
    __typename
  }
`);
const EDITION_ID = graphql(`
  query Trust3RenderEditionId($id: ID) {
    letter(id: $id) {
      edition {
        id
      }
    }
  }
`);

/**
 * While `heavy` runs, `{ __typename }` is asked back to back; the slowest answer shows whether the
 * event loop was blocked (the test runs in the server's process).
 */
async function slowestProbeWhile<T>(app: TestApp, heavy: () => Promise<T>): Promise<{ slowest: number; result: T }> {
  let finished = false;
  const running = heavy().finally(() => (finished = true));
  let slowest = 0;
  do {
    const started = Date.now();
    const probe = await app.gql(PROBE);
    expect(probe.body.data?.__typename).toBe('Query');
    slowest = Math.max(slowest, Date.now() - started);
  } while (!finished);
  return { slowest, result: await running };
}

async function addPostRecipient(app: TestApp, lead: OrganisationOwner, letterId: string): Promise<void> {
  const added = await app.gql(
    ADD_RECIPIENT,
    { input: { letterId, name: 'The Minister', role: 'TO', channel: 'POST', postalAddress: '1 Main Street' } },
    lead.token,
  );
  expect(added.body.errors).toBeUndefined();
}

async function editionId(app: TestApp, letterId: string): Promise<string> {
  const response = await app.gql(EDITION_ID, { id: letterId });
  const id = response.body.data?.letter?.edition?.id;
  if (!id) throw new Error(`no edition: ${response.text}`);
  return id;
}

describe('mixed-direction names in the PDF (issue 18, defect 14)', () => {
  let app: TestApp;
  let lead: OrganisationOwner;

  beforeAll(async () => {
    app = await startTestApp();
    lead = await organisationWithOwner(app, { name: 'Bidi Lead Coalition' });
  });
  afterAll(() => app?.close());

  it('reads a right-to-left name with a Latin word as written, also to a reader that places text by position', async () => {
    const letter = await openLetter(app, lead, {
      body: `Dear Secretary,\n\nWe write with ${MIXED} about the detained.\n\nSincerely,`,
    });
    const signer = await organisationWithOwner(app, { name: MIXED });
    const signed = await app.gql(
      ENDORSE_LETTER,
      endorseInput(letter.letterId, signer.organisationId, letter.contentHash),
      signer.token,
    );
    expect(signed.body.errors).toBeUndefined();

    const pdf = new Uint8Array(await fetchPdf(app.url, letter.slug));
    // Readers that order a line's pieces by where they are printed: the name is a right-to-left
    // line, printed with "Project" on its left, yet it reads as written.
    const copied = await pdfCopiedText(pdf);
    expect(copied.split('\n')).toContain(MIXED);
    // Readers that follow the drawing order (pdf.js) read it as written too.
    const drawn = await pdfReadingText(pdf);
    expect(drawn).toContain(MIXED);
    expect(drawn).toContain(`We write with ${MIXED} about`);
  });
});

describe('heavy renders never block the process (issue 18, defect 9)', () => {
  let app: TestApp;
  let lead: OrganisationOwner;
  let letterId: string;

  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL: 'https://undersigned.example' });
    lead = await organisationWithOwner(app, { name: 'Heavy Lead Coalition' });
    const letter = await openLetter(app, lead, { body: PATHOLOGICAL });
    letterId = letter.letterId;
    await addPostRecipient(app, lead, letterId);
  });
  afterAll(() => app?.close());

  it('delivers a letter of a pathological 199,000-character body while other requests answer within a second', async () => {
    const { slowest, result } = await slowestProbeWhile(app, () => app.gql(DELIVER_LETTER, { letterId }, lead.token));
    expect(result.body.errors).toBeUndefined();
    expect(slowest).toBeLessThan(1000);
  }, 180_000);

  it('renders the verification page’s Markdown once, off the main thread', async () => {
    const id = await editionId(app, letterId);
    const before = markdownRenders();
    const { slowest, result } = await slowestProbeWhile(app, async () =>
      request(app.url).get(`/verify/${id}`).set('Accept', 'text/html'),
    );
    expect(result.status).toBe(200);
    expect(result.text).toContain('![a ![a ![a');
    expect(slowest).toBeLessThan(1000);
    const first = markdownRenders();
    expect(first - before).toBe(1);
    for (let i = 0; i < 3; i++) {
      const again = await request(app.url).get(`/verify/${id}`).set('Accept', 'text/html');
      expect(again.status).toBe(200);
      expect(again.text).toBe(result.text);
    }
    // The edition never changes: asked again, nothing is rendered.
    expect(markdownRenders()).toBe(first);
  }, 120_000);
});

describe('anonymous renders wait in a bounded queue, deliveries never behind them (issue 18, defect 9)', () => {
  let app: TestApp;
  let lead: OrganisationOwner;

  beforeAll(async () => {
    app = await startTestApp({ RENDER_QUEUE_LIMIT: '1' });
    lead = await organisationWithOwner(app, { name: 'Queue Lead Coalition' });
  });
  afterAll(() => app?.close());

  it('answers 503 with Retry-After beyond the bound, and delivers a letter while the queue is full', async () => {
    // A long letter: its PDF takes seconds to typeset.
    const long = await openLetter(app, lead, { title: 'Long', body: 'word '.repeat(30_000) });
    const other = await openLetter(app, lead, { title: 'Other' });
    const delivered = await openLetter(app, lead, { title: 'To deliver' });
    await addPostRecipient(app, lead, delivered.letterId);

    const dispatched = pdfRenders();
    let longAnswered = false;
    const longPdf = request(app.url)
      .get(`/letters/${long.slug}.pdf`)
      .then((response) => {
        longAnswered = true;
        return response;
      });
    await eventually(() => pdfRenders() > dispatched, { what: 'the long PDF’s render' });

    // The queue holds one render: the next anonymous one is refused, with when to come back.
    const refused = await request(app.url).get(`/letters/${other.slug}.pdf`);
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);

    // A delivery renders meanwhile, on its own lane: it is done before the long PDF.
    const result = await app.gql(DELIVER_LETTER, { letterId: delivered.letterId }, lead.token);
    expect(result.body.errors).toBeUndefined();
    expect(longAnswered).toBe(false);
    const id = await editionId(app, delivered.letterId);
    expect((await request(app.url).get(`/letters/${other.slug}.pdf`)).status).toBe(503);
    // The verification page's text is rendered on the readers' thread too: it waits its turn.
    const busy = await request(app.url).get(`/verify/${id}`).set('Accept', 'text/html');
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(longAnswered).toBe(false);

    const served = await longPdf;
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toMatch(/application\/pdf/);
    // Once the queue has room, what was refused renders.
    expect((await request(app.url).get(`/letters/${other.slug}.pdf`)).status).toBe(200);
    expect((await request(app.url).get(`/verify/${id}`).set('Accept', 'text/html')).status).toBe(200);
  }, 180_000);
});
