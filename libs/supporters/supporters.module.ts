import { Module, OnModuleInit } from '@nestjs/common';
import { PostgresThrottlerStorage, SignRateLimitService } from '@undersigned/common';
import { CountsService, EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { LetterSupporterFieldsResolver } from './letter-supporter-fields.resolver';
import { PetitionSettingsFieldsResolver } from './petition-settings-fields.resolver';
import { PetitionService } from './petition.service';
import { SignatureHooksService } from './signature-hooks.service';
import { SignatureLifecycleService } from './signature-lifecycle.service';
import { SignatureTokensService } from './signature-tokens.service';
import { SupporterRevisionsService } from './supporter-revisions.service';
import { SigningService } from './signing.service';
import { SupporterCountsService } from './supporter-counts.service';
import { SupporterKeysService } from './supporter-keys.service';
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
    SignRateLimitService,
    SignatureHooksService,
    SignatureLifecycleService,
    SignatureTokensService,
    SigningService,
    SupporterRevisionsService,
    SupporterCountsService,
    SupporterKeysService,
    SupportersService,
    SupportersResolver,
    LetterSupporterFieldsResolver,
    PetitionSettingsFieldsResolver,
  ],
  exports: [
    SignatureHooksService,
    PetitionService,
    SupporterCountsService,
    SupportersService,
    SignatureLifecycleService,
    SignatureTokensService,
  ],
})
export class SupportersModule implements OnModuleInit {
  constructor(
    private readonly countsService: CountsService,
    private readonly supporterCounts: SupporterCountsService,
  ) {}

  onModuleInit(): void {
    this.countsService.countSupportersWith(async (letterIds) => {
      const [totals, awaiting] = await Promise.all([
        this.supporterCounts.totals(letterIds),
        this.supporterCounts.awaiting(letterIds),
      ]);
      return new Map(
        letterIds.map((id) => [id, { supporters: totals.get(id) ?? 0, awaitingReconfirmation: awaiting.get(id) ?? 0 }]),
      );
    });
  }
}
