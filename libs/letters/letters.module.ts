import { OpenSignOnSettingsService } from './open-sign-on-settings.service';
import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@undersigned/organisations';
import { CoLeadRequestsResolver } from './co-lead-requests.resolver';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { LetterDeadlineQueue } from './jobs/letter-deadline.queue';
import { LetterPublicationQueue } from './jobs/letter-publication.queue';
import { LetterPublicationService } from './letter-publication.service';
import { LetterFieldsResolver } from './letter-fields.resolver';
import { LetterVersionFieldsResolver } from './letter-version-fields.resolver';
import { LetterLifecycleService } from './letter-lifecycle.service';
import { LetterPolicy } from './letter.policy';
import { LettersResolver } from './letters.resolver';
import { LettersService } from './letters.service';
import { RevisionHooksService } from './revision-hooks.service';
import { TimelineService } from './timeline.service';
import { TranslationsResolver } from './translations.resolver';
import { TranslationsService } from './translations.service';
import { VersionsService } from './versions.service';

@Module({
  imports: [OrganisationsModule],
  providers: [
    LetterPolicy,
    LettersService,
    VersionsService,
    CommentsService,
    TimelineService,
    TranslationsService,
    LetterLifecycleService,
    LetterDeadlineQueue,
    LetterPublicationQueue,
    LetterPublicationService,
    RevisionHooksService,
    OpenSignOnSettingsService,
    LettersResolver,
    TranslationsResolver,
    LetterFieldsResolver,
    LetterVersionFieldsResolver,
    CommentsResolver,
    CoLeadRequestsResolver,
  ],
  exports: [
    LetterPolicy,
    LettersService,
    VersionsService,
    TimelineService,
    TranslationsService,
    LetterLifecycleService,
    LetterDeadlineQueue,
    LetterPublicationService,
    RevisionHooksService,
  ],
})
export class LettersModule {}
