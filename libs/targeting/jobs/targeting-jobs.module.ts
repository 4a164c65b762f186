import { Module } from '@nestjs/common';
import { RepresentativesModule } from '@undersigned/representatives';
import { TargetingModule } from '../targeting.module';
import { ConfirmedSignatureWorker } from './confirmed-signature.worker';
import { TargetDispatcher } from './target-dispatcher';

/** Filling in supporters' areas and sending their messages to representatives, in worker processes. */
@Module({
  imports: [TargetingModule, RepresentativesModule],
  providers: [ConfirmedSignatureWorker, TargetDispatcher],
  exports: [TargetDispatcher, ConfirmedSignatureWorker],
})
export class TargetingJobsModule {}
