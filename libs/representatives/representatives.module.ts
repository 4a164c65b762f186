import { Module } from '@nestjs/common';
import { PlatformAdminPolicy } from '@undersigned/accounts';
import { PostgresThrottlerStorage } from '@undersigned/common';
import { PostcodeLookupClient } from './postcode-lookup.client';
import { RepresentativesResolver } from './representatives.resolver';
import { RepresentativesService } from './representatives.service';

@Module({
  providers: [
    PlatformAdminPolicy,
    PostgresThrottlerStorage,
    PostcodeLookupClient,
    RepresentativesService,
    RepresentativesResolver,
  ],
  exports: [RepresentativesService],
})
export class RepresentativesModule {}
