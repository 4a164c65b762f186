export * from './signature-status';
export * from './signature.entity';
export * from './signature-hooks.service';
export * from './petition-settings.entity';
export * from './supporter-count.entity';
export * from './petition.service';
export * from './supporter-counts.service';
export * from './supporters.service';
export * from './signature-lifecycle.service';
export * from './supporters.module';
export * from './jobs/count-folder.worker';
export * from './jobs/supporters-jobs.module';
export { SUPPORTER_RETENTION_QUEUE } from './jobs/retention.worker';
export { RECONFIRMATION_MAIL_QUEUE } from './supporter-revisions.service';
export * from './signature-tokens.service';

import { ConsentText } from './consent-text.entity';
import { PetitionSettings } from './petition-settings.entity';
import { Signature } from './signature.entity';
import { SignatureToken } from './signature-token.entity';
import { SupporterCount } from './supporter-count.entity';
import { SupporterKey } from './supporter-key.entity';

export const SUPPORTERS_ENTITIES = [
  PetitionSettings,
  ConsentText,
  Signature,
  SignatureToken,
  SupporterCount,
  SupporterKey,
];
