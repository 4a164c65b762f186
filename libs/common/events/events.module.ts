import { Global, Module } from '@nestjs/common';
import { EventBusService } from './event-bus.service';
import { WebhookEventsService } from './webhook-events.service';

@Global()
@Module({ providers: [EventBusService, WebhookEventsService], exports: [EventBusService, WebhookEventsService] })
export class EventsModule {}
