import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@undersigned/common';
import { OrganisationObject } from '@undersigned/organisations';
import { EndorsementStatus, InvitationStatus } from '../endorsement-status';
import type { Endorsement } from '../endorsement.entity';
import type { Invitation } from '../invitation.entity';

@ObjectType('Endorsement')
export class EndorsementObject {
  @Field(() => ID)
  id: string;

  @Field(() => EndorsementStatus)
  status: EndorsementStatus;

  @Field()
  contentHash: string;

  @Field()
  signerName: string;

  @Field()
  signerTitle: string;

  @Field()
  displayName: string;

  @Field()
  anonymous: boolean;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  signedAt: Date;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field({ description: 'Compact JWS (EdDSA) over what was signed; key at /.well-known/jwks.json' })
  receipt: string;

  /** Resolved by EndorsementFieldsResolver. */
  organisationId: string;
  signedVersionId: string;
}

@ObjectType('EndorsementConnection')
export class EndorsementConnection extends Connection(EndorsementObject, 'Endorsement') {}

export function toEndorsementObject(endorsement: Endorsement): EndorsementObject {
  return {
    id: endorsement.id,
    status: endorsement.status,
    contentHash: endorsement.contentHash,
    signerName: endorsement.signerName,
    signerTitle: endorsement.signerTitle,
    displayName: endorsement.displayName,
    anonymous: endorsement.anonymous,
    comment: endorsement.comment,
    signedAt: endorsement.signedAt,
    withdrawnAt: endorsement.withdrawnAt,
    receipt: endorsement.receipt,
    organisationId: endorsement.organisationId,
    signedVersionId: endorsement.signedVersionId,
  };
}

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID)
  id: string;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field(() => String, { nullable: true })
  email: string | null;

  /** Resolved by InvitationFieldsResolver. */
  organisationId: string | null;
  letterId: string;
}

export function toInvitationObject(invitation: Invitation): InvitationObject {
  return {
    id: invitation.id,
    status: invitation.status,
    email: invitation.email,
    organisationId: invitation.organisationId,
    letterId: invitation.letterId,
  };
}

@ObjectType('Signatory')
export class SignatoryObject {
  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field()
  organisationSlug: string;

  @Field()
  lead: boolean;

  @Field()
  signedAt: Date;

  @Field(() => OrganisationObject)
  organisation: OrganisationObject;
}

@ObjectType('SignatoryConnection')
export class SignatoryConnection extends Connection(SignatoryObject, 'Signatory') {
  @Field(() => Int, { description: 'Signatories that cannot be named for their safety' })
  anonymousCount: number;
}

@ObjectType('LetterCounts')
export class LetterCountsObject {
  @Field(() => Int, { description: 'Every SIGNED endorsement, the anonymous ones included' })
  signed: number;

  @Field(() => Int, { description: 'How many of the signed are unnamed' })
  anonymous: number;

  @Field(() => Int)
  needsReconfirmation: number;

  @Field(() => Int)
  withdrawn: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  supporters: number;
}

@ObjectType('ReceiptVerification')
export class ReceiptVerificationObject {
  @Field()
  valid: boolean;

  @Field(() => ID, { nullable: true })
  letterId: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => String, { nullable: true })
  contentHash: string | null;

  @Field(() => Date, { nullable: true })
  signedAt: Date | null;
}

@ObjectType('AuditEvent')
export class AuditEventObject {
  @Field(() => Int)
  seq: number;

  @Field()
  kind: string;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field()
  occurredAt: Date;

  @Field()
  hash: string;

  @Field()
  prevHash: string;
}

@ObjectType('AuditTrail')
export class AuditTrailObject {
  @Field(() => [AuditEventObject])
  events: AuditEventObject[];

  @Field({ description: 'Whether every event chains to the previous one and matches its hash' })
  verified: boolean;
}
