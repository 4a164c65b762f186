import { registerEnumType } from '@nestjs/graphql';

/** Whom a letter's supporters write to: its recipients (the letter itself), or each their own representative. */
export enum TargetingMode {
  RECIPIENTS = 'RECIPIENTS',
  OWN_REPRESENTATIVE = 'OWN_REPRESENTATIVE',
}

registerEnumType(TargetingMode, { name: 'TargetingMode' });

/** Messages per target per hour unless a lead says otherwise (Proca's default). */
export const DEFAULT_PER_TARGET_PER_HOUR = 30;
/**
 * The platform's maximum per target and hour, for any letter; the dispatcher also sends no more
 * than this to one target in any hour across all letters, however many campaigns write to it.
 */
export const MAX_PER_TARGET_PER_HOUR = 60;
