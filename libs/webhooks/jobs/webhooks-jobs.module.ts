import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks.module';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';

/** Sending the webhook outbox, in worker processes. */
@Module({
  imports: [WebhooksModule],
  providers: [WebhookDeliveryWorker],
  exports: [WebhookDeliveryWorker],
})
export class WebhooksJobsModule {}
