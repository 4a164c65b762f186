import { registerEnumType } from '@nestjs/graphql';

export enum SignatureStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
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
