import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode, invalidState, type Actor } from '@undersigned/common';
import { LetterDeadlineQueue } from './jobs/letter-deadline.queue';
import { LetterStatus, NEXT_STATUS } from './letter-status';
import { Letter } from './letter.entity';
import { LetterPolicy } from './letter.policy';
import { TimelineKind } from './timeline-entry.entity';
import { TimelineService } from './timeline.service';

/** DRAFT → OPEN → CLOSED, by hand or, at the endorsement deadline, by the worker. */
@Injectable()
export class LetterLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
    private readonly timeline: TimelineService,
    private readonly deadlines: LetterDeadlineQueue,
  ) {}

  async open(actor: Actor, letterId: string): Promise<Letter> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, letterId);
      this.requireNext(letter, LetterStatus.OPEN);
      if (letter.endorsementDeadline && letter.endorsementDeadline.getTime() <= Date.now()) {
        throw new DomainError(ErrorCode.DEADLINE_PASSED, 'The endorsement deadline has already passed');
      }
      const opened = await this.move(manager, letter, LetterStatus.OPEN, { openedVersion: letter.currentVersion });
      if (letter.endorsementDeadline)
        await this.deadlines.scheduleClose(manager, letter.id, letter.endorsementDeadline);
      return opened;
    });
  }

  async close(actor: Actor, letterId: string): Promise<Letter> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, letterId);
      this.requireNext(letter, LetterStatus.CLOSED);
      return this.move(manager, letter, LetterStatus.CLOSED);
    });
  }

  /**
   * Closes the letter if it is OPEN and its deadline has passed. The conditional UPDATE makes
   * this safe to run twice, or from two workers at once: only one of them closes it.
   */
  async closeIfDue(letterId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Locked first, as a manual close is: a plain UPDATE would not wait for signatures in flight
      // (they hold FOR KEY SHARE), and one could commit on a letter already closed.
      await manager.query('SELECT 1 FROM letters WHERE id = $1 FOR UPDATE', [letterId]);
      const result = await manager
        .createQueryBuilder()
        .update(Letter)
        .set({ status: LetterStatus.CLOSED })
        .where("id = :letterId AND status = 'OPEN' AND endorsement_deadline <= now()", { letterId })
        .returning('*')
        .execute();
      if (!result.affected) return false;
      await this.timeline.add(manager, letterId, {
        kind: TimelineKind.LETTER_CLOSED,
        title: 'Endorsements closed at the deadline',
        onceKey: 'closed',
      });
      return true;
    });
  }

  /** Letters still OPEN past their deadline (a safety net behind the scheduled jobs). */
  async overdue(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(Letter)
      .createQueryBuilder('l')
      .select('l.id', 'id')
      .where("l.status = 'OPEN' AND l.endorsement_deadline <= now()")
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  private requireNext(letter: Letter, to: LetterStatus): void {
    if (NEXT_STATUS[letter.status] !== to) {
      throw invalidState(`A ${letter.status} letter cannot become ${to}`);
    }
  }

  private async move(
    manager: EntityManager,
    letter: Letter,
    to: LetterStatus,
    extra: Partial<Letter> = {},
  ): Promise<Letter> {
    await manager.update(Letter, { id: letter.id }, { status: to, ...extra });
    await this.timeline.add(manager, letter.id, {
      kind: to === LetterStatus.OPEN ? TimelineKind.LETTER_OPENED : TimelineKind.LETTER_CLOSED,
      title: to === LetterStatus.OPEN ? 'Open for endorsements' : 'Endorsements closed',
      onceKey: to === LetterStatus.OPEN ? 'opened' : 'closed',
    });
    return { ...letter, status: to, ...extra };
  }
}
