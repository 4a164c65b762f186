import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
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

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    return manager.save(manager.create(AuditEvent, { ...row, prevHash, hash: auditHash(prevHash, row) }));
  }

  async trail(letterId: string): Promise<{ events: AuditEvent[]; verified: boolean }> {
    const events = await this.dataSource.getRepository(AuditEvent).find({ where: { letterId }, order: { seq: 'ASC' } });
    return { events, verified: verifyChain(events) };
  }
}
