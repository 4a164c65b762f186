import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineEntry } from './timeline-entry.entity';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    return row ? manager.findOneByOrFail(TimelineEntry, { id: row.id }) : null;
  }

  async forLetters(letterIds: readonly string[]): Promise<TimelineEntry[]> {
    return this.dataSource
      .getRepository(TimelineEntry)
      .createQueryBuilder('t')
      .where('t.letter_id IN (:...letterIds)', { letterIds })
      .orderBy('t.occurred_at', 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .getMany();
  }
}
