import { Module, OnModuleInit } from '@nestjs/common';
import { PostgresThrottlerStorage } from '@undersigned/common';
import { CountsService, EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { LetterSupporterFieldsResolver } from './letter-supporter-fields.resolver';
import { PetitionService } from './petition.service';
import { SignatureHooks } from './signature-hooks';
import { SignatureLifecycleService } from './signature-lifecycle.service';
import { SigningService } from './signing.service';
import { SupporterCounts } from './supporter-counts';
import { SupporterKeys } from './supporter-keys';
import { SupportersController } from './supporters.controller';
import { SupportersResolver } from './supporters.resolver';
import { SupportersService } from './supporters.service';

/** Petition mode: members of the public sign a public letter, counted in batches, delivered with it. */
@Module({
  imports: [LettersModule, EndorsementsModule],
  controllers: [SupportersController],
  providers: [
    PetitionService,
    PostgresThrottlerStorage,
    SignatureHooks,
    SignatureLifecycleService,
    SigningService,
    SupporterCounts,
    SupporterKeys,
    SupportersService,
    SupportersResolver,
    LetterSupporterFieldsResolver,
  ],
  exports: [SignatureHooks, PetitionService, SupporterCounts, SupportersService, SignatureLifecycleService],
})
export class SupportersModule implements OnModuleInit {
  constructor(
    private readonly counts: CountsService,
    private readonly supporterCounts: SupporterCounts,
  ) {}

  onModuleInit(): void {
    this.counts.countSupportersWith((letterIds) => this.supporterCounts.totals(letterIds));
  }
}
