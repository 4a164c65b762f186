import { Module } from '@nestjs/common';
import { RepresentativesModule } from '@undersigned/representatives';
import { TargetingModule } from '../targeting.module';
import { ConfirmedSignatureWorker } from './confirmed-signature.worker';
import { TargetMessageWorker } from './target-message.worker';

/** Filling in supporters' areas and sending their messages to representatives, in worker processes. */
@Module({
  imports: [TargetingModule, RepresentativesModule],
  providers: [ConfirmedSignatureWorker, TargetMessageWorker],
  exports: [TargetMessageWorker, ConfirmedSignatureWorker],
})
export class TargetingJobsModule {}
