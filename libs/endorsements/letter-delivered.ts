import type { EntityManager } from 'typeorm';
import { LetterStatus, type Letter } from '@undersigned/letters';

/**
 * Whether a letter is delivered, or its delivery has begun (its edition is frozen): from then on
 * its signatories are final. Call it holding the letter's lock, as delivering does.
 */
export async function letterDelivered(manager: EntityManager, letter: Letter): Promise<boolean> {
  // letter_editions belongs to the deliveries context, which endorsements cannot call.
  const frozen: unknown[] = await manager.query('SELECT 1 FROM letter_editions WHERE letter_id = $1', [letter.id]);
  return letter.status === LetterStatus.DELIVERED || frozen.length > 0;
}
