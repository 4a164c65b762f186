import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries.module';
import { DeliveryWorker } from './delivery.worker';

/** Sends delivered letters by email, in worker processes. */
@Module({ imports: [DeliveriesModule], providers: [DeliveryWorker] })
export class DeliveriesJobsModule {}
