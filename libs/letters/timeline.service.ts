import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, WebhookEvent, WebhookEventsService, type Actor } from '@undersigned/common';
import type { PostUpdateInput } from './dto/post-update.input';
import { LetterPolicy } from './letter.policy';
import { TimelineEntry, TimelineKind } from './timeline-entry.entity';

/** 10, 25, 50, then the same steps times 10, 100, …, up to `count`. */
export function milestonesUpTo(count: number): number[] {
  const reached: number[] = [];
  for (let scale = 1; scale * 10 <= count; scale *= 10) {
    for (const step of [10, 25, 50]) if (step * scale <= count) reached.push(step * scale);
  }
  return reached;
}

/** The letter's own steps, told to webhooks. */
const LETTER_WEBHOOK_EVENTS: Partial<Record<string, WebhookEvent>> = {
  [TimelineKind.LETTER_OPENED]: WebhookEvent.LETTER_OPENED,
  [TimelineKind.LETTER_CLOSED]: WebhookEvent.LETTER_CLOSED,
  [TimelineKind.LETTER_DELIVERED]: WebhookEvent.LETTER_DELIVERED,
};

export interface NewTimelineEntry {
  kind: string;
  title: string;
  body?: string | null;
  occurredAt?: Date;
  /** Entries with the same key are written once per letter, whoever tries first. */
  onceKey?: string;
}

@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
    private readonly webhookEvents: WebhookEventsService,
  ) {}

  /** A coordinator's dated update on the campaign timeline (public with a PUBLIC letter). */
  async postUpdate(actor: Actor, input: PostUpdateInput): Promise<TimelineEntry> {
    if (input.occurredAt && input.occurredAt.getTime() > Date.now() + 60_000) {
      throw badInput('occurredAt cannot be in the future');
    }
    return this.dataSource.transaction(async (manager) => {
      await this.policy.requireLead(manager, actor, input.letterId);
      const entry = await this.add(manager, input.letterId, {
        kind: TimelineKind.UPDATE,
        title: input.title,
        body: input.body || null,
        occurredAt: input.occurredAt ?? undefined,
      });
      return entry as TimelineEntry;
    });
  }

  /**
   * Milestone entries for a count of signatories or supporters (10, 25, 50, 100, 250, 500, 1000, …),
   * each written once per letter however many signatures arrive at once (the once-key is unique).
   */
  async recordMilestones(
    letterId: string,
    count: number,
    noun: 'signatories' | 'supporters' = 'signatories',
  ): Promise<void> {
    const reached = milestonesUpTo(count);
    if (!reached.length) return;
    await this.dataSource.transaction(async (manager) => {
      for (const milestone of reached) {
        await this.add(manager, letterId, {
          kind: TimelineKind.MILESTONE,
          title: `${milestone.toLocaleString('en-GB')} ${noun}`,
          onceKey: `${noun}:${milestone}`,
        });
      }
    });
  }

  /** Appends an entry inside the caller's transaction. */
  async add(manager: EntityManager, letterId: string, entry: NewTimelineEntry): Promise<TimelineEntry | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(TimelineEntry)
      .values({
        letterId,
        kind: entry.kind,
        title: entry.title,
        body: entry.body ?? null,
        occurredAt: entry.occurredAt ?? new Date(),
        onceKey: entry.onceKey ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = (result.raw as { id: string }[])[0];
    if (!row) return null;
    // Each opening, closing and delivery of a letter is written here once: its webhooks are queued with it.
    const webhookEvent = LETTER_WEBHOOK_EVENTS[entry.kind];
    if (webhookEvent) await this.webhookEvents.run(manager, { event: webhookEvent, letterId });
    return manager.findOneByOrFail(TimelineEntry, { id: row.id });
  }

  /** The first `limit` entries of each letter's timeline, oldest first. */
  async forLetters(letterIds: readonly string[], limit: number): Promise<TimelineEntry[]> {
    return this.dataSource
      .getRepository(TimelineEntry)
      .createQueryBuilder('t')
      .where(
        `t.id IN (SELECT ranked.id FROM (SELECT e.id, row_number() OVER (PARTITION BY e.letter_id
           ORDER BY e.occurred_at, e.created_at, e.id) AS rank FROM timeline_entries e WHERE e.letter_id = ANY(:letterIds)) ranked
         WHERE ranked.rank <= :limit)`,
        { letterIds, limit },
      )
      .orderBy('t.occurred_at', 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
  }
}
