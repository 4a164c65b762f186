import { Module } from '@nestjs/common';
import { LiveSessionsModule } from '@undersigned/accounts';
import { EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { SupportersModule } from '@undersigned/supporters';
import { DeliveriesController } from './deliveries.controller';
import { DeliveriesResolver } from './deliveries.resolver';
import { RecipientFieldsResolver } from './recipient-fields.resolver';
import { DeliveriesService } from './deliveries.service';
import { DeliveryTrackerService } from './delivery-tracker.service';
import { EditionAttachmentsService } from './edition-attachments.service';
import { LetterPdfService } from './letter-pdf.service';
import { PdfCache } from './pdf-cache';
import { SupportersAnnexService } from './supporters-annex.service';
import { RenderService } from './render/render.service';
import { VerificationArticlesCache } from './verification-articles.cache';
import { VerificationController } from './verification.controller';

@Module({
  imports: [LiveSessionsModule, LettersModule, EndorsementsModule, SupportersModule],
  controllers: [DeliveriesController, VerificationController],
  providers: [
    DeliveriesService,
    DeliveryTrackerService,
    DeliveriesResolver,
    RecipientFieldsResolver,
    EditionAttachmentsService,
    LetterPdfService,
    PdfCache,
    RenderService,
    SupportersAnnexService,
    VerificationArticlesCache,
  ],
  exports: [DeliveryTrackerService, SupportersAnnexService, EditionAttachmentsService],
})
export class DeliveriesModule {}
