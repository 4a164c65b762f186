import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { WebhookEvent, WebhookEventsService } from '@undersigned/common';
import { AuditEvent, AuditKind } from './audit-event.entity';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface NewAuditEvent {
  kind: AuditKind;
  organisationId?: string | null;
  actorId?: string | null;
  payload?: Record<string, unknown>;
}

type Hashed = Pick<AuditEvent, 'letterId' | 'seq' | 'kind' | 'organisationId' | 'actorId' | 'payload' | 'occurredAt'>;

/** The hash of an event: SHA-256 over the previous hash and the event's canonical JSON. */
export function auditHash(prevHash: string, event: Hashed): string {
  const content = canonicalJson({
    letterId: event.letterId,
    seq: event.seq,
    kind: event.kind,
    organisationId: event.organisationId,
    actorId: event.actorId,
    payload: event.payload,
    occurredAt: new Date(event.occurredAt).toISOString(),
  });
  return createHash('sha256').update(`${prevHash}\n${content}`, 'utf8').digest('hex');
}

/** Whether every event chains to the one before it and its hash matches its content. */
export function verifyChain(events: AuditEvent[]): boolean {
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.seq !== index + 1 || event.prevHash !== prev || auditHash(prev, event) !== event.hash) return false;
    prev = event.hash;
  }
  return true;
}

/** The webhook event each change of an endorsement's standing is (SIGNED only once it counts: see the outbox). */
const WEBHOOK_EVENTS: Partial<Record<AuditKind, WebhookEvent>> = {
  [AuditKind.SIGNED]: WebhookEvent.ENDORSEMENT_SIGNED,
  [AuditKind.RECONFIRMED]: WebhookEvent.ENDORSEMENT_SIGNED,
  [AuditKind.DISPLAY_NAME_APPROVED]: WebhookEvent.ENDORSEMENT_SIGNED,
  [AuditKind.SIGN_ON_APPROVED]: WebhookEvent.ENDORSEMENT_SIGNED,
  [AuditKind.WITHDRAWN]: WebhookEvent.ENDORSEMENT_WITHDRAWN,
  [AuditKind.NEEDS_RECONFIRMATION]: WebhookEvent.ENDORSEMENT_NEEDS_RECONFIRMATION,
  [AuditKind.MINOR_EDIT_OBJECTED]: WebhookEvent.ENDORSEMENT_NEEDS_RECONFIRMATION,
};

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhookEvents: WebhookEventsService,
  ) {}

  /** Appends to the letter's chain inside the caller's transaction; appends to one letter queue up. */
  async append(manager: EntityManager, letterId: string, event: NewAuditEvent): Promise<AuditEvent> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7315))', [letterId]);
    const last = await manager.findOne(AuditEvent, { where: { letterId }, order: { seq: 'DESC' } });
    const row: Hashed = {
      letterId,
      seq: (last?.seq ?? 0) + 1,
      kind: event.kind,
      organisationId: event.organisationId ?? null,
      actorId: event.actorId ?? null,
      payload: event.payload ?? {},
      occurredAt: new Date(),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    const saved = await manager.save(manager.create(AuditEvent, { ...row, prevHash, hash: auditHash(prevHash, row) }));
    // Every change of an endorsement's standing is appended here: the one place its webhooks are queued.
    const webhookEvent = WEBHOOK_EVENTS[event.kind];
    if (webhookEvent && row.organisationId) {
      const [endorsement] = (await manager.query(
        'SELECT id FROM endorsements WHERE letter_id = $1 AND organisation_id = $2',
        [letterId, row.organisationId],
      )) as { id: string }[];
      if (endorsement) {
        await this.webhookEvents.run(manager, { event: webhookEvent, letterId, subjectId: endorsement.id });
      }
    }
    return saved;
  }

  async trail(letterId: string): Promise<{ events: AuditEvent[]; verified: boolean }> {
    const events = await this.dataSource.getRepository(AuditEvent).find({ where: { letterId }, order: { seq: 'ASC' } });
    return { events, verified: verifyChain(events) };
  }
}
