import { SmtpSink } from './support/smtp-sink';
import { ensureBuilt, startProcess, stopProcess, type ServerProcess } from './support/processes';
import { startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createLetter,
  createOrganisation,
  deliverLetter,
  openDraft,
  signUp,
  verifyDirectly,
} from './support/factories';
import { eventually } from './support/eventually';

describe('delivery when the worker is killed mid-send', () => {
  const smtp = new SmtpSink();
  let api: TestApp;
  const workers: ServerProcess[] = [];

  beforeAll(async () => {
    ensureBuilt();
    await smtp.start();
    smtp.delayMs = 300;
    // The job's time-out and retry delay are fixed when deliverLetter queues it, by the API's settings.
    api = await startTestApp({ WORKER: 'off', DELIVERY_TIMEOUT_SECONDS: '3', DELIVERY_RETRY_DELAY_SECONDS: '1' });
  }, 180_000);
  afterAll(async () => {
    for (const worker of workers) await stopProcess(worker, 'SIGKILL');
    await api.close();
    await smtp.stop();
  });

  it('sends to all 20 recipients; at most the message in flight arrives twice, with the same Message-ID', async () => {
    const lead = await signUp(api, 'Crash Lead');
    await verifyDirectly(api, lead);
    const org = await createOrganisation(api, lead, { name: 'Crash Org' });
    const letter = await createLetter(api, lead, org.id, { visibility: 'PUBLIC' });
    await openDraft(api, lead, letter.id);
    const emails = Array.from({ length: 20 }, (_, i) => `office${i}@crash.example`);
    for (const [i, email] of emails.entries())
      await addRecipient(api, lead, letter.id, { name: `Office ${i}`, role: i ? 'CC' : 'TO', channel: 'EMAIL', email });
    await deliverLetter(api, lead, letter.id);

    const env = {
      DATABASE_URL: api.database.url,
      DATA_DIR: api.config.dataDir,
      SMTP_URL: smtp.url,
      JWT_SECRET: api.config.jwtSecret,
      DELIVERY_TIMEOUT_SECONDS: '3',
      DELIVERY_RATE_PER_MINUTE: '60000',
    };
    const first = await startProcess('worker', env);
    workers.push(first);
    await eventually(() => smtp.messages.length >= 5, { timeoutMs: 60_000, intervalMs: 20, what: 'five messages' });
    await stopProcess(first, 'SIGKILL');
    expect(smtp.messages.length).toBeLessThan(20);

    workers.push(await startProcess('worker', env));
    const sent = async () =>
      (
        await api.sql.query(`SELECT count(*)::int AS n FROM deliveries WHERE letter_id = $1 AND status = 'SENT'`, [
          letter.id,
        ])
      ).rows[0].n as number;
    await eventually(async () => (await sent()) >= 20, { timeoutMs: 90_000, intervalMs: 250, what: 'all sent' });
    expect(await sent()).toBe(20);

    const received = new Map<string, string[]>();
    for (const message of smtp.messages) {
      for (const to of message.to) received.set(to, [...(received.get(to) ?? []), message.parsed.messageId ?? '']);
    }
    for (const email of emails) expect(received.get(email)?.length ?? 0).toBeGreaterThanOrEqual(1);
    const twice = [...received.entries()].filter(([, ids]) => ids.length > 1);
    expect(twice.length).toBeLessThanOrEqual(1);
    for (const [, ids] of twice) {
      expect(ids).toHaveLength(2);
      expect(new Set(ids).size).toBe(1);
    }
    const { rows } = await api.sql.query(`SELECT message_id FROM deliveries WHERE letter_id = $1`, [letter.id]);
    for (const [email, ids] of received) {
      if (emails.includes(email)) expect(rows.map((r: { message_id: string }) => r.message_id)).toContain(ids[0]);
    }
  });

  it('spreads messages to one mail domain over time, at DELIVERY_RATE_PER_MINUTE', async () => {
    const lead = await signUp(api, 'Rate Lead');
    await verifyDirectly(api, lead);
    const org = await createOrganisation(api, lead, { name: 'Rate Org' });
    const letter = await createLetter(api, lead, org.id, { visibility: 'PUBLIC' });
    await openDraft(api, lead, letter.id);
    for (const [i, email] of ['a@one.example', 'b@one.example', 'c@one.example', 'd@other.example'].entries())
      await addRecipient(api, lead, letter.id, { name: `Office ${i}`, role: 'CC', channel: 'EMAIL', email });
    await deliverLetter(api, lead, letter.id);
    const { rows } = await api.sql.query<{ email: string; start_after: Date }>(
      `SELECT r.email, j.start_after FROM pgboss.job j
         JOIN deliveries d ON d.id = (j.data->>'deliveryId')::uuid JOIN letter_recipients r ON r.id = d.recipient_id
        WHERE d.letter_id = $1 ORDER BY j.start_after`,
      [letter.id],
    );
    const one = rows.filter((r) => r.email.endsWith('@one.example')).map((r) => new Date(r.start_after).getTime());
    // The default rate is 60 a minute: one second apart for one domain; another domain is not held back.
    expect(one).toHaveLength(3);
    expect(one[1] - one[0]).toBeGreaterThanOrEqual(990);
    expect(one[2] - one[1]).toBeGreaterThanOrEqual(990);
    const other = rows.find((r) => r.email === 'd@other.example') as { start_after: Date };
    expect(new Date(other.start_after).getTime() - one[0]).toBeLessThan(990);
  });
});
