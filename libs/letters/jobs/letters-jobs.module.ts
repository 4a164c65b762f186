import { Module } from '@nestjs/common';
import { LettersModule } from '../letters.module';
import { LetterDeadlineWorker } from './letter-deadline.worker';
import { LetterPublicationWorker } from './letter-publication.worker';

/** The letters' background jobs, for worker processes. */
@Module({ imports: [LettersModule], providers: [LetterDeadlineWorker, LetterPublicationWorker] })
export class LettersJobsModule {}
