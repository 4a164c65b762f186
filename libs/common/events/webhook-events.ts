import { registerEnumType } from '@nestjs/graphql';

/** What an organisation's webhook may be told of (Standard Webhooks `type`: WEBHOOK_EVENT_TYPES). */
export enum WebhookEvent {
  ENDORSEMENT_SIGNED = 'ENDORSEMENT_SIGNED',
  ENDORSEMENT_WITHDRAWN = 'ENDORSEMENT_WITHDRAWN',
  ENDORSEMENT_NEEDS_RECONFIRMATION = 'ENDORSEMENT_NEEDS_RECONFIRMATION',
  LETTER_OPENED = 'LETTER_OPENED',
  LETTER_CLOSED = 'LETTER_CLOSED',
  LETTER_DELIVERED = 'LETTER_DELIVERED',
  DELIVERY_CHANGED = 'DELIVERY_CHANGED',
  SUPPORTER_CONFIRMED = 'SUPPORTER_CONFIRMED',
}

registerEnumType(WebhookEvent, { name: 'WebhookEvent' });

/** The payload's `type` of each event. */
export const WEBHOOK_EVENT_TYPES: Record<WebhookEvent, string> = {
  [WebhookEvent.ENDORSEMENT_SIGNED]: 'endorsement.signed',
  [WebhookEvent.ENDORSEMENT_WITHDRAWN]: 'endorsement.withdrawn',
  [WebhookEvent.ENDORSEMENT_NEEDS_RECONFIRMATION]: 'endorsement.needs_reconfirmation',
  [WebhookEvent.LETTER_OPENED]: 'letter.opened',
  [WebhookEvent.LETTER_CLOSED]: 'letter.closed',
  [WebhookEvent.LETTER_DELIVERED]: 'letter.delivered',
  [WebhookEvent.DELIVERY_CHANGED]: 'delivery.changed',
  [WebhookEvent.SUPPORTER_CONFIRMED]: 'supporter.confirmed',
};

/** An event as the context causing it tells it: what happened, to which letter, and the row it is about. */
export interface WebhookEventRecord {
  event: WebhookEvent;
  letterId: string;
  /** The endorsement (ENDORSEMENT_*), the delivery (DELIVERY_CHANGED) or the signature (SUPPORTER_CONFIRMED). */
  subjectId?: string;
}
