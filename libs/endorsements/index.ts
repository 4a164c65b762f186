export * from './endorsement-status';
export * from './endorsement.entity';
export * from './invitation.entity';
export * from './minor-edit-objection.entity';
export * from './manage-link.entity';
export * from './sign-on-request.entity';
export * from './audit/audit-event.entity';
export * from './audit/audit.service';
export * from './unnamed-signatories';
export * from './signatories.service';
export * from './counts.service';
export * from './counts.publisher';
export * from './counts.events';
export * from './letter-read-cache';
export { toCsv } from './csv';
export * from './receipts/signing-key.entity';
export * from './receipts/signing-keys';
export * from './endorsements.module';

import { AuditEvent } from './audit/audit-event.entity';
import { Endorsement } from './endorsement.entity';
import { Invitation } from './invitation.entity';
import { MinorEditObjectionLink } from './minor-edit-objection.entity';
import { EndorsementManageLink } from './manage-link.entity';
import { SignOnRequest } from './sign-on-request.entity';
import { SigningKey } from './receipts/signing-key.entity';

export const ENDORSEMENTS_ENTITIES = [
  Invitation,
  Endorsement,
  AuditEvent,
  MinorEditObjectionLink,
  EndorsementManageLink,
  SignOnRequest,
  SigningKey,
];
export { SignatoryObject } from './dto/endorsement.objects';
export * from './jobs/endorsements-jobs.module';
