import { AccountHooksModule, LiveSessionsModule } from '@undersigned/accounts';
import { Module } from '@nestjs/common';
import { PostgresThrottlerStorage, SignRateLimitService } from '@undersigned/common';
import { LettersModule } from '@undersigned/letters';
import { OrganisationsModule } from '@undersigned/organisations';
import { AuditService } from './audit/audit.service';
import { CountsPublisher } from './counts.publisher';
import { CountsService } from './counts.service';
import { EndorsementsController } from './endorsements.controller';
import { EndorsementsResolver } from './endorsements.resolver';
import { EndorsementsService } from './endorsements.service';
import { GuestOwnersService } from './guest-owners.service';
import { GuestSigningResolver } from './guest-signing.resolver';
import { GuestSigningService } from './guest-signing.service';
import { InvitationsService } from './invitations.service';
import { ManageLinksService } from './manage-links.service';
import { MinorEditObjectionsService } from './minor-edit-objections.service';
import { OpenSignOnResolver } from './open-sign-on.resolver';
import { OpenSignOnService } from './open-sign-on.service';
import { LetterEndorsementFieldsResolver } from './letter-endorsement-fields.resolver';
import {
  EndorsementFieldsResolver,
  InvitationFieldsResolver,
  SignOnRequestFieldsResolver,
} from './nested-fields.resolver';
import { ReceiptService } from './receipts/receipt.service';
import { RevisionNoticesService } from './revision-notices.service';
import { SignatoriesService } from './signatories.service';
import { LetterReadCache } from './letter-read-cache';

@Module({
  imports: [LiveSessionsModule, AccountHooksModule, OrganisationsModule, LettersModule],
  controllers: [EndorsementsController],
  providers: [
    AuditService,
    CountsService,
    CountsPublisher,
    EndorsementsService,
    InvitationsService,
    GuestSigningService,
    GuestOwnersService,
    ManageLinksService,
    MinorEditObjectionsService,
    OpenSignOnService,
    PostgresThrottlerStorage,
    SignRateLimitService,
    ReceiptService,
    RevisionNoticesService,
    SignatoriesService,
    LetterReadCache,
    EndorsementsResolver,
    GuestSigningResolver,
    OpenSignOnResolver,
    LetterEndorsementFieldsResolver,
    EndorsementFieldsResolver,
    InvitationFieldsResolver,
    SignOnRequestFieldsResolver,
  ],
  exports: [SignatoriesService, LetterReadCache, CountsService, CountsPublisher, AuditService],
})
export class EndorsementsModule {}
