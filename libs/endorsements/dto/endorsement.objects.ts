import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@undersigned/common';
import type { LetterAccess } from '@undersigned/letters';
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

  @Field({ description: 'Whether it stays SIGNED across minor edits made after signing' })
  acceptMinorEdits: boolean;

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
  letterId: string;
  /** Read by `signedBy` (@LeadsOnly): the leads read it; nobody else, a guest signer included. */
  signedByEmail: string | null;
  /** How the viewer stands to the letter, where known (the leads' Letter.endorsements); otherwise NONE. */
  access?: LetterAccess;
  /** Reached by its manage link, whose holder may read the letter it signed (endorsementByLink). */
  viaLink?: boolean;
}

@ObjectType('EndorsementConnection')
export class EndorsementConnection extends Connection(EndorsementObject, 'Endorsement') {}

export function toEndorsementObject(endorsement: Endorsement, access?: LetterAccess): EndorsementObject {
  return {
    access,
    letterId: endorsement.letterId,
    signedByEmail: endorsement.signedByEmail,
    id: endorsement.id,
    status: endorsement.status,
    contentHash: endorsement.contentHash,
    signerName: endorsement.signerName,
    signerTitle: endorsement.signerTitle,
    displayName: endorsement.displayName,
    anonymous: endorsement.anonymous,
    acceptMinorEdits: endorsement.acceptMinorEdits,
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

  @Field(() => String, {
    nullable: true,
    description:
      'For an invitation to an address: the name of the organisation it was meant for, as the inviter gave it (the signing form starts from it)',
  })
  name: string | null;

  /** Resolved by InvitationFieldsResolver. */
  organisationId: string | null;
  letterId: string;
  /** Pending or accepted: its holder may read the letter. A declined or expired one grants nothing. */
  standing: boolean;
}

/** A pending invitation past its expiry is EXPIRED, and grants nothing (see LetterPolicy). */
export function invitationStatus(invitation: Invitation, now = Date.now()): InvitationStatus {
  return invitation.status === InvitationStatus.PENDING && invitation.expiresAt.getTime() <= now
    ? InvitationStatus.EXPIRED
    : invitation.status;
}

export function toInvitationObject(invitation: Invitation): InvitationObject {
  const status = invitationStatus(invitation);
  return {
    id: invitation.id,
    status,
    standing: status === InvitationStatus.PENDING || status === InvitationStatus.ACCEPTED,
    email: invitation.email,
    name: invitation.name,
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

  @Field({ description: "Whether the organisation proved its website's domain (verifyOrganisationDomain)" })
  verified: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The domain the verified badge stands for (the organisation proved it receives mail there); shown beside the badge wherever it is, since the display name may be any name the leads approved',
  })
  verifiedDomain: string | null;

  @Field({
    description: 'The hash of the text it signed: the current one, or an earlier one if it accepted minor edits since',
  })
  contentHash: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The number of the version it signed: the current one, or an earlier one if it accepted minor edits since (null in editions delivered before it was recorded)',
  })
  signedVersion: number | null;

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

  @Field(() => Int, {
    description: 'Supporters of an earlier text who have not yet confirmed the text as materially revised since',
  })
  supportersAwaitingReconfirmation: number;
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

  @Field({
    description:
      'Whether the endorsement still stands as this receipt says: false once withdrawn, rejected or re-signed',
  })
  current: boolean;
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

  @Field({ description: 'The hash of the last event (64 zeros while there is none)' })
  headHash: string;

  @Field({
    description:
      "Compact JWS (the receipts' key) over {letterId, length, headHash, at}: keep it to hold the server to this history",
  })
  checkpoint: string;
}
