import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WEBHOOK_EVENT_TYPES, WebhookEvent, WebhookEventsService, type WebhookEventRecord } from '@undersigned/common';
import { SignatureHooksService } from '@undersigned/supporters';
import { unnamedFlag } from '@undersigned/endorsements';
import { newMessageId } from './standard-webhooks';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';

/** Standard Webhooks: payloads "ideally under 20 kB" (and a CHECK on the column). */
export const MAX_WEBHOOK_BODY_BYTES = 20_480;

const ENDORSEMENT_EVENTS: readonly WebhookEvent[] = [
  WebhookEvent.ENDORSEMENT_SIGNED,
  WebhookEvent.ENDORSEMENT_WITHDRAWN,
  WebhookEvent.ENDORSEMENT_NEEDS_RECONFIRMATION,
];

/** Who a hook's organisation is to the event: a lead of the letter, or the signatory it is about. */
interface Audience {
  lead: boolean;
  /** The organisation the endorsement is about. */
  own: boolean;
}

interface MatchedHook {
  id: string;
  organisation_id: string;
  lead: boolean;
}

type Data = Record<string, unknown>;

/**
 * The outbox: in the transaction causing an event, one webhook_deliveries row per hook that may
 * hear of it, with the body that hook's organisation may see. Hooks are matched in SQL by
 * organisation: the letter's (accepted) lead organisations, and for an endorsement's events the
 * organisation that signed it; a hook limited to a letter hears of that letter only.
 */
@Injectable()
export class WebhookOutboxService implements OnModuleInit {
  private readonly logger = new Logger(WebhookOutboxService.name);

  constructor(
    private readonly events: WebhookEventsService,
    private readonly signatures: SignatureHooksService,
  ) {}

  onModuleInit(): void {
    this.events.register((manager, record) => this.queueSafely(manager, record));
    this.signatures.onConfirmed((manager, signature) =>
      this.queueSafely(manager, {
        event: WebhookEvent.SUPPORTER_CONFIRMED,
        letterId: signature.letterId,
        subjectId: signature.id,
      }),
    );
    // An erased supporter's name and address leave the webhook calls that carry them, sent or not.
    this.signatures.onErased(async (manager, ids) => {
      await manager.query(
        `DELETE FROM webhook_deliveries
         WHERE event = '${WebhookEvent.SUPPORTER_CONFIRMED}' AND (body::jsonb #>> '{data,supporter,id}') = ANY($1::text[])`,
        [ids],
      );
    });
  }

  /**
   * The rows written under a savepoint of the causing transaction: should writing them fail (a
   * constraint, a hook deleted meanwhile, a full table), only they are rolled back and the failure
   * logged. A signature is never lost because of a webhook.
   */
  async queueSafely(manager: EntityManager, record: WebhookEventRecord): Promise<void> {
    try {
      await manager.transaction((savepoint) => this.queue(savepoint, record));
    } catch (error) {
      this.logger.error(`${record.event} webhook rows for letter ${record.letterId} not queued: ${String(error)}`);
    }
  }

  async queue(manager: EntityManager, record: WebhookEventRecord): Promise<void> {
    const signer = ENDORSEMENT_EVENTS.includes(record.event) ? await this.signerOf(manager, record) : null;
    const hooks = (await manager.query(
      `SELECT h.id, h.organisation_id, EXISTS (SELECT 1 FROM letter_leads ll WHERE ll.letter_id = $1
                AND ll.organisation_id = h.organisation_id AND ll.accepted_at IS NOT NULL) AS lead
       FROM webhooks h
       WHERE h.enabled AND $2 = ANY(h.events) AND (h.letter_id IS NULL OR h.letter_id = $1)
         AND (h.organisation_id = $3::uuid OR h.organisation_id IN
               (SELECT organisation_id FROM letter_leads WHERE letter_id = $1 AND accepted_at IS NOT NULL))`,
      [record.letterId, record.event, signer],
    )) as MatchedHook[];
    if (!hooks.length) return;
    const bodies = new Map<string, string | null>();
    const timestamp = new Date().toISOString();
    const rows: Partial<WebhookDelivery>[] = [];
    for (const hook of hooks) {
      const audience = { lead: hook.lead, own: hook.organisation_id === signer };
      const key = `${audience.lead}:${audience.own}`;
      if (!bodies.has(key)) {
        const data = await this.data(manager, record, audience);
        bodies.set(key, data && this.body(record.event, timestamp, data));
      }
      const body = bodies.get(key);
      if (!body) continue;
      rows.push({
        webhookId: hook.id,
        event: record.event,
        messageId: newMessageId(),
        body,
        status: WebhookDeliveryStatus.PENDING,
        nextAttemptAt: new Date(),
      });
    }
    if (rows.length) await manager.insert(WebhookDelivery, rows);
  }

