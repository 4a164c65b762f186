import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, EventBusService, invalidState, type Actor } from '@undersigned/common';
import { LetterPublicationQueue } from './jobs/letter-publication.queue';
import { LetterVisibility } from './letter-status';
import { Letter } from './letter.entity';
import { lockLetterRow, LetterPolicy } from './letter.policy';
import { isPublicNow, LETTER_PUBLISHED_TOPIC, publicNowSql, type LetterPublishedEvent } from './publication';
import { TimelineKind } from './timeline-entry.entity';
import { TimelineService } from './timeline.service';

/** The furthest an embargo may reach: a bound on input (a year 275760 is no embargo, and no job's time). */
const MAX_EMBARGO_MS = 5 * 366 * 24 * 3_600_000;

/** The once-key of the timeline's "Published" entry: a letter is published once. */
const PUBLISHED_ONCE_KEY = 'published';

/**
 * A letter's embargo (contract stage 11): leads set, move or clear publishAt until it has come; at
 * it the worker publishes the letter. Publishing writes the timeline's "Published" entry and tells
 * every API process (LETTER_PUBLISHED_TOPIC), whose caches drop what they held.
 */
@Injectable()
export class LetterPublicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
    private readonly timeline: TimelineService,
    private readonly queue: LetterPublicationQueue,
    private readonly events: EventBusService,
  ) {}

  /**
   * What a publishAt given at creation or by setPublication must be: a time to come, within 5 years
   * (a past one is refused rather than read as "now": null says that), on a PUBLIC letter.
   */
  static check(visibility: LetterVisibility, publishAt: Date | null | undefined): void {
    if (!publishAt) return;
    if (visibility !== LetterVisibility.PUBLIC) {
      throw badInput('Only a PUBLIC letter has a publishAt: a PRIVATE one is never published');
    }
    if (publishAt.getTime() <= Date.now()) {
      throw badInput('publishAt must be in the future; to publish at once, clear it (null)');
    }
    if (publishAt.getTime() > Date.now() + MAX_EMBARGO_MS) {
      throw badInput('publishAt must be within 5 years');
    }
  }

  /** Schedules the publication of a letter just created with a publishAt, in its transaction. */
  async scheduled(manager: EntityManager, letter: Letter): Promise<void> {
    if (letter.publishAt) await this.queue.schedulePublish(manager, letter.id, letter.publishAt);
  }

  /**
   * Sets, moves (later or earlier) or clears (null: public at once, once open) the embargo. Only
   * until the letter is public (a DRAFT never is, even past its hour): after, INVALID_STATE.
   */
  async set(actor: Actor, letterId: string, publishAt: Date | null): Promise<Letter> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, letterId);
      await this.policy.requireActingLead(manager, actor, letter.id);
      if (letter.visibility !== LetterVisibility.PUBLIC) {
        throw badInput('Only a PUBLIC letter has a publishAt: a PRIVATE one is never published');
      }
      // Public already (its hour came, or none was set, once past its draft): too late. A DRAFT whose
      // hour passed was never seen by the public, so its leads may still set a new one.
      if (isPublicNow(letter)) throw invalidState('The letter is public already: its publication can no longer change');
      LetterPublicationService.check(letter.visibility, publishAt);
      await manager.update(Letter, { id: letter.id }, { publishAt });
      letter.publishAt = publishAt;
      if (publishAt) await this.queue.schedulePublish(manager, letter.id, publishAt);
      else await this.publishLocked(manager, letter.id);
      return letter;
    });
  }

  /**
   * The worker, at a publishAt (or sweeping): publishes the letter if it is public now and not yet
   * published. The row is locked first and read after, so a job for a time since moved later finds
   * the new time and does nothing, and two runs at once publish once.
   */
  async publishIfDue(letterId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await lockLetterRow(manager, letterId, 'update');
      if (!letter?.publishAt) return false; // no embargo: clearing it published the letter
      return this.publishLocked(manager, letter.id);
    });
  }

  /** Letters public by now that were under embargo and are not yet published (the sweep's work). */
  async due(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT l.id FROM letters l
       WHERE l.publish_at IS NOT NULL AND ${publicNowSql('l')}
         AND NOT EXISTS (SELECT 1 FROM timeline_entries t WHERE t.letter_id = l.id AND t.once_key = $1)
       LIMIT 1000`,
      [PUBLISHED_ONCE_KEY],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** With the letter's row locked: publishes it if the public may see it now (by the database's clock). */
  private async publishLocked(manager: EntityManager, letterId: string): Promise<boolean> {
    const [row] = (await manager.query(`SELECT ${publicNowSql('l')} AS public FROM letters l WHERE l.id = $1`, [
      letterId,
    ])) as { public: boolean }[];
    if (!row?.public) return false;
    const entry = await this.timeline.add(manager, letterId, {
      kind: TimelineKind.LETTER_PUBLISHED,
      title: 'Published',
      onceKey: PUBLISHED_ONCE_KEY,
    });
    if (!entry) return false;
    // Delivered by PostgreSQL when this transaction commits, to every API process.
    await this.events.publishInTransaction(manager, LETTER_PUBLISHED_TOPIC, {
      letterId,
    } satisfies LetterPublishedEvent);
    return true;
  }
}
