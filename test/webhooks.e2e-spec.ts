import { postWebhook, RefusedAddressError } from '@undersigned/webhooks';
import { eventually } from './support/eventually';
import {
  addRecipient,
  createLetter,
  deliverLetter,
  endorseAs,
  openDraft,
  organisationWithOwner,
  reviseLetter,
  type OrganisationOwner,
} from './support/factories';
import { CONFIRM, setPetition, signAs } from './support/petitions';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  alteredByOneByte,
  CREATE_WEBHOOK,
  eventOf,
  verifiesV1,
  verifiesV1a,
  WebhookReceiver,
  type ReceivedCall,
} from './support/webhooks';
import { graphql } from './gql';
import type { WebhookEvent } from './gql/graphql';

const ROTATE = graphql(`
  mutation WebhooksRotate($webhookId: ID!) {
    rotateWebhookSecret(webhookId: $webhookId) {
      secret
      webhook {
        id
        publicKey
      }
    }
  }
`);
const DELETE = graphql(`
  mutation WebhooksDelete($webhookId: ID!) {
    deleteWebhook(webhookId: $webhookId)
  }
`);
const REDELIVER = graphql(`
  mutation WebhooksRedeliver($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      event
      status
      attempts
    }
  }
`);
const ERASE = graphql(`
  mutation WebhooksEraseSupporter($token: String!) {
    eraseSupporterData(token: $token)
  }
`);

const HOOKS = graphql(`
  query WebhooksOfOrganisation($id: ID!, $first: Int) {
    organisation(id: $id) {
      webhooks {
        id
        url
        enabled
        events
        deliveries(first: $first) {
          id
          event
          status
          attempts
          lastStatusCode
          nextAttemptAt
          createdAt
        }
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WebhooksWithdraw($input: WithdrawInput!) {
    withdrawEndorsement(input: $input) {
      id
      status
    }
  }
`);
const CLOSE = graphql(`
  mutation WebhooksClose($letterId: ID!) {
    closeLetter(letterId: $letterId) {
      id
      status
    }
  }
`);

const ALL_EVENTS: WebhookEvent[] = [
  'ENDORSEMENT_SIGNED',
  'ENDORSEMENT_WITHDRAWN',
  'ENDORSEMENT_NEEDS_RECONFIRMATION',
  'LETTER_OPENED',
  'LETTER_CLOSED',
  'LETTER_DELIVERED',
  'DELIVERY_CHANGED',
  'SUPPORTER_CONFIRMED',
];

interface Hook {
  id: string;
  secret: string;
  publicKey: string;
}

async function createHook(
  app: TestApp,
  owner: OrganisationOwner,
  url: string,
  events: WebhookEvent[] = ALL_EVENTS,
  letterId?: string,
): Promise<Hook> {
  const response = await app.gql(
    CREATE_WEBHOOK,
    { input: { organisationId: owner.organisationId, url, events, letterId } },
    owner.token,
  );
  const created = response.body.data?.createWebhook;
  if (!created) throw new Error(`createWebhook failed: ${response.text}`);
  expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  expect(Buffer.from(created.secret.slice(6), 'base64')).toHaveLength(32);
  expect(created.webhook.publicKey).toMatch(/^whpk_[A-Za-z0-9+/]{43}=$/);
  return { id: created.webhook.id, secret: created.secret, publicKey: created.webhook.publicKey };
}

/** The `type`s received on a path. */
function typesOn(receiver: WebhookReceiver, path: string): string[] {
  return receiver.on(path).map((call) => eventOf(call).type);
}

