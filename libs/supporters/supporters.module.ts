import { Module, OnModuleInit } from '@nestjs/common';
import { PostgresThrottlerStorage } from '@undersigned/common';
import { CountsService, EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { LetterSupporterFieldsResolver } from './letter-supporter-fields.resolver';
import { PetitionSettingsFieldsResolver } from './petition-settings-fields.resolver';
import { PetitionService } from './petition.service';
import { SignatureHooks } from './signature-hooks';
import { SignatureLifecycleService } from './signature-lifecycle.service';
import { SignatureTokens } from './signature-tokens';
import { SupporterRevisions } from './supporter-revisions';
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
    SignatureTokens,
    SigningService,
    SupporterRevisions,
    SupporterCounts,
    SupporterKeys,
    SupportersService,
    SupportersResolver,
    LetterSupporterFieldsResolver,
    PetitionSettingsFieldsResolver,
  ],
  exports: [
    SignatureHooks,
    PetitionService,
    SupporterCounts,
    SupportersService,
    SignatureLifecycleService,
    SignatureTokens,
  ],
})
export class SupportersModule implements OnModuleInit {
  constructor(
    private readonly counts: CountsService,
    private readonly supporterCounts: SupporterCounts,
  ) {}

  onModuleInit(): void {
    this.counts.countSupportersWith(async (letterIds) => {
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
