import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@undersigned/accounts';
import { MAIL_LANGUAGES_SQL, type MailLanguage } from '@undersigned/common';
import { Organisation } from '@undersigned/organisations';
import { Letter, LetterVersion } from '@undersigned/letters';
import { EndorsementStatus } from './endorsement-status';
import { Invitation } from './invitation.entity';
import { SignOnRequest } from './sign-on-request.entity';

/** One organisation's endorsement of one letter, bound to the content hash it signed. */
@Entity('endorsements')
@Check('endorsements_rejected_at', `("status" = 'REJECTED') = ("rejected_at" IS NOT NULL)`)
@Unique('endorsements_letter_organisation_key', ['letterId', 'organisationId'])
@Index('endorsements_letter_status_idx', ['letterId', 'status'])
// A signature by invitation link (signByInvitation) has a signer: the address the invitation's mail
// proved, or, once its organisation's new OWNER signs again from an account, that account.
@Check(
  'endorsements_invitation_signer',
  `"invitation_id" IS NULL OR "signed_by_email" IS NOT NULL OR "signed_by_id" IS NOT NULL`,
)
// A signature by open sign-on (confirmSignOn) likewise, and it came by one way only.
@Check(
  'endorsements_sign_on_signer',
  `"sign_on_request_id" IS NULL OR "signed_by_email" IS NOT NULL OR "signed_by_id" IS NOT NULL`,
)
// No character that reorders how the names are drawn (DIRECTION_FORMATTING in common).
@Check(
  'endorsements_names_drawn_as_written',
  `"display_name" !~ '[\\u202a-\\u202e\\u2066-\\u2069]' AND "signer_name" !~ '[\\u202a-\\u202e\\u2066-\\u2069]' AND "signer_title" !~ '[\\u202a-\\u202e\\u2066-\\u2069]'`,
)
@Check('endorsements_one_way_in', `"invitation_id" IS NULL OR "sign_on_request_id" IS NULL`)
// Only a signature by open sign-on waits for the leads' approval of it; until then it is never SIGNED.
@Check('endorsements_sign_on_approved', `"sign_on_approved_at" IS NULL OR "sign_on_request_id" IS NOT NULL`)
@Check(
  'endorsements_sign_on_signed_approved',
  `"status" <> 'SIGNED' OR "sign_on_request_id" IS NULL OR "sign_on_approved_at" IS NOT NULL`,
)
// One organisation per address per letter by open sign-on: a second request confirmed finds the first's.
@Index('endorsements_sign_on_address_key', ['letterId', 'signedByEmail'], {
  unique: true,
  where: '"sign_on_request_id" IS NOT NULL AND "signed_by_email" IS NOT NULL',
})
@Check(
  'endorsements_signed_language_known',
  `"signed_language" IS NULL OR "signed_language" IN (${MAIL_LANGUAGES_SQL})`,
)
export class Endorsement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'enum', enum: EndorsementStatus, enumName: 'endorsement_status' })
  status: EndorsementStatus;

  @Column({ name: 'signed_version_id', type: 'uuid' })
  signedVersionId: string;

  @ManyToOne(() => LetterVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_version_id' })
  signedVersion?: LetterVersion;

  @Column({ name: 'signed_version_number', type: 'int' })
  signedVersionNumber: number;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'signer_name', type: 'varchar', length: 200 })
  signerName: string;

  @Column({ name: 'signer_title', type: 'varchar', length: 200 })
  signerTitle: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  /** Consent to stay SIGNED across minor edits (typo fixes, letters' minor-edit.ts) made after signing. */
  @Column({ name: 'accept_minor_edits', type: 'boolean', default: false })
  acceptMinorEdits: boolean;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'signed_by_id', type: 'uuid', nullable: true })
  signedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_id' })
  signedBy?: User;

  /**
   * The address a guest signed from (signByInvitation: the invitation's); null when signed from an
   * account. Leads read it as `signedBy`; a verified account at it becomes the organisation's OWNER.
   */
  @Index('endorsements_signed_by_email_idx', { where: '"signed_by_email" IS NOT NULL' })
  @Column({ name: 'signed_by_email', type: 'varchar', length: 320, nullable: true })
  signedByEmail: string | null;

  /**
   * A guest signer's page language (signByInvitation, confirmSignOn): the mails to `signed_by_email`
   * (receipt, revision notices) are written in it. Null for a signature from an account.
   */
  @Column({ name: 'signed_language', type: 'varchar', length: 16, nullable: true })
  signedLanguage: MailLanguage | null;

  /** The invitation a guest signed by: one endorsement per invitation, however often it is pressed. */
  @Index('endorsements_invitation_key', { unique: true, where: '"invitation_id" IS NOT NULL' })
  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId: string | null;

  @ManyToOne(() => Invitation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invitation_id' })
  invitation?: Invitation;

  /** The open sign-on request (requestToSign, confirmSignOn) a guest signed by, if it came that way. */
  @Index('endorsements_sign_on_request_key', { unique: true, where: '"sign_on_request_id" IS NOT NULL' })
  @Column({ name: 'sign_on_request_id', type: 'uuid', nullable: true })
  signOnRequestId: string | null;

  @ManyToOne(() => SignOnRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sign_on_request_id' })
  signOnRequest?: SignOnRequest;

  /**
   * When a lead approved a signature by open sign-on (approveEndorsement), or when it was approved
   * at once (autoApproveVerified, from an address at its website's domain). Until then it is
   * PENDING_APPROVAL, or NEEDS_RECONFIRMATION/WITHDRAWN counted nowhere; re-confirming keeps it so.
   */
  @Column({ name: 'sign_on_approved_at', type: 'timestamptz', nullable: true })
  signOnApprovedAt: Date | null;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdraw_reason', type: 'text', nullable: true })
  withdrawReason: string | null;

  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  @Column({ name: 'reject_reason', type: 'text', nullable: true })
  rejectReason: string | null;

  @Column({ type: 'text' })
  receipt: string;

  /**
   * The display name a lead approved for this endorsement (approveEndorsement): signing again
   * under it (a re-confirmation) needs no new approval; any other name but the organisation's does.
   */
  @Column({ name: 'approved_display_name', type: 'varchar', length: 200, nullable: true })
  approvedDisplayName: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
