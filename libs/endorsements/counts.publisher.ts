import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { afterCommit, EventBusService } from '@undersigned/common';
import { TimelineService } from '@undersigned/letters';
import { CountsService } from './counts.service';
import { COUNTS_TOPIC, type CountsEvent } from './counts.events';
import { LetterReadCache } from './letter-read-cache';

/**
 * Once a change to a letter's counts commits: records any signatory milestone reached, and tells
 * subscribers on every API process the new counts.
 */
@Injectable()
export class CountsPublisher {
  private readonly logger = new Logger(CountsPublisher.name);

  constructor(
    private readonly countsService: CountsService,
    private readonly events: EventBusService,
    private readonly signatories: LetterReadCache,
    private readonly timeline: TimelineService,
  ) {}

  /**
   * Called in the transaction that changes the letter's counts: publishes once it commits (once
   * however often the transaction calls it), never if it rolls back; at once outside a transaction.
   */
  changed(manager: EntityManager, letterId: string): void {
    afterCommit(
      manager,
      () => {
        this.signatories.invalidate(letterId); // this process's readers see the change at once
        this.publish(letterId).catch((error: Error) => this.logger.warn(`counts not published: ${error.message}`));
      },
      `${COUNTS_TOPIC}:${letterId}`,
    );
  }

  private async publish(letterId: string): Promise<void> {
    const [counts] = await this.countsService.forLetters([letterId]);
    await this.timeline.recordMilestones(letterId, counts.signed);
    await this.events.publish(COUNTS_TOPIC, { letterId, counts } satisfies CountsEvent);
  }
}
