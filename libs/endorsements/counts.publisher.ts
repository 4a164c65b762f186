import { Injectable, Logger } from '@nestjs/common';
import { EventBus } from '@undersigned/common';
import { TimelineService } from '@undersigned/letters';
import { CountsService } from './counts.service';
import { COUNTS_TOPIC, type CountsEvent } from './counts.events';
import { LetterReadCache } from './letter-read-cache';

/**
 * After a change to a letter's endorsements commits: records any signatory milestone reached, and
 * tells subscribers on every API process the new counts.
 */
@Injectable()
export class CountsPublisher {
  private readonly logger = new Logger(CountsPublisher.name);

  constructor(
    private readonly counts: CountsService,
    private readonly events: EventBus,
    private readonly signatories: LetterReadCache,
    private readonly timeline: TimelineService,
  ) {}

  changed(letterId: string): void {
    this.signatories.invalidate(letterId); // this process's readers see the change at once
    this.publish(letterId).catch((error: Error) => this.logger.warn(`counts not published: ${error.message}`));
  }

  private async publish(letterId: string): Promise<void> {
    const [counts] = await this.counts.forLetters([letterId]);
    await this.timeline.recordMilestones(letterId, counts.signed);
    await this.events.publish(COUNTS_TOPIC, { letterId, counts } satisfies CountsEvent);
  }
}
