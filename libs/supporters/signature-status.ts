import { registerEnumType } from '@nestjs/graphql';

export enum SignatureStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  /** Confirmed an earlier text; a material revision since: not counted, listed or delivered until confirmed again. */
  NEEDS_RECONFIRMATION = 'NEEDS_RECONFIRMATION',
  WITHDRAWN = 'WITHDRAWN',
  INVALIDATED = 'INVALIDATED',
}

/** Whether supporters' names are shown and delivered, or only their number. */
export enum SupporterNames {
  LISTED = 'LISTED',
  COUNT_ONLY = 'COUNT_ONLY',
}

registerEnumType(SignatureStatus, { name: 'SignatureStatus' });
registerEnumType(SupporterNames, { name: 'SupporterNames' });
