import { Module } from '@nestjs/common';
import { EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { DeliveriesController } from './deliveries.controller';
import { DeliveriesResolver } from './deliveries.resolver';
import { DeliveriesService } from './deliveries.service';
import { DeliveryTracker } from './delivery-tracker.service';

@Module({
  imports: [LettersModule, EndorsementsModule],
  controllers: [DeliveriesController],
  providers: [DeliveriesService, DeliveryTracker, DeliveriesResolver],
  exports: [DeliveryTracker],
})
export class DeliveriesModule {}
