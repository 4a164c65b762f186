import { AccountsModule } from '@undersigned/accounts';
import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { SupportersModule } from '@undersigned/supporters';
import { DeliveriesController } from './deliveries.controller';
import { DeliveriesResolver } from './deliveries.resolver';
import { DeliveriesService } from './deliveries.service';
import { DeliveryTracker } from './delivery-tracker.service';
import { PdfCache } from './pdf-cache';
import { SupportersAnnex } from './supporters-annex';
import { stopPdfRenderer } from './render/pdf-render-thread';
import { VerificationController } from './verification.controller';

@Module({
  imports: [AccountsModule, LettersModule, EndorsementsModule, SupportersModule],
  controllers: [DeliveriesController, VerificationController],
  providers: [DeliveriesService, DeliveryTracker, DeliveriesResolver, PdfCache, SupportersAnnex],
  exports: [DeliveryTracker, SupportersAnnex],
})
export class DeliveriesModule implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await stopPdfRenderer();
  }
}
