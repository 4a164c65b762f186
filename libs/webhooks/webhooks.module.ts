import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@undersigned/organisations';
import { SupportersModule } from '@undersigned/supporters';
import { WebhookOutboxService } from './webhook-outbox.service';
import { OrganisationWebhooksResolver, WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Organisations' signed webhooks (Standard Webhooks 1.0): management, and the outbox every event is queued in. */
@Module({
  imports: [OrganisationsModule, SupportersModule],
  providers: [WebhooksService, WebhookOutboxService, WebhooksResolver, OrganisationWebhooksResolver],
  exports: [WebhooksService],
})
export class WebhooksModule {}
