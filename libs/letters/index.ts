export * from './letter-status';
export * from './content-hash';
export * from './letter.entity';
export * from './letter-lead.entity';
export * from './letter-version.entity';
export * from './comment.entity';
export * from './timeline-entry.entity';
export * from './letter.policy';
export * from './letters.service';
export * from './versions.service';
export * from './version-diff';
export * from './minor-edit';
export * from './word-diff';
export * from './timeline.service';
export * from './letter-lifecycle.service';
export * from './letters.module';
export * from './revision-hooks.service';
export * from './dto/letter-version.object';
export * from './jobs/letters-jobs.module';
export { LETTER_QUEUES, transactionalDb } from './jobs/letter-deadline.queue';
export * from './dto/letter.object';

import { Comment } from './comment.entity';
import { LetterLead } from './letter-lead.entity';
import { LetterVersion } from './letter-version.entity';
import { Letter } from './letter.entity';
import { TimelineEntry } from './timeline-entry.entity';

export const LETTERS_ENTITIES = [Letter, LetterLead, LetterVersion, Comment, TimelineEntry];
