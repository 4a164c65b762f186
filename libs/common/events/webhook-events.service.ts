import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '../database/transaction-hooks';
import type { WebhookEventRecord } from './webhook-events';

/**
 * How the contexts below the webhooks (letters, endorsements, deliveries) report an event without
 * depending on them: `run` in the transaction causing it, so the hooks' outbox rows commit with the
 * change or not at all (a crash after the commit loses none). The webhooks context registers.
 */
@Injectable()
export class WebhookEventsService extends TransactionHooks<WebhookEventRecord> {}