  private body(event: WebhookEvent, timestamp: string, data: Data): string | null {
    const body = JSON.stringify({ type: WEBHOOK_EVENT_TYPES[event], timestamp, data });
    if (Buffer.byteLength(body) <= MAX_WEBHOOK_BODY_BYTES) return body;
    // Every field is bounded far below this; should one not be, the event is logged, not sent cut.
    this.logger.warn(`a ${event} webhook body over ${MAX_WEBHOOK_BODY_BYTES} bytes was not queued`);
    return null;
  }

  private async signerOf(manager: EntityManager, record: WebhookEventRecord): Promise<string | null> {
    const [row] = (await manager.query('SELECT organisation_id FROM endorsements WHERE id = $1', [
      record.subjectId,
    ])) as { organisation_id: string }[];
    return row?.organisation_id ?? null;
  }

  /** What the hook's organisation may see of the event; null when there is nothing to tell. */
  private async data(manager: EntityManager, record: WebhookEventRecord, audience: Audience): Promise<Data | null> {
    const [letter] = (await manager.query('SELECT id, slug, title, status FROM letters WHERE id = $1', [
      record.letterId,
    ])) as { id: string; slug: string; title: string; status: string }[];
    if (!letter) return null;
    if (ENDORSEMENT_EVENTS.includes(record.event)) {
      const endorsement = await this.endorsement(manager, record, audience);
      return endorsement && { letter, endorsement };
    }
    if (record.event === WebhookEvent.DELIVERY_CHANGED) {
      const [delivery] = (await manager.query(
        `SELECT d.id, d.status, r.name AS "recipientName", r.role AS "recipientRole", d.channel
         FROM deliveries d JOIN letter_recipients r ON r.id = d.recipient_id WHERE d.id = $1`,
        [record.subjectId],
      )) as Data[];
      return delivery ? { letter, delivery } : null;
    }
    if (record.event === WebhookEvent.SUPPORTER_CONFIRMED) return this.supporter(manager, record, letter, audience);
    return { letter };
  }

  /**
   * An endorsement as its reader may see it: an unnamed (anonymous) one's organisation and signer
   * only to the letter's leads and to the organisation itself. SIGNED only once it counts: one
   * waiting for the leads' approval is told when approved.
   */
  private async endorsement(
    manager: EntityManager,
    record: WebhookEventRecord,
    audience: Audience,
  ): Promise<Data | null> {
    const [row] = (await manager.query(
      `SELECT e.id, e.status, ${unnamedFlag('e')} AS anonymous, e.display_name, e.signer_name, e.signer_title, e.organisation_id,
              e.signed_version_number, e.signed_at, e.withdrawn_at
       FROM endorsements e WHERE e.id = $1`,
      [record.subjectId],
    )) as {
      id: string;
      status: string;
      anonymous: boolean;
      display_name: string;
      signer_name: string;
      signer_title: string;
      organisation_id: string;
      signed_version_number: number;
      signed_at: Date;
      withdrawn_at: Date | null;
    }[];
    if (!row) return null;
    if (record.event === WebhookEvent.ENDORSEMENT_SIGNED && row.status !== 'SIGNED') return null;
    const named = !row.anonymous || audience.lead || audience.own;
    return {
      id: row.id,
      status: row.status,
      anonymous: row.anonymous,
      signedVersion: row.signed_version_number,
      signedAt: row.signed_at,
      withdrawnAt: row.withdrawn_at,
      organisation: named ? { id: row.organisation_id, name: row.display_name } : null,
      signer: named ? { name: row.signer_name, title: row.signer_title } : null,
    };
  }

  /** A confirmed supporter, for the leads: the email address only when they consented to be contacted. */
  private async supporter(
    manager: EntityManager,
    record: WebhookEventRecord,
    letter: Data,
    audience: Audience,
  ): Promise<Data | null> {
    if (!audience.lead) return null;
    const [row] = (await manager.query(
      `SELECT id, name, show_name, email, consented, country, confirmed_at FROM signatures WHERE id = $1`,
      [record.subjectId],
    )) as {
      id: string;
      name: string | null;
      show_name: boolean;
      email: string | null;
      consented: boolean;
      country: string | null;
      confirmed_at: Date | null;
    }[];
    if (!row) return null;
    return {
      letter,
      supporter: {
        id: row.id,
        name: row.name,
        showName: row.show_name,
        country: row.country,
        confirmedAt: row.confirmed_at,
        consented: row.consented,
        ...(row.consented && row.email ? { email: row.email } : {}),
      },
    };
  }
}