describe('webhooks (Standard Webhooks 1.0)', () => {
  const smtp = new SmtpSink();
  const receiver = new WebhookReceiver();
  let app: TestApp;
  let lead: OrganisationOwner;
  let signer: OrganisationOwner;
  let bystander: OrganisationOwner;

  beforeAll(async () => {
    await smtp.start();
    await receiver.start();
    app = await startTestApp({
      WORKER: 'on',
      SMTP_URL: smtp.url,
      TRUST_PROXY: '1',
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      WEBHOOK_DISPATCH_INTERVAL_MS: '200',
      DELIVERY_RATE_PER_MINUTE: '6000',
    });
    lead = await organisationWithOwner(app, { name: 'Hook Lead Coalition' });
    signer = await organisationWithOwner(app, { name: 'Quiet Signatory Trust' });
    bystander = await organisationWithOwner(app, { name: 'Bystander Network' });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await receiver.stop();
    await smtp.stop();
  });

  it('sends every event, signed v1 (standardwebhooks) and v1a (Ed25519); one byte changed fails both', async () => {
    const leadHook = await createHook(app, lead, `${receiver.url}/lead`);
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    const signed = await endorseAs(
      app,
      { user: signer.user, org: { id: signer.organisationId } },
      letter.id,
      letter.currentVersion.contentHash,
    );
    await reviseLetter(app, lead, {
      letterId: letter.id,
      body: 'Dear Secretary,\n\nWe ask you to raise their cases at once, publicly.\n\nSincerely,',
      material: true,
    });
    const withdrawn = await app.gql(WITHDRAW, { input: { endorsementId: signed.id } }, signer.token);
    expect(withdrawn.body.data?.withdrawEndorsement.status).toBe('WITHDRAWN');

    await setPetition(app, lead, {
      letterId: letter.id,
      acceptSupporters: true,
      consentText: 'Keep me informed about this campaign by email.',
    });
    const email = `hook.supporter.${process.pid}@example.org`;
    expect(
      (await signAs(app, letter.id, { name: 'Ada Supporter', email, consent: true })).body.data?.signPetition,
    ).toBe(true);
    const mail = await eventually(() => smtp.messages.find((m) => m.to.includes(email)), { what: 'confirmation mail' });
    expect((await app.gql(CONFIRM, { token: tokenFrom(mail) })).body.data?.confirmSignature.status).toBe('CONFIRMED');

    expect((await app.gql(CLOSE, { letterId: letter.id }, lead.token)).body.data?.closeLetter.status).toBe('CLOSED');
    await addRecipient(app, lead, letter.id);
    await deliverLetter(app, lead, letter.id);

    const expected = [
      'letter.opened',
      'endorsement.signed',
      'endorsement.needs_reconfirmation',
      'endorsement.withdrawn',
      'supporter.confirmed',
      'letter.closed',
      'letter.delivered',
      'delivery.changed',
    ];
    await eventually(() => expected.every((type) => typesOn(receiver, '/lead').includes(type)), {
      timeoutMs: 60_000,
      what: `every event type (got ${typesOn(receiver, '/lead').join(', ')})`,
    });
    for (const call of receiver.on('/lead')) {
      expect(call.headers['webhook-id']).toMatch(/^msg_/);
      expect(Math.abs(Number(call.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
      expect(verifiesV1(call, leadHook.secret)).toBe(true);
      expect(verifiesV1a(call, leadHook.publicKey)).toBe(true);
      const altered = alteredByOneByte(call.body);
      expect(verifiesV1(call, leadHook.secret, altered)).toBe(false);
      expect(verifiesV1a(call, leadHook.publicKey, altered)).toBe(false);
      expect(Buffer.byteLength(call.body)).toBeLessThan(20_480);
      const event = eventOf(call);
      expect(new Date(event.timestamp).toISOString()).toBe(event.timestamp);
      expect((event.data.letter as { id: string }).id).toBe(letter.id);
    }
    // The consenting supporter's address reaches the lead's hook.
    const supporter = receiver.on('/lead').find((call) => eventOf(call).type === 'supporter.confirmed') as ReceivedCall;
    expect((eventOf(supporter).data.supporter as { email?: string }).email).toBe(email);
    // Another hook's secret does not verify these.
    const other = await createHook(app, bystander, `${receiver.url}/elsewhere`, ['LETTER_OPENED']);
    expect(verifiesV1(supporter, other.secret)).toBe(false);
    expect(verifiesV1a(supporter, other.publicKey)).toBe(false);

    // Deliveries are listed, bounded (a call is recorded just after its receiver answered: waited for).
    const latest = async () =>
      (await app.gql(HOOKS, { id: lead.organisationId, first: 3 }, lead.token)).body.data?.organisation?.webhooks.find(
        (h) => h.id === leadHook.id,
      )?.deliveries;
    await eventually(async () => (await latest())?.every((d) => d.status === 'SUCCEEDED'), {
      what: 'the latest deliveries recorded',
    });
    const deliveries = await latest();
    expect(deliveries).toHaveLength(3);
    expect(deliveries?.every((d) => d.status === 'SUCCEEDED' && d.attempts === 1 && d.lastStatusCode === 200)).toBe(
      true,
    );
    expect(errorCode(await app.gql(HOOKS, { id: lead.organisationId, first: 51 }, lead.token))).toBe('BAD_USER_INPUT');
  }, 120_000);

  it('answers 500 twice then 200: three attempts under one webhook-id, then a redelivery under it again', async () => {
    const hook = await createHook(app, lead, `${receiver.url}/flaky`, ['LETTER_OPENED']);
    receiver.answer('/flaky', 500, 500);
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    const row = async (): Promise<{ id: string; status: string; attempts: number; next_attempt_at: Date | null }> =>
      (
        await app.sql.query(
          'SELECT id, status, attempts, next_attempt_at FROM webhook_deliveries WHERE webhook_id = $1',
          [hook.id],
        )
      ).rows[0];
    for (const attempt of [1, 2]) {
      await eventually(async () => (await row())?.attempts === attempt && (await row()).status === 'PENDING', {
        timeoutMs: 20_000,
        what: `attempt ${attempt} failed`,
      });
      // Backoff with jitter: 30 s doubling, half of it at random; the test moves the clock instead of waiting.
      const { next_attempt_at: next } = await row();
      const delay = (next as Date).getTime() - Date.now();
      expect(delay).toBeGreaterThan(30_000 * 2 ** (attempt - 1) * 0.5 - 5_000);
      expect(delay).toBeLessThanOrEqual(30_000 * 2 ** (attempt - 1) + 1_000);
      await app.sql.query('UPDATE webhook_deliveries SET next_attempt_at = now() WHERE webhook_id = $1', [hook.id]);
    }
    await eventually(async () => (await row()).status === 'SUCCEEDED', { timeoutMs: 20_000, what: 'delivered' });
    const calls = receiver.on('/flaky');
    expect(calls.map((call) => call.answered)).toEqual([500, 500, 200]);
    expect(new Set(calls.map((call) => call.headers['webhook-id'])).size).toBe(1);
    expect(new Set(calls.map((call) => call.body)).size).toBe(1);
    for (const call of calls) expect(verifiesV1(call, hook.secret)).toBe(true);
    expect((await row()).attempts).toBe(3);

    const again = await app.gql(REDELIVER, { deliveryId: (await row()).id }, lead.token);
    expect(again.body.data?.redeliverWebhook).toMatchObject({ event: 'LETTER_OPENED', status: 'PENDING', attempts: 0 });
    await eventually(() => receiver.on('/flaky').length === 4, { what: 'the redelivery' });
    expect(receiver.on('/flaky')[3].headers['webhook-id']).toBe(calls[0].headers['webhook-id']);
    expect(verifiesV1(receiver.on('/flaky')[3], hook.secret)).toBe(true);
  }, 90_000);

  it('disables a hook whose receiver answers 410 Gone', async () => {
    const hook = await createHook(app, lead, `${receiver.url}/gone`, ['LETTER_OPENED']);
    receiver.answer('/gone', 410);
    const first = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, lead, first.id);
    const enabled = async (): Promise<boolean | undefined> =>
      (await app.gql(HOOKS, { id: lead.organisationId }, lead.token)).body.data?.organisation?.webhooks.find(
        (h) => h.id === hook.id,
      )?.enabled;
    await eventually(async () => (await enabled()) === false, { timeoutMs: 20_000, what: 'the hook disabled' });
    const { rows } = await app.sql.query('SELECT status, attempts FROM webhook_deliveries WHERE webhook_id = $1', [
      hook.id,
    ]);
    expect(rows).toEqual([{ status: 'FAILED', attempts: 1 }]);
    // No more calls: a later event is not queued for it.
    const second = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, lead, second.id);
    const after = await app.sql.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1', [
      hook.id,
    ]);
    expect(after.rows[0].n).toBe(1);
    expect(receiver.on('/gone')).toHaveLength(1);
  }, 60_000);

  it('tells an unnamed signature by name only to the leads (and the signatory itself), and no email without consent', async () => {
    const leadHook = `${receiver.url}/named-lead`;
    await createHook(app, lead, leadHook);
    await createHook(app, signer, `${receiver.url}/named-own`);
    await createHook(app, bystander, `${receiver.url}/named-bystander`);
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    // The bystander signs too (named): it is a signatory, not a lead.
    await endorseAs(
      app,
      { user: bystander.user, org: { id: bystander.organisationId } },
      letter.id,
      letter.currentVersion.contentHash,
      {
        signerName: 'Open Signer',
      },
    );
    const quiet = await endorseAs(
      app,
      { user: signer.user, org: { id: signer.organisationId } },
      letter.id,
      letter.currentVersion.contentHash,
      {
        anonymous: true,
        signerName: 'Hidden Person',
      },
    );
    await setPetition(app, lead, { letterId: letter.id, acceptSupporters: true, consentText: 'Keep me informed.' });
    const email = `no.consent.${process.pid}@example.org`;
    await signAs(app, letter.id, { name: 'Private Supporter', email, consent: false });
    const mail = await eventually(() => smtp.messages.find((m) => m.to.includes(email)), { what: 'confirmation mail' });
    await app.gql(CONFIRM, { token: tokenFrom(mail) });

    const signedOn = (path: string): ReceivedCall[] =>
      receiver.on(path).filter((call) => {
        const event = eventOf(call);
        return event.type === 'endorsement.signed' && (event.data.endorsement as { id: string }).id === quiet.id;
      });
    await eventually(() => signedOn('/named-lead').length === 1 && signedOn('/named-own').length === 1, {
      what: 'the unnamed signature told to the lead and the signatory',
    });
    await eventually(() => typesOn(receiver, '/named-lead').includes('supporter.confirmed'), { what: 'the supporter' });
    const told = eventOf(signedOn('/named-lead')[0]).data.endorsement as Record<string, unknown>;
    expect(told).toMatchObject({
      anonymous: true,
      organisation: { id: signer.organisationId, name: 'Quiet Signatory Trust' },
      signer: { name: 'Hidden Person' },
    });
    // The bystander's hook heard of its own signature, and nothing of the unnamed one.
    await eventually(() => typesOn(receiver, '/named-bystander').includes('endorsement.signed'), { what: 'its own' });
    await new Promise((done) => setTimeout(done, 1_000));
    for (const call of receiver.on('/named-bystander')) {
      expect(call.body).not.toContain('Quiet Signatory Trust');
      expect(call.body).not.toContain('Hidden Person');
      expect(call.body).not.toContain(quiet.id);
    }
    // The supporter who did not consent: in no payload, anywhere.
    const supporter = receiver
      .on('/named-lead')
      .find((call) => eventOf(call).type === 'supporter.confirmed') as ReceivedCall;
    expect(eventOf(supporter).data.supporter).toMatchObject({ name: 'Private Supporter', consented: false });
    for (const call of receiver.calls) expect(call.body).not.toContain(email);
    const stored = await app.sql.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE body LIKE $1', [
      `%${email}%`,
    ]);
    expect(stored.rows[0].n).toBe(0);
  }, 90_000);

  it('forgets an erased supporter: the calls naming them leave the outbox, sent or not', async () => {
    await createHook(app, lead, `${receiver.url}/erased`, ['SUPPORTER_CONFIRMED']);
    const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    await setPetition(app, lead, { letterId: letter.id, acceptSupporters: true, consentText: 'Keep me informed.' });
    const email = `erased.${process.pid}@example.org`;
    await signAs(app, letter.id, { name: 'Erased Supporter', email, consent: true });
    const mail = await eventually(() => smtp.messages.find((m) => m.to.includes(email)), { what: 'confirmation mail' });
    const token = tokenFrom(mail);
    await app.gql(CONFIRM, { token });
    await eventually(() => typesOn(receiver, '/erased').includes('supporter.confirmed'), { what: 'the supporter' });
    const naming = async (): Promise<number> =>
      (
        await app.sql.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM webhook_deliveries WHERE body LIKE $1 OR body LIKE $2',
          [`%${email}%`, '%Erased Supporter%'],
        )
      ).rows[0].n;
    // This hook's call, and those of the lead's hooks of earlier tests that hear every event.
    expect(await naming()).toBeGreaterThan(0);

    expect((await app.gql(ERASE, { token })).body.data).toEqual({ eraseSupporterData: true });
    expect(await naming()).toBe(0);
  }, 90_000);

  it('signs with the old and the new secret for 24 hours after a rotation, then with the new only', async () => {
    const hook = await createHook(app, bystander, `${receiver.url}/rotated`, ['LETTER_OPENED']);
    const rotated = await app.gql(ROTATE, { webhookId: hook.id }, bystander.token);
    const secret = rotated.body.data?.rotateWebhookSecret.secret as string;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(hook.secret);
    expect(rotated.body.data?.rotateWebhookSecret.webhook.publicKey).toBe(hook.publicKey);

    const first = await createLetter(app, bystander.user, bystander.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, bystander, first.id);
    const during = await eventually(() => receiver.on('/rotated')[0], { what: 'an event within the 24 hours' });
    expect(
      String(during.headers['webhook-signature'])
        .split(' ')
        .filter((s) => s.startsWith('v1,')),
    ).toHaveLength(2);
    expect(verifiesV1(during, hook.secret)).toBe(true);
    expect(verifiesV1(during, secret)).toBe(true);

    // 24 hours later (the clock moved by the row, not waited for).
    await app.sql.query(
      `UPDATE webhooks SET previous_secret_until = previous_secret_until - interval '24 hours' WHERE id = $1`,
      [hook.id],
    );
    const second = await createLetter(app, bystander.user, bystander.organisationId, { visibility: 'PUBLIC' });
    await openDraft(app, bystander, second.id);
    const after = await eventually(() => receiver.on('/rotated')[1], { what: 'an event after the 24 hours' });
    expect(verifiesV1(after, secret)).toBe(true);
    expect(verifiesV1(after, hook.secret)).toBe(false);
    expect(verifiesV1a(after, hook.publicKey)).toBe(true);
  }, 60_000);

  it('refuses private and loopback targets without WEBHOOK_ALLOW_PRIVATE_NETWORKS, at creation and at each send', async () => {
    const guarded = await startTestApp({}, app.database);
    try {
      for (const url of [
        'http://10.0.0.1/hook',
        `http://localhost:${new URL(receiver.url).port}/hook`,
        `${receiver.url}/hook`,
        'http://[::ffff:127.0.0.1]/hook',
        'http://[fe80::1]/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://100.64.0.1/hook',
        'http://0.0.0.0/hook',
        'http://[fd00::1]/hook',
        'http://224.0.0.1/hook',
      ]) {
        const response = await guarded.gql(
          CREATE_WEBHOOK,
          { input: { organisationId: lead.organisationId, url, events: ['LETTER_OPENED'] } },
          lead.token,
        );
        expect({ url, code: errorCode(response) }).toEqual({ url, code: 'BAD_USER_INPUT' });
      }
      for (const url of [
        'ftp://example.org/hook',
        'https://user:pass@example.org/hook',
        `https://example.org/${'a'.repeat(2001)}`,
      ]) {
        const response = await guarded.gql(
          CREATE_WEBHOOK,
          { input: { organisationId: lead.organisationId, url, events: ['LETTER_OPENED'] } },
          lead.token,
        );
        expect({ url, code: errorCode(response) }).toEqual({ url, code: 'BAD_USER_INPUT' });
      }
    } finally {
      await guarded.close();
    }
    // The send itself resolves the name once and refuses a private address: nothing reaches the receiver.
    const before = receiver.calls.length;
    for (const url of [`http://localhost:${new URL(receiver.url).port}/send`, `${receiver.url}/send`]) {
      await expect(
        postWebhook({ url: new URL(url), headers: {}, body: '{}', allowPrivateNetworks: false }),
      ).rejects.toBeInstanceOf(RefusedAddressError);
    }
    expect(receiver.calls.length).toBe(before);
    // With the variable, the same call goes through.
    await expect(
      postWebhook({ url: new URL(`${receiver.url}/send`), headers: {}, body: '{}', allowPrivateNetworks: true }),
    ).resolves.toMatchObject({ status: 200 });
  }, 60_000);

  it('lets only OWNERs and COORDINATORs see and manage hooks; another organisation gets NOT_FOUND', async () => {
    const hook = await createHook(app, lead, `${receiver.url}/managed`, ['LETTER_CLOSED']);
    const seen = async (token: string): Promise<number | undefined> =>
      (await app.gql(HOOKS, { id: lead.organisationId }, token)).body.data?.organisation?.webhooks.length;
    expect(await seen(lead.token)).toBeGreaterThan(0);
    expect(await seen(bystander.token)).toBe(0);
    expect(errorCode(await app.gql(DELETE, { webhookId: hook.id }, bystander.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(ROTATE, { webhookId: hook.id }, bystander.token))).toBe('NOT_FOUND');
    expect((await app.gql(DELETE, { webhookId: hook.id }, lead.token)).body.data?.deleteWebhook).toBe(true);
    expect(errorCode(await app.gql(DELETE, { webhookId: hook.id }, lead.token))).toBe('NOT_FOUND');
  });
});
