export * from './delivery-status';
export * from './deliveries.module';
export * from './jobs/deliveries-jobs.module';
export { DELIVERY_QUEUE } from './jobs/delivery.queue';

import { DeliveryEvent } from './delivery-event.entity';
import { Delivery } from './delivery.entity';
import { Edition } from './edition.entity';
import { EditionTranslation } from './edition-translation.entity';
import { Recipient } from './recipient.entity';

export const DELIVERIES_ENTITIES = [Recipient, Edition, EditionTranslation, Delivery, DeliveryEvent];
