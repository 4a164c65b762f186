import { createLetter, endorseAs, openDraft, organisationWithOwner } from './support/factories';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from './support/eventually';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { CREATE_WEBHOOK } from './support/webhooks';
import { graphql } from './gql';

const REDELIVER = graphql(`
  mutation WebhookAttacksRedeliver($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

/** Attacks on the webhooks (review): the worker is off, so the outbox rows stay as written. */
describe('webhooks under attack', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A receiver is never called (no worker): the URL only has to pass the guard.
    app = await startTestApp({ WORKER: 'off', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
  }, 600_000);
  afterAll(async () => {
    await app.close();
  });

  it('never loses a signature because the webhook outbox write fails', async () => {
    const lead = await organisationWithOwner(app, { name: 'Outbox Failure Lead' });
    const signer = await organisationWithOwner(app, { name: 'Outbox Failure Signatory' });
    const created = await app.gql(
      CREATE_WEBHOOK,
      {
        input: {
          organisationId: lead.organisationId,
          url: 'http://127.0.0.1:9/hook',
          events: ['ENDORSEMENT_SIGNED'],
        },
      },
      lead.token,
    );
    if (!created.body.data?.createWebhook) throw new Error(created.text);
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    // The outbox table refuses every row (a full disk, a constraint, a hook deleted meanwhile…).
    await app.sql.query(`CREATE FUNCTION refuse_webhook_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'outbox refused'; END $$`);
    await app.sql.query(`CREATE TRIGGER refuse_webhook_delivery BEFORE INSERT ON webhook_deliveries
      FOR EACH ROW EXECUTE FUNCTION refuse_webhook_delivery()`);
    try {
      const signed = await endorseAs(
        app,
        { user: signer.user, org: { id: signer.organisationId } },
        letter.id,
        letter.currentVersion.contentHash,
        { signerName: 'Kept Signer' },
      );
      const { rows } = await app.sql.query('SELECT status FROM endorsements WHERE id = $1', [signed.id]);
      expect(rows).toEqual([{ status: 'SIGNED' }]);
    } finally {
      await app.sql.query('DROP TRIGGER refuse_webhook_delivery ON webhook_deliveries');
      await app.sql.query('DROP FUNCTION refuse_webhook_delivery()');
    }
  }, 120_000);

  it('redelivers a call only once it is no longer waiting to be sent (no flooding the outbox)', async () => {
    const lead = await organisationWithOwner(app, { name: 'Redeliver Flood Lead' });
    const created = await app.gql(
      CREATE_WEBHOOK,
      { input: { organisationId: lead.organisationId, url: 'http://127.0.0.1:9/flood', events: ['LETTER_OPENED'] } },
      lead.token,
    );
    const hook = created.body.data?.createWebhook;
    if (!hook) throw new Error(created.text);
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    const count = async (): Promise<number> =>
      (
        await app.sql.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1', [
          hook.webhook.id,
        ])
      ).rows[0].n;
    const [{ id }] = (await app.sql.query('SELECT id FROM webhook_deliveries WHERE webhook_id = $1', [hook.webhook.id]))
      .rows as { id: string }[];
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await app.gql(REDELIVER, { deliveryId: id }, lead.token))).toBe('INVALID_STATE');
    }
    expect(await count()).toBe(1);
    // Once that call has failed for good, one redelivery is queued, and not a second beside it.
    await app.sql.query(`UPDATE webhook_deliveries SET status = 'FAILED', next_attempt_at = NULL WHERE id = $1`, [id]);
    expect((await app.gql(REDELIVER, { deliveryId: id }, lead.token)).body.data?.redeliverWebhook?.status).toBe(
      'PENDING',
    );
    expect(errorCode(await app.gql(REDELIVER, { deliveryId: id }, lead.token))).toBe('INVALID_STATE');
    expect(await count()).toBe(2);
  }, 120_000);
});

describe('the webhook outbox', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      WORKER: 'on',
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      WEBHOOK_DISPATCH_INTERVAL_MS: '200',
    });
  }, 600_000);
  afterAll(async () => {
    await app.close();
  });

  it("keeps one organisation's silent receivers from holding up another organisation's calls", async () => {
    // Receivers that read the call and never answer (each holds its call for the 15 s timeout).
    const held: ServerResponse[] = [];
    const silent = createServer((_req, res) => held.push(res));
    const heard: string[] = [];
    const prompt = createServer((req, res) => {
      heard.push(req.url ?? '');
      res.end('ok');
    });
    const listen = async (server: Server): Promise<number> => {
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      return (server.address() as AddressInfo).port;
    };
    const silentPort = await listen(silent);
    const promptPort = await listen(prompt);
    try {
      const slow = await organisationWithOwner(app, { name: 'Silent Receivers Coalition' });
      for (let i = 0; i < 10; i++) {
        const made = await app.gql(
          CREATE_WEBHOOK,
          {
            input: {
              organisationId: slow.organisationId,
              url: `http://127.0.0.1:${silentPort}/silent/${i}`,
              events: ['LETTER_OPENED'],
            },
          },
          slow.token,
        );
        if (!made.body.data?.createWebhook) throw new Error(made.text);
      }
      const other = await organisationWithOwner(app, { name: 'Prompt Receiver Network' });
      const made = await app.gql(
        CREATE_WEBHOOK,
        {
          input: {
            organisationId: other.organisationId,
            url: `http://127.0.0.1:${promptPort}/prompt`,
            events: ['LETTER_OPENED'],
          },
        },
        other.token,
      );
      if (!made.body.data?.createWebhook) throw new Error(made.text);
      for (let i = 0; i < 2; i++) {
        const letter = await createLetter(app, slow.user, slow.organisationId, { visibility: 'PUBLIC' });
        await openDraft(app, slow, letter.id);
      }
      await eventually(() => held.length >= 1, { timeoutMs: 10_000, what: 'the silent receivers called' });
      const letter = await createLetter(app, other.user, other.organisationId, { visibility: 'PUBLIC' });
      await openDraft(app, other, letter.id);
      const opened = Date.now();
      await eventually(() => heard.length === 1, { timeoutMs: 30_000, what: 'the prompt receiver called' });
      expect(Date.now() - opened).toBeLessThan(5_000);
    } finally {
      silent.closeAllConnections();
      prompt.closeAllConnections();
      silent.close();
      prompt.close();
    }
  }, 120_000);

  it('forgets finished calls after the retention period, and keeps recent and waiting ones', async () => {
    const lead = await organisationWithOwner(app, { name: 'Retention Hook Lead' });
    const created = await app.gql(
      CREATE_WEBHOOK,
      { input: { organisationId: lead.organisationId, url: 'http://127.0.0.1:9/kept', events: ['LETTER_OPENED'] } },
      lead.token,
    );
    const hook = created.body.data?.createWebhook;
    if (!hook) throw new Error(created.text);
    const insert = (status: string, daysAgo: number, due: boolean): Promise<unknown> =>
      app.sql.query(
        `INSERT INTO webhook_deliveries (webhook_id, event, message_id, body, status, next_attempt_at, created_at)
         VALUES ($1, 'LETTER_OPENED', $2, '{}', $3, $4, now() - make_interval(days => $5))`,
        [hook.webhook.id, `msg_${status}_${daysAgo}`, status, due ? new Date(Date.now() + 86_400_000) : null, daysAgo],
      );
    await insert('SUCCEEDED', 40, false);
    await insert('FAILED', 31, false);
    await insert('SUCCEEDED', 2, false);
    await insert('PENDING', 40, true);
    await eventually(
      async () =>
        (
          await app.sql.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1', [
            hook.webhook.id,
          ])
        ).rows[0].n === 2,
      { timeoutMs: 20_000, what: 'the old finished calls deleted' },
    );
    await new Promise((done) => setTimeout(done, 1_000));
    const { rows } = await app.sql.query(
      'SELECT message_id FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY message_id',
      [hook.webhook.id],
    );
    expect(rows).toEqual([{ message_id: 'msg_PENDING_40' }, { message_id: 'msg_SUCCEEDED_2' }]);
  }, 120_000);
});
