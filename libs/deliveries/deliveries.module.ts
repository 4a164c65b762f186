import { Module } from '@nestjs/common';
import { LiveSessionsModule } from '@undersigned/accounts';
import { EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { SupportersModule } from '@undersigned/supporters';
import { DeliveriesController } from './deliveries.controller';
import { DeliveriesResolver } from './deliveries.resolver';
import { RecipientFieldsResolver } from './recipient-fields.resolver';
import { DeliveriesService } from './deliveries.service';
import { DeliveryTracker } from './delivery-tracker.service';
import { PdfCache } from './pdf-cache';
import { SupportersAnnex } from './supporters-annex';
import { Renderer } from './render/renderer';
import { VerificationArticles } from './verification-articles';
import { VerificationController } from './verification.controller';

@Module({
  imports: [LiveSessionsModule, LettersModule, EndorsementsModule, SupportersModule],
  controllers: [DeliveriesController, VerificationController],
  providers: [
    DeliveriesService,
    DeliveryTracker,
    DeliveriesResolver,
    RecipientFieldsResolver,
    PdfCache,
    Renderer,
    SupportersAnnex,
    VerificationArticles,
  ],
  exports: [DeliveryTracker, SupportersAnnex],
})
export class DeliveriesModule {}
