import { registerEnumType } from '@nestjs/graphql';

export enum TranslationStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  OUTDATED = 'OUTDATED',
}

registerEnumType(TranslationStatus, {
  name: 'TranslationStatus',
  description:
    'DRAFT: saved, not yet approved (leads only). APPROVED: approved by a lead, shown beside the original. ' +
    'OUTDATED: the original was revised materially since; saved again, it is a DRAFT on the current version.',
});
