import type { LetterCountsObject } from './dto/endorsement.objects';

export const COUNTS_TOPIC = 'letterCountsChanged';

/** Published after a change to a letter's endorsements commits: totals only, never names. */
export interface CountsEvent {
  letterId: string;
  counts: LetterCountsObject;
}
