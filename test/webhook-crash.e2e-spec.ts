import { eventually } from './support/eventually';
import { createLetter, OPEN_LETTER, organisationWithOwner } from './support/factories';
import { ensureBuilt, startProcess, stopProcess, waitHealthy, type ServerProcess } from './support/processes';
import { startTestApp, type TestApp } from './support/test-app';
import { CREATE_WEBHOOK, eventOf, verifiesV1, verifiesV1a, WebhookReceiver } from './support/webhooks';

describe('a webhook event when the API process dies after the commit, before the send', () => {
  const receiver = new WebhookReceiver();
  let app: TestApp;
  const processes: ServerProcess[] = [];

  beforeAll(async () => {
    ensureBuilt();
    await receiver.start();
    app = await startTestApp({ WORKER: 'off', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
  }, 600_000);
  afterAll(async () => {
    for (const process of processes) await stopProcess(process, 'SIGKILL');
    await app.close();
    await receiver.stop();
  });

  it('is in the outbox with the change, and arrives once a worker runs', async () => {
    const lead = await organisationWithOwner(app, { name: 'Crash Hook Coalition' });
    const created = await app.gql(
      CREATE_WEBHOOK,
      { input: { organisationId: lead.organisationId, url: `${receiver.url}/crash`, events: ['LETTER_OPENED'] } },
      lead.token,
    );
    const hook = created.body.data?.createWebhook;
    if (!hook) throw new Error(created.text);
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });

    const env = {
      DATABASE_URL: app.database.url,
      DATA_DIR: app.config.dataDir,
      JWT_SECRET: app.config.jwtSecret,
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    };
    // The API runs its worker in-process, but its first look at the outbox would be ten minutes away:
    // the process is killed between the commit and any send.
    const api = await startProcess('api', { ...env, WORKER: 'on', WEBHOOK_DISPATCH_INTERVAL_MS: '600000' });
    processes.push(api);
    await waitHealthy(api);
    const opened = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${lead.token}` },
      body: JSON.stringify({ query: OPEN_LETTER.toString(), variables: { letterId: letter.id } }),
    });
    expect(((await opened.json()) as { data?: { openLetter?: { id: string } } }).data?.openLetter?.id).toBe(letter.id);
    await stopProcess(api, 'SIGKILL');

    const { rows } = await app.sql.query('SELECT status, attempts FROM webhook_deliveries WHERE webhook_id = $1', [
      hook.webhook.id,
    ]);
    expect(rows).toEqual([{ status: 'PENDING', attempts: 0 }]);
    expect(receiver.on('/crash')).toHaveLength(0);

    processes.push(await startProcess('worker', { ...env, WEBHOOK_DISPATCH_INTERVAL_MS: '200' }));
    const call = await eventually(() => receiver.on('/crash')[0], { timeoutMs: 90_000, what: 'the event' });
    expect(eventOf(call)).toMatchObject({ type: 'letter.opened', data: { letter: { id: letter.id } } });
    expect(verifiesV1(call, hook.secret)).toBe(true);
    expect(verifiesV1a(call, hook.webhook.publicKey)).toBe(true);
    await eventually(
      async () =>
        (await app.sql.query('SELECT status FROM webhook_deliveries WHERE webhook_id = $1', [hook.webhook.id])).rows[0]
          .status === 'SUCCEEDED',
      { what: 'the delivery recorded' },
    );
    expect(receiver.on('/crash')).toHaveLength(1);
  }, 300_000);
});
