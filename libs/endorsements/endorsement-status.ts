import { registerEnumType } from '@nestjs/graphql';

export enum EndorsementStatus {
  SIGNED = 'SIGNED',
  NEEDS_RECONFIRMATION = 'NEEDS_RECONFIRMATION',
  WITHDRAWN = 'WITHDRAWN',
  /** Refused by the letter's leads (an impersonation, say): not counted, not listed. */
  REJECTED = 'REJECTED',
  /**
   * Signed under a display name other than the organisation's own: waits for a lead's OWNER or
   * COORDINATOR (approveEndorsement); counted nowhere, listed nowhere, seen by the leads only.
   */
  PENDING_APPROVAL = 'PENDING_APPROVAL',
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}

export enum SignatoryOrder {
  LEADS_FIRST = 'LEADS_FIRST',
  ALPHABETICAL = 'ALPHABETICAL',
  SIGNED_AT = 'SIGNED_AT',
}

registerEnumType(EndorsementStatus, { name: 'EndorsementStatus' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(SignatoryOrder, { name: 'SignatoryOrder' });
