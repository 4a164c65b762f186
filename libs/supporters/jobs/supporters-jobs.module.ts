import { Module } from '@nestjs/common';
import { EndorsementsModule } from '@undersigned/endorsements';
import { LettersModule } from '@undersigned/letters';
import { SupportersModule } from '../supporters.module';
import { CountFolderWorker } from './count-folder.worker';
import { ReconfirmationMailWorker } from './reconfirmation-mail.worker';
import { RetentionWorker } from './retention.worker';

/**
 * Petition mode's background work, for worker processes: folding counts, erasing expired data,
 * mailing supporters of a materially revised letter.
 */
@Module({
  imports: [SupportersModule, LettersModule, EndorsementsModule],
  providers: [CountFolderWorker, RetentionWorker, ReconfirmationMailWorker],
  exports: [CountFolderWorker],
})
export class SupportersJobsModule {}
