import { registerEnumType } from '@nestjs/graphql';

export enum RecipientRole {
  TO = 'TO',
  CC = 'CC',
}

export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  POST = 'POST',
  HAND = 'HAND',
}

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESPONDED = 'RESPONDED',
  FAILED = 'FAILED',
}

registerEnumType(RecipientRole, { name: 'RecipientRole' });
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

const RANK: Record<DeliveryStatus, number> = {
  [DeliveryStatus.PENDING]: 0,
  [DeliveryStatus.SENDING]: 1,
  [DeliveryStatus.FAILED]: 2,
  [DeliveryStatus.SENT]: 3,
  [DeliveryStatus.DELIVERED]: 4,
  [DeliveryStatus.ACKNOWLEDGED]: 5,
  [DeliveryStatus.RESPONDED]: 6,
};

/**
 * Status only moves forward (a late SENT never overwrites ACKNOWLEDGED). FAILED may still be
 * followed by a success recorded by hand (a letter that went by post after all).
 */
export function movesForward(from: DeliveryStatus, to: DeliveryStatus): boolean {
  return RANK[to] > RANK[from];
}

/** Statuses that count as the letter having reached the recipient's side. */
export const DONE_STATUSES: readonly DeliveryStatus[] = [
  DeliveryStatus.SENT,
  DeliveryStatus.DELIVERED,
  DeliveryStatus.ACKNOWLEDGED,
  DeliveryStatus.RESPONDED,
];
