import { SmtpSink } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createLetter,
  createOrganisation,
  deliverLetter,
  openDraft,
  signUp,
  verifyDirectly,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';
import type { DeliveryRetryDeliveryQuery } from './gql/graphql';

const DELIVERY = graphql(`
  query DeliveryRetryDelivery($id: ID!) {
    letter(id: $id) {
      deliveries {
        id
        status
        attempts
        messageId
        nextAttemptAt
        lastError
      }
    }
  }
`);
const RETRY = graphql(`
  mutation DeliveryRetryRetry($id: ID!) {
    retryDelivery(deliveryId: $id) {
      id
      status
      messageId
      nextAttemptAt
    }
  }
`);

type DeliveryRow = NonNullable<DeliveryRetryDeliveryQuery['letter']>['deliveries'][number];

/** The Message-ID header of a raw message as offered to the server. */
function messageIdOf(raw: string): string | undefined {
  return /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1];
}

describe('delivery through a long mail-server outage', () => {
  const smtp = new SmtpSink();
  let app: TestApp;
  let lead: TestUser;
  let leadOrg: { id: string };

  beforeAll(async () => {
    await smtp.start();
    // The default schedule: 30 s doubling, capped at an hour, for 48 hours.
    app = await startTestApp({
      SMTP_URL: smtp.url,
      WORKER: 'on',
      DELIVERY_RATE_PER_MINUTE: '6000',
      PUBLIC_URL: 'https://undersigned.example',
    });
    lead = await signUp(app, 'Outage Lead');
    await verifyDirectly(app, lead);
    leadOrg = await createOrganisation(app, lead, { name: 'Outage Lead Org' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  /** An open letter delivered to one email address; returns its delivery's id and letter id. */
  async function deliverTo(email: string): Promise<{ letterId: string; deliveryId: string }> {
    const letter = await createLetter(app, lead, leadOrg.id, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    await addRecipient(app, lead, letter.id, { name: 'Secretary of State', role: 'TO', channel: 'EMAIL', email });
    const delivered = await deliverLetter(app, lead, letter.id);
    return { letterId: letter.id, deliveryId: delivered[0].id };
  }

  async function delivery(letterId: string): Promise<DeliveryRow> {
    const response = await app.gql(DELIVERY, { id: letterId }, lead.accessToken);
    if (!response.body.data?.letter) throw new Error(response.text);
    return response.body.data.letter.deliveries[0];
  }

  async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`condition not met in time: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Moves the delivery's clock forward to its next attempt: the wait is taken off the recorded
   * first attempt, and the queued job made due now. Returns the seconds "waited".
   */
  async function skipToNextAttempt(deliveryId: string, extra = '0 seconds'): Promise<number> {
    const { rows } = await app.sql.query<{ wait: number }>(
      `WITH due AS (SELECT next_attempt_at - now() AS wait FROM deliveries WHERE id = $1)
       UPDATE deliveries SET first_attempt_at = first_attempt_at - due.wait - $2::interval, next_attempt_at = now()
         FROM due WHERE id = $1
       RETURNING extract(epoch FROM due.wait)::float AS wait`,
      [deliveryId, extra],
    );
    expect(rows).toHaveLength(1);
    const moved = await app.sql.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'deliveries.send' AND data->>'deliveryId' = $1
          AND state IN ('created', 'retry')`,
      [deliveryId],
    );
    expect(moved.rowCount).toBe(1);
    return rows[0].wait;
  }

  it('keeps retrying a server that answers 421 for two hours, then sends: SENT, not FAILED', async () => {
    const email = 'secretary@down.example';
    smtp.scripted.set(
      email,
      Array.from({ length: 1000 }, () => 421),
    );
    const { letterId, deliveryId } = await deliverTo(email);
    const waits: number[] = [];
    let outage = 0;
    for (let attempt = 1; attempt < 40; attempt++) {
      const row = await waitFor(
        () => delivery(letterId),
        (d) => d.status === 'SENT' || d.status === 'FAILED' || (d.attempts === attempt && d.nextAttemptAt !== null),
      );
      if (row.status !== 'SENDING') break;
      expect(row.lastError).toContain('421');
      // The coordinator sees when the next attempt is due.
      const wait = (new Date(row.nextAttemptAt as string).getTime() - Date.now()) / 1000;
      expect(wait).toBeGreaterThan(0);
      const waited = await skipToNextAttempt(deliveryId);
      waits.push(waited);
      outage += waited;
      if (outage >= 2 * 3600) smtp.scripted.set(email, []); // the mail server is back
    }
    const final = await delivery(letterId);
    expect(final.status).toBe('SENT');
    expect(final.nextAttemptAt).toBeNull();
    expect(outage).toBeGreaterThanOrEqual(2 * 3600);
    expect(final.attempts).toBe(waits.length + 1);
    // 30 s, doubling, capped at an hour.
    expect(waits[0]).toBeGreaterThan(25);
    expect(waits[0]).toBeLessThanOrEqual(30);
    expect(waits[1]).toBeGreaterThan(55);
    expect(Math.max(...waits)).toBeLessThanOrEqual(3600);
    expect(waits.at(-1)).toBeGreaterThan(3500);
    // Every attempt carried the same Message-ID, the one recorded on the delivery.
    const offered = [
      ...smtp.refused.filter((m) => m.to.includes(email)),
      ...smtp.messages.filter((m) => m.to.includes(email)),
    ];
    expect(offered).toHaveLength(final.attempts);
    expect(new Set(offered.map((m) => messageIdOf(m.raw)))).toEqual(new Set([final.messageId]));
  });

  it('gives up after DELIVERY_RETRY_HOURS; retryDelivery re-sends a FAILED one with the same Message-ID', async () => {
    const email = 'secretary@gone.example';
    smtp.scripted.set(
      email,
      Array.from({ length: 100 }, () => 421),
    );
    const { letterId, deliveryId } = await deliverTo(email);
    await waitFor(
      () => delivery(letterId),
      (d) => d.attempts === 1 && d.nextAttemptAt !== null,
    );
    // Two days pass: the next refusal is the last.
    await skipToNextAttempt(deliveryId, '48 hours');
    const failed = await waitFor(
      () => delivery(letterId),
      (d) => d.status !== 'SENDING',
    );
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, nextAttemptAt: null });

    // Someone who is not a lead of the letter learns nothing; a member of another organisation neither.
    const stranger = await signUp(app, 'Stranger');
    expect(errorCode(await app.gql(RETRY, { id: deliveryId }, stranger.accessToken))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(RETRY, { id: deliveryId }))).toBe('UNAUTHENTICATED');

    smtp.scripted.set(email, []);
    const retried = await app.gql(RETRY, { id: deliveryId }, lead.accessToken);
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data?.retryDelivery).toMatchObject({
      id: deliveryId,
      status: 'PENDING',
      messageId: failed.messageId,
    });
    expect(retried.body.data?.retryDelivery.nextAttemptAt).not.toBeNull();
    const sent = await waitFor(
      () => delivery(letterId),
      (d) => d.status === 'SENT',
    );
    expect(sent.attempts).toBe(3);

    const refused = smtp.refused.filter((m) => m.to.includes(email));
    const accepted = smtp.messages.filter((m) => m.to.includes(email));
    expect(refused).toHaveLength(2);
    expect(accepted).toHaveLength(1);
    expect(messageIdOf(refused[0].raw)).toBe(failed.messageId);
    expect(messageIdOf(accepted[0].raw)).toBe(messageIdOf(refused[0].raw));

    // Only a FAILED delivery can be retried.
    expect(errorCode(await app.gql(RETRY, { id: deliveryId }, lead.accessToken))).toBe('INVALID_STATE');
  });
});
