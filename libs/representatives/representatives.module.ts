import { Module } from '@nestjs/common';
import { PlatformAdminPolicy } from '@undersigned/common';
import { PostcodeLookupClient } from './postcode-lookup.client';
import { RepresentativesResolver } from './representatives.resolver';
import { RepresentativesService } from './representatives.service';

@Module({
  providers: [PlatformAdminPolicy, PostcodeLookupClient, RepresentativesService, RepresentativesResolver],
  exports: [RepresentativesService],
})
export class RepresentativesModule {}
