export * from './webhook.entity';
export * from './webhook-delivery.entity';
export * from './webhooks.service';
export * from './webhooks.module';
export * from './jobs/webhooks-jobs.module';
export * from './jobs/webhook-delivery.worker';
export * from './network-guard';

import { WebhookDelivery } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';

export const WEBHOOKS_ENTITIES = [Webhook, WebhookDelivery];
export * from './webhook-http';
