import { createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { SmtpSink } from './support/smtp-sink';
import { pdfText } from './support/pdf-text';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  ADD_RECIPIENT,
  addRecipient,
  createLetter,
  createOrganisation,
  ENDORSE_LETTER,
  endorseInput,
  openDraft,
  signUp,
  verifyDirectly,
  type TestUser,
} from './support/factories';
import { eventually } from './support/eventually';
import { subscribe, untilSubscribed } from './support/subscriptions';
import { graphql } from './gql';
import type { LetterDeliveriesTimelineQuery } from './gql/graphql';

const DELIVER = graphql(`
  mutation DeliverLetter($id: ID!) {
    deliverLetter(letterId: $id) {
      id
      status
      channel
      recipient {
        name
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query LetterDeliveriesTimeline($id: ID!) {
    letter(id: $id) {
      status
      deliveries {
        id
        status
        attempts
        lastError
        messageId
        channel
        recipient {
          name
          email
        }
        events {
          status
          note
        }
        response
      }
      timeline {
        kind
        title
      }
    }
  }
`);

type DeliveriesView = NonNullable<LetterDeliveriesTimelineQuery['letter']>;
type DeliveryRow = DeliveriesView['deliveries'][number];

describe('delivery', () => {
  let a: TestApp;
  let b: TestApp;
  const smtp = new SmtpSink();
  let lead: TestUser;
  let leadOrg: { id: string };

  beforeAll(async () => {
    await smtp.start();
    const env = {
      SMTP_URL: smtp.url,
      WORKER: 'on',
      DELIVERY_MAX_ATTEMPTS: '3',
      DELIVERY_RETRY_DELAY_SECONDS: '1',
      DELIVERY_RATE_PER_MINUTE: '6000',
      PUBLIC_URL: 'https://undersigned.example',
    };
    a = await startTestApp(env);
    b = await startTestApp({ ...env, WORKER: 'off' }, a.database);
    lead = await signUp(a, 'Delivery Lead');
    await verifyDirectly(a, lead);
    leadOrg = await createOrganisation(a, lead, { name: 'Delivery Lead Org', country: 'US' });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await smtp.stop();
  });

  /** An OPEN letter signed by `named` named organisations and `unnamed` anonymous ones. */
  async function signedLetter(named: string[], unnamed: string[]): Promise<{ id: string; slug: string }> {
    const letter = await createLetter(a, lead, leadOrg.id, { visibility: 'PUBLIC' });
    await openDraft(a, lead, letter.id);
    for (const [i, name] of [...named, ...unnamed].entries()) {
      const owner = await signUp(a, `Signer ${name}`);
      await verifyDirectly(a, owner);
      const org = await createOrganisation(a, owner, { name });
      const signed = await a.gql(
        ENDORSE_LETTER,
        endorseInput(letter.id, org.id, letter.currentVersion.contentHash, { anonymous: i >= named.length }),
        owner.accessToken,
      );
      expect(signed.body.errors).toBeUndefined();
    }
    return { id: letter.id, slug: letter.slug };
  }

  async function deliveries(letterId: string): Promise<DeliveriesView> {
    const response = await a.gql(DELIVERIES, { id: letterId }, lead.accessToken);
    if (!response.body.data?.letter) throw new Error(response.text);
    return response.body.data.letter;
  }

  async function waitFor(condition: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
    await eventually(condition, { timeoutMs, intervalMs: 200 });
  }

  it('sends one message per email recipient with HTML, text and a PDF that names exactly the named signatories', async () => {
    const named = [
      'Amnesty Partners',
      'Bridge Initiative',
      'Campaign for Tibet',
      'Dui Hua Friends',
      'Hong Kong Watchers',
    ];
    const unnamed = ['Secret Uyghur Network', 'Hidden Defenders Collective'];
    const letter = await signedLetter(named, unnamed);
    await addRecipient(a, lead, letter.id, {
      name: 'Antony Blinken',
      title: 'Secretary of State',
      role: 'TO',
      channel: 'EMAIL',
      email: 'secretary@state.example',
    });
    await addRecipient(a, lead, letter.id, {
      name: 'Deputy One',
      role: 'CC',
      channel: 'EMAIL',
      email: 'deputy1@state.example',
    });
    await addRecipient(a, lead, letter.id, {
      name: 'Deputy Two',
      role: 'CC',
      channel: 'EMAIL',
      email: 'deputy2@congress.example',
    });
    await addRecipient(a, lead, letter.id, {
      name: 'Embassy Registry',
      role: 'CC',
      channel: 'POST',
      postalAddress: '1 Embassy Row',
    });

    // Delivered from two API processes at the same moment, and once more: one set of deliveries.
    const first = await Promise.all([
      a.gql(DELIVER, { id: letter.id }, lead.accessToken),
      b.gql(DELIVER, { id: letter.id }, lead.accessToken),
    ]);
    const again = await a.gql(DELIVER, { id: letter.id }, lead.accessToken);
    for (const response of [...first, again]) expect(response.body.data?.deliverLetter).toHaveLength(4);
    const count = await a.sql.query('SELECT count(*)::int AS n FROM deliveries WHERE letter_id = $1', [letter.id]);
    expect(count.rows[0].n).toBe(4);
    // Recipients are fixed once delivered.
    const added = await a.gql(
      ADD_RECIPIENT,
      { input: { letterId: letter.id, name: 'Too Late', role: 'CC', channel: 'HAND' } },
      lead.accessToken,
    );
    expect(errorCode(added)).toBe('INVALID_STATE');

    await waitFor(async () => (await deliveries(letter.id)).deliveries.filter((d) => d.status === 'SENT').length === 3);
    const recipients = ['secretary@state.example', 'deputy1@state.example', 'deputy2@congress.example'];
    const messages = smtp.messages.filter((m) => m.to.some((to) => recipients.includes(to)));
    expect(messages.map((m) => m.to)).toEqual(expect.arrayContaining(recipients.map((r) => [r])));
    expect(messages).toHaveLength(3);
    for (const message of messages) {
      expect(message.parsed.html).toContain('Raise the cases of the detained');
      expect(message.parsed.text).toContain('https://undersigned.example/ack?token=');
      const pdf = message.parsed.attachments.find((att) => att.mimeType === 'application/pdf');
      expect(pdf).toBeDefined();
      const text = await pdfText(new Uint8Array(pdf?.content as ArrayBuffer));
      for (const name of named) expect(text).toContain(name);
      expect(text).toContain('and 2 organisations that cannot be named for their safety');
      expect(text).toContain('Antony Blinken');
      for (const name of unnamed) {
        expect(text).not.toContain(name);
        expect(message.raw).not.toContain(name);
        expect(message.parsed.html).not.toContain(name);
      }
    }
    // The POST delivery waits for a person to record it.
    const state = await deliveries(letter.id);
    expect(state.deliveries.find((d) => d.channel === 'POST')?.status).toBe('PENDING');
    expect(state.status).toBe('CLOSED');
    // Endorsing after delivery is refused.
    const late = await signUp(a, 'Late Signer');
    await verifyDirectly(a, late);
    const lateOrg = await createOrganisation(a, late, { name: 'Late Org' });
    const { rows } = await a.sql.query('SELECT content_hash FROM letter_versions WHERE letter_id = $1', [letter.id]);
    expect(
      errorCode(
        await a.gql(ENDORSE_LETTER, endorseInput(letter.id, lateOrg.id, rows[0].content_hash), late.accessToken),
      ),
    ).toBe('INVALID_STATE');
    // The PDF is served under the letter's visibility.
    const served = await request(a.url)
      .get(`/letters/${letter.slug}.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(served.status).toBe(200);
    expect(await pdfText(new Uint8Array(served.body as Buffer))).toContain('Amnesty Partners');
  });

  it('removes a recipient before delivery, for lead members only', async () => {
    const letter = await signedLetter(['Remove Org'], []);
    const REMOVE = graphql(`
      mutation RemoveRecipient($id: ID!) {
        removeRecipient(recipientId: $id)
      }
    `);
    const kept = await addRecipient(a, lead, letter.id, { name: 'Kept Office', role: 'TO', channel: 'HAND' });
    const dropped = await addRecipient(a, lead, letter.id, { name: 'Dropped Office', role: 'CC', channel: 'HAND' });
    const outsider = await signUp(a, 'Remove Outsider');
    // The letter is public, so its recipients are no secret; removing one is still for its leads.
    expect(errorCode(await a.gql(REMOVE, { id: dropped }, outsider.accessToken))).toBe('FORBIDDEN');
    expect(errorCode(await a.gql(REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, lead.accessToken))).toBe(
      'NOT_FOUND',
    );
    expect((await a.gql(REMOVE, { id: dropped }, lead.accessToken)).body.data).toEqual({
      removeRecipient: true,
    });
    await a.gql(DELIVER, { id: letter.id }, lead.accessToken);
    expect(errorCode(await a.gql(REMOVE, { id: kept }, lead.accessToken))).toBe('INVALID_STATE');
    const names = (await deliveries(letter.id)).deliveries.map((d) => d.recipient.name);
    expect(names).toEqual(['Kept Office']);
  });

  it('retries a temporary refusal and gives up at once on a permanent one', async () => {
    const letter = await signedLetter(['Retry Org'], []);
    smtp.scripted.set('busy@retry.example', [451, 451]);
    smtp.scripted.set('gone@retry.example', [550]);
    await addRecipient(a, lead, letter.id, {
      name: 'Busy Office',
      role: 'TO',
      channel: 'EMAIL',
      email: 'busy@retry.example',
    });
    await addRecipient(a, lead, letter.id, {
      name: 'Gone Office',
      role: 'CC',
      channel: 'EMAIL',
      email: 'gone@retry.example',
    });
    await a.gql(DELIVER, { id: letter.id }, lead.accessToken);
    await waitFor(async () => {
      const rows = (await deliveries(letter.id)).deliveries;
      return rows.every((d) => d.status === 'SENT' || d.status === 'FAILED');
    });
    const rows = (await deliveries(letter.id)).deliveries;
    expect(rows.find((d) => d.recipient.name === 'Busy Office')).toMatchObject({ status: 'SENT', attempts: 3 });
    const gone = rows.find((d) => d.recipient.name === 'Gone Office');
    expect(gone).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(gone?.lastError).toContain('550');
    expect(smtp.offered.get('gone@retry.example')).toBe(1);
    expect(smtp.messages.filter((m) => m.to.includes('busy@retry.example'))).toHaveLength(1);
  });

  it('acknowledges once through the link, refuses forged tokens, and moves POST deliveries forward only', async () => {
    const letter = await signedLetter(['Ack Org'], []);
    await addRecipient(a, lead, letter.id, {
      name: 'Ack Office',
      role: 'TO',
      channel: 'EMAIL',
      email: 'office@ack.example',
    });
    await addRecipient(a, lead, letter.id, {
      name: 'Post Office',
      role: 'CC',
      channel: 'POST',
      postalAddress: '10 Downing Street',
    });
    await a.gql(DELIVER, { id: letter.id }, lead.accessToken);
    const mail = await smtp.waitFor('office@ack.example');
    const link = /https:\/\/undersigned\.example(\/ack\?token=[A-Za-z0-9_%-]+)/.exec(
      mail.parsed.text ?? '',
    )?.[1] as string;
    await waitFor(async () => (await deliveries(letter.id)).deliveries.some((d) => d.status === 'SENT'));

    // Opening the link only shows a button; a forged or altered token is 404 and changes nothing.
    expect((await request(a.url).get(link)).text).toContain('Confirm receipt');
    expect((await request(a.url).post('/ack?token=forged')).status).toBe(404);
    expect((await request(a.url).post(`${link.slice(0, -2)}xx`)).status).toBe(404);
    expect((await deliveries(letter.id)).deliveries.find((d) => d.channel === 'EMAIL')?.status).toBe('SENT');
    for (let i = 0; i < 2; i++) expect((await request(a.url).post(link)).status).toBe(201);
    const acked = (await deliveries(letter.id)).deliveries.find((d) => d.channel === 'EMAIL') as DeliveryRow;
    expect(acked.status).toBe('ACKNOWLEDGED');
    expect(acked.events.filter((e) => e.status === 'ACKNOWLEDGED')).toHaveLength(1);

    const post = (await deliveries(letter.id)).deliveries.find((d) => d.channel === 'POST') as DeliveryRow;
    const EVENT = graphql(`
      mutation RecordDeliveryEvent($input: DeliveryEventInput!) {
        recordDeliveryEvent(input: $input) {
          status
          events {
            status
            note
          }
        }
      }
    `);
    const sent = await a.gql(
      EVENT,
      { input: { deliveryId: post.id, status: 'SENT', note: 'RR123456789GB' } },
      lead.accessToken,
    );
    expect(sent.body.data?.recordDeliveryEvent.status).toBe('SENT');
    await a.gql(EVENT, { input: { deliveryId: post.id, status: 'DELIVERED', note: 'Signed for' } }, lead.accessToken);
    const backward = await a.gql(EVENT, { input: { deliveryId: post.id, status: 'SENT' } }, lead.accessToken);
    expect(errorCode(backward)).toBe('INVALID_STATE');
    const responded = await a.gql(
      graphql(`
        mutation RecordResponse($input: ResponseInput!) {
          recordResponse(input: $input) {
            status
            response
          }
        }
      `),
      { input: { deliveryId: post.id, body: 'The Secretary thanks you for your letter.' } },
      lead.accessToken,
    );
    expect(responded.body.data?.recordResponse).toEqual({
      status: 'RESPONDED',
      response: 'The Secretary thanks you for your letter.',
    });
    const final = await deliveries(letter.id);
    expect(final.deliveries.find((d) => d.id === post.id)?.events.map((e) => [e.status, e.note])).toEqual([
      ['SENT', 'RR123456789GB'],
      ['DELIVERED', 'Signed for'],
      ['RESPONDED', null],
    ]);
    expect(final.status).toBe('DELIVERED');
    expect(final.timeline.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        'Sent to Ack Office',
        'Ack Office acknowledged receipt',
        'Delivered to Post Office',
        'Post Office responded',
      ]),
    );
    // Nobody else may record events.
    const outsider = await signUp(a, 'Delivery Outsider');
    expect(
      errorCode(await a.gql(EVENT, { input: { deliveryId: post.id, status: 'ACKNOWLEDGED' } }, outsider.accessToken)),
    ).toBe('NOT_FOUND');
  });

  it('tells a subscriber on another API process of each change to a delivery', async () => {
    const letter = await signedLetter(['Subscribed Org'], []);
    await addRecipient(a, lead, letter.id, {
      name: 'Watched Office',
      role: 'TO',
      channel: 'EMAIL',
      email: 'watched@sub.example',
    });
    const statuses: string[] = [];
    const client = createClient({
      url: `${b.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${lead.accessToken}` },
    });
    const sent = new Promise<void>((resolve, reject) => {
      subscribe(
        client,
        graphql(`
          subscription DeliveryChanged($id: ID!) {
            deliveryChanged(letterId: $id) {
              status
              recipient {
                name
              }
            }
          }
        `),
        { id: letter.id },
        {
          next: (message) => {
            if (!message.data) return reject(new Error(JSON.stringify(message)));
            statuses.push(message.data.deliveryChanged.status);
            if (message.data.deliveryChanged.status === 'SENT') resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // The message stays in flight until the subscriber is known to listen: SENT cannot come too early.
    const release = smtp.hold();
    try {
      await a.gql(DELIVER, { id: letter.id }, lead.accessToken);
      const { rows } = await a.sql.query<{ id: string }>(`SELECT id FROM deliveries WHERE letter_id = $1`, [letter.id]);
      const probe = { letterId: letter.id, deliveryId: rows[0].id };
      await untilSubscribed(a.sql, 'deliveryChanged', probe, () => statuses.length > 0);
    } finally {
      release();
    }
    await sent;
    await client.dispose();
    expect(statuses).toContain('SENT');
    expect(statuses.indexOf('SENT')).toBe(statuses.length - 1);
  });
});
