import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, RepeatingWorker, type Repetition, type AppConfig } from '@undersigned/common';
import { CountsPublisher } from '@undersigned/endorsements';
import { TimelineService } from '@undersigned/letters';
import { PetitionService } from '../petition.service';
import { FOLD_BATCH, SupporterCountsService } from '../supporter-counts.service';

/** One folder at a time across every worker: two would only queue on the same count rows. */
const FOLD_LOCK = 0x5eed_f01d;

/**
 * Folds confirmed signatures into the counts every COUNT_FOLD_INTERVAL_MS (a second by
 * default), in batches, then records milestones and goals from the folded counts and tells
 * subscribers. Runs in worker processes; folding is idempotent and one process folds at a time
 * (an advisory lock), so any process may also call `foldNow`.
 */
@Injectable()
export class CountFolderWorker extends RepeatingWorker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly supporterCounts: SupporterCountsService,
    private readonly petitions: PetitionService,
    private readonly timeline: TimelineService,
    private readonly countsPublisher: CountsPublisher,
  ) {
    super();
  }

  protected repetition(): Repetition {
    return { everyMs: this.config.supporters.foldIntervalMs, work: () => this.foldNow(), failure: 'counts not folded' };
  }

  /** Folds every dirty signature there is now, batch by batch; the letters whose counts changed. */
  async foldNow(): Promise<string[]> {
    const changed = new Set<string>();
    // Idle most of the time: one indexed look (the partial index on dirty) instead of a transaction.
    const [{ any }] = (await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM signatures WHERE dirty) AS any')) as {
      any: boolean;
    }[];
    if (!any) return [];
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [FOLD_LOCK])) as {
          locked: boolean;
        }[];
        return locked ? this.supporterCounts.fold(manager, FOLD_BATCH) : null;
      });
      if (batch === null) break; // another process is folding
      for (const letterId of batch.letters) changed.add(letterId);
      if (batch.folded < FOLD_BATCH) break;
    }
    await this.afterFold([...changed]);
    return [...changed];
  }

  /** Milestones and goals come from the folded counts, and so does what subscribers hear. */
  async afterFold(letterIds: string[]): Promise<void> {
    const totals = await this.supporterCounts.totals(letterIds);
    for (const letterId of letterIds) {
      const count = totals.get(letterId) ?? 0;
      await this.timeline.recordMilestones(letterId, count, 'supporters');
      await this.petitions.checkGoal(letterId, count);
      this.countsPublisher.changed(this.dataSource.manager, letterId); // folded and committed: at once
    }
  }
}
