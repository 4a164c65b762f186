/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddRecipientInput = {
  channel: DeliveryChannel;
  email?: string | null | undefined;
  letterId: string | number;
  name: string;
  organisation?: string | null | undefined;
  postalAddress?: string | null | undefined;
  role: RecipientRole;
  title?: string | null | undefined;
};

export type CreateLetterInput = {
  /** Markdown */
  body: string;
  deliverBy?: string | null | undefined;
  endorsementDeadline?: string | null | undefined;
  leadOrganisationId: string | number;
  title: string;
  visibility: LetterVisibility;
};

export type CreateOrganisationInput = {
  /** ISO 3166-1 alpha-2 code, or a region name */
  country?: string | null | undefined;
  description?: string | null | undefined;
  name: string;
  website?: string | null | undefined;
};

export type DeliveryChannel =
  | 'EMAIL'
  | 'HAND'
  | 'POST';

export type DeliveryEventInput = {
  deliveryId: string | number;
  /** For example a tracking number */
  note?: string | null | undefined;
  occurredAt?: string | null | undefined;
  status: DeliveryStatus;
};

export type DeliveryStatus =
  | 'ACKNOWLEDGED'
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING'
  | 'RESPONDED'
  | 'SENDING'
  | 'SENT';

export type EndorseInput = {
  /** Stay signed across minor edits (typo fixes: at most 5 words, no number; contract stage 6), each mailed with a link to object; omitted, the current setting stands */
  acceptMinorEdits?: boolean | null | undefined;
  /** Sign without being named to anyone but the lead organisations; omitted, the current setting stands */
  anonymous?: boolean | null | undefined;
  comment?: string | null | undefined;
  /** The content hash of the version being signed: the current one */
  contentHash: string;
  /** How the signatory block names it; the organisation's name by default */
  displayName?: string | null | undefined;
  letterId: string | number;
  organisationId: string | number;
  signerName: string;
  signerTitle: string;
};

export type EndorsementStatus =
  | 'NEEDS_RECONFIRMATION'
  | 'PENDING_APPROVAL'
  | 'REJECTED'
  | 'SIGNED'
  | 'WITHDRAWN';

export type InviteEndorsersInput = {
  invitees: Array<InviteeInput>;
  letterId: string | number;
  message?: string | null | undefined;
};

export type InviteeInput = {
  email?: string | null | undefined;
  /** The organisation an email invitee would sign for */
  name?: string | null | undefined;
  organisationId?: string | number | null | undefined;
};

export type LetterStatus =
  | 'CLOSED'
  | 'DELIVERED'
  | 'DRAFT'
  | 'OPEN';

export type LetterVisibility =
  | 'PRIVATE'
  | 'PUBLIC';

export type LogInInput = {
  /** With two-factor sign-in on: the code of the authenticator app, or an unused recovery code */
  code?: string | null | undefined;
  email: string;
  password: string;
};

/** OWNER: everything, manages members. COORDINATOR: runs the letters the organisation leads (draft, invite, open, close, recipients, deliver, updates, sees unnamed signatories). SIGNATORY: signs for it. MEMBER: reads, comments. */
export type OrganisationRole =
  | 'COORDINATOR'
  | 'MEMBER'
  | 'OWNER'
  | 'SIGNATORY';

export type PetitionSettingsInput = {
  acceptSupporters: boolean;
  askPostcode?: boolean | null | undefined;
  /** Signatures from these mail domains are never counted */
  blockedEmailDomains?: Array<string> | null | undefined;
  /** Addresses or networks (CIDR) whose signatures are never counted */
  blockedIpRanges?: Array<string> | null | undefined;
  /** What a supporter agrees to by ticking "contact me"; kept verbatim */
  consentText?: string | null | undefined;
  goal?: number | null | undefined;
  letterId: string | number;
  /** Supporters must confirm they are at least this old */
  minimumAge?: number | null | undefined;
  /** When the goal is reached, set the next one (50 → 100 → 250 …) */
  raiseGoalWhenReached?: boolean | null | undefined;
  /** COUNT_ONLY when omitted */
  supporterNames?: SupporterNames | null | undefined;
};

export type RecipientRole =
  | 'CC'
  | 'TO';

export type ResponseInput = {
  body: string;
  deliveryId: string | number;
  receivedAt?: string | null | undefined;
};

export type ReviseLetterInput = {
  body: string;
  letterId: string | number;
  /** Whether the change alters what signatories agree to. false is accepted only for typo fixes: changes of punctuation, white space or case, and at most 5 words each replaced by one within 2 letters (no number, no word of 3 letters or fewer, no word added or removed but a repeated one); else BAD_USER_INPUT */
  material: boolean;
  note?: string | null | undefined;
  /** The new title; the current one when omitted */
  title?: string | null | undefined;
};

export type SignByInvitationInput = {
  /** Stay signed across minor edits (typo fixes) */
  acceptMinorEdits?: boolean | null | undefined;
  /** Sign without being named to anyone but the lead organisations */
  anonymous?: boolean | null | undefined;
  /** "I am authorised to sign for this organisation": must be true */
  authorised: boolean;
  comment?: string | null | undefined;
  /** The content hash of the version being signed: the current one */
  contentHash: string;
  /** ISO 3166-1 alpha-2 code, or a region name */
  country?: string | null | undefined;
  /** How the signatory block names it; the organisation's name by default (another name waits for a lead) */
  displayName?: string | null | undefined;
  /** The organisation signing, created without members (the invitation gives a name to start from) */
  organisationName: string;
  signerName: string;
  signerTitle: string;
  /** The token of the invitation mail's link: the proof of the mailbox it was sent to */
  token: string;
  /** The organisation's website: an address at its domain (or a subdomain) signs verified */
  website?: string | null | undefined;
};

export type SignPetitionInput = {
  ageConfirmed?: boolean | null | undefined;
  comment?: string | null | undefined;
  /** Consent to be contacted, to the letter’s consent text */
  consent?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 code, or a region name */
  country?: string | null | undefined;
  email: string;
  letterId: string | number;
  name: string;
  postcode?: string | null | undefined;
  /** List my name (on letters that list supporters); true when omitted */
  showName?: boolean | null | undefined;
};

export type SignUpInput = {
  email: string;
  name: string;
  password: string;
};

export type SignatureStatus =
  | 'CONFIRMED'
  | 'INVALIDATED'
  | 'NEEDS_RECONFIRMATION'
  | 'PENDING'
  | 'WITHDRAWN';

export type SupporterNames =
  | 'COUNT_ONLY'
  | 'LISTED';

export type TargetInput = {
  /** e.g. E14001465 */
  areaCode: string;
  /** e.g. WMC */
  areaType: string;
  email?: string | null | undefined;
  /** The data source's id of the person, unique within the area type */
  externalId: string;
  name: string;
  party?: string | null | undefined;
  title?: string | null | undefined;
  /** First day in office (YYYY-MM-DD); always when omitted */
  validFrom?: string | null | undefined;
  /** First day no longer in office (YYYY-MM-DD); open when omitted */
  validTo?: string | null | undefined;
};

export type TargetingInput = {
  /** The kind of area whose representative each supporter writes to, e.g. WMC */
  areaType: string;
  letterId: string | number;
  mode: TargetingMode;
  /** At most this many messages to one target in any hour, spread out (30 when omitted) */
  perTargetPerHour?: number | null | undefined;
};

export type TargetingMode =
  | 'OWN_REPRESENTATIVE'
  | 'RECIPIENTS';

export type DeliverLetterMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliverLetterMutation = { deliverLetter: Array<{ id: string, status: DeliveryStatus, channel: DeliveryChannel, recipient: { name: string } }> };

export type LetterDeliveriesTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterDeliveriesTimelineQuery = { letter: { status: LetterStatus, deliveries: Array<{ id: string, status: DeliveryStatus, attempts: number, lastError: string | null, messageId: string | null, channel: DeliveryChannel, response: string | null, recipient: { name: string, email: string | null }, events: Array<{ status: DeliveryStatus, note: string | null }> }>, timeline: Array<{ kind: string, title: string }> } | null };

export type RemoveRecipientMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveRecipientMutation = { removeRecipient: boolean };

export type RecordDeliveryEventMutationVariables = Exact<{
  input: DeliveryEventInput;
}>;


export type RecordDeliveryEventMutation = { recordDeliveryEvent: { status: DeliveryStatus, events: Array<{ status: DeliveryStatus, note: string | null }> } };

export type RecordResponseMutationVariables = Exact<{
  input: ResponseInput;
}>;


export type RecordResponseMutation = { recordResponse: { status: DeliveryStatus, response: string | null } };

export type DeliveryChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type DeliveryChangedSubscription = { deliveryChanged: { status: DeliveryStatus, recipient: { name: string } } };

export type LetterSupportersByAreaQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterSupportersByAreaQuery = { letter: { supportersByArea: Array<{ areaCode: string, areaName: string | null, count: number }> } | null };

export type WithdrawSignatureMutationVariables = Exact<{
  t: string;
}>;


export type WithdrawSignatureMutation = { withdrawSignature: boolean };

export type LetterTargetDeliveriesQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterTargetDeliveriesQuery = { letter: { targetDeliveries: Array<{ constituents: number, pending: number, sending: number, sent: number, failed: number, attempts: number, addressFailedAt: string | null, lastError: string | null, target: { name: string, email: string | null, area: { code: string, name: string } | null } }> } | null };

export type SignByInvitationInviteMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type SignByInvitationInviteMutation = { inviteEndorsers: Array<{ id: string }> };

export type SignByInvitationSignMutationVariables = Exact<{
  input: SignByInvitationInput;
}>;


export type SignByInvitationSignMutation = { signByInvitation: { id: string, status: EndorsementStatus, contentHash: string, displayName: string, anonymous: boolean, signedBy: string | null, organisation: { id: string, name: string, verifiedDomain: string | null } } };

export type SignByInvitationByLinkQueryVariables = Exact<{
  token: string;
}>;


export type SignByInvitationByLinkQuery = { endorsementByLink: { id: string, status: EndorsementStatus, contentHash: string, anonymous: boolean, signerName: string, signedBy: string | null, letter: { id: string, title: string, currentVersion: { contentHash: string, body: string } } } };

export type SignByInvitationReconfirmMutationVariables = Exact<{
  token: string;
  contentHash: string;
  anonymous?: boolean | null | undefined;
}>;


export type SignByInvitationReconfirmMutation = { reconfirmByLink: { id: string, status: EndorsementStatus, contentHash: string, anonymous: boolean } };

export type SignByInvitationWithdrawMutationVariables = Exact<{
  token: string;
  reason?: string | null | undefined;
}>;


export type SignByInvitationWithdrawMutation = { withdrawByLink: { id: string, status: EndorsementStatus } };

export type SignByInvitationSignatoriesQueryVariables = Exact<{
  id: string | number;
}>;


export type SignByInvitationSignatoriesQuery = { letter: { signatories: { totalCount: number, anonymousCount: number, edges: Array<{ node: { displayName: string, verified: boolean, contentHash: string, organisation: { id: string, name: string } } }> } } | null };

export type SignByInvitationLeadViewQueryVariables = Exact<{
  id: string | number;
}>;


export type SignByInvitationLeadViewQuery = { letter: { endorsements: { edges: Array<{ node: { id: string, status: EndorsementStatus, signedBy: string | null, signerName: string } }> } } | null };

export type SignByInvitationSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignByInvitationSignUpMutation = { signUp: boolean };

export type SignByInvitationVerifyMutationVariables = Exact<{
  token: string;
}>;


export type SignByInvitationVerifyMutation = { verifyEmail: { emailVerified: boolean } };

export type SignByInvitationLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type SignByInvitationLogInMutation = { logIn: { accessToken: string } };

export type SignByInvitationMyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignByInvitationMyMembershipsQuery = { me: { memberships: Array<{ role: OrganisationRole, organisation: { id: string } }> } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { accessToken: string, refreshToken: string, user: { id: string, emailVerified: boolean, twoFactorEnabled: boolean } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string } };

export type RefreshSessionMutationVariables = Exact<{
  t: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type StartTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorSetupMutation = { startTwoFactorSetup: { secret: string, otpauthUrl: string } };

export type ConfirmTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTwoFactorMutation = { confirmTwoFactor: Array<string> };

export type DisableTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: boolean };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
  code?: string | null | undefined;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  password: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type ChangeEmailMutationVariables = Exact<{
  email: string;
}>;


export type ChangeEmailMutation = { changeEmail: boolean };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: { id: string, email: string, emailVerified: boolean } };

export type EdgeLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type EdgeLogInMutation = { logIn: { accessToken: string } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string } };

export type CreateLetterMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type CreateLetterMutation = { createLetter: { id: string, slug: string, currentVersion: { id: string } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: boolean };

export type FactoryLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type FactoryLogInMutation = { logIn: { accessToken: string, refreshToken: string, user: { id: string } } };

export type FactoryCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type FactoryCreateOrganisationMutation = { createOrganisation: { id: string, slug: string } };

export type TestLetterFieldsFragment = { id: string, slug: string, title: string, status: LetterStatus, visibility: LetterVisibility, endorsementDeadline: string | null, currentVersion: { id: string, number: number, contentHash: string }, leadOrganisations: Array<{ id: string }> };

export type FactoryCreateLetterMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type FactoryCreateLetterMutation = { createLetter: { id: string, slug: string, title: string, status: LetterStatus, visibility: LetterVisibility, endorsementDeadline: string | null, currentVersion: { id: string, number: number, contentHash: string }, leadOrganisations: Array<{ id: string }> } };

export type EndorseLetterMutationVariables = Exact<{
  input: EndorseInput;
}>;


export type EndorseLetterMutation = { endorseLetter: { id: string, status: EndorsementStatus, contentHash: string, displayName: string, anonymous: boolean, signedAt: string, receipt: string, organisation: { id: string } } };

export type FactoryOpenLetterMutationVariables = Exact<{
  letterId: string | number;
}>;


export type FactoryOpenLetterMutation = { openLetter: { id: string } };

export type ReviseLetterMutationVariables = Exact<{
  input: ReviseLetterInput;
}>;


export type ReviseLetterMutation = { reviseLetter: { id: string, number: number, contentHash: string } };

export type FactoryAddRecipientMutationVariables = Exact<{
  input: AddRecipientInput;
}>;


export type FactoryAddRecipientMutation = { addRecipient: { id: string } };

export type FactoryDeliverLetterMutationVariables = Exact<{
  letterId: string | number;
}>;


export type FactoryDeliverLetterMutation = { deliverLetter: Array<{ id: string, messageId: string | null }> };

export type SignPetitionMutationVariables = Exact<{
  input: SignPetitionInput;
}>;


export type SignPetitionMutation = { signPetition: boolean };

export type ConfirmSignatureMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmSignatureMutation = { confirmSignature: { id: string, status: SignatureStatus, name: string, confirmedAt: string | null } };

export type SetPetitionSettingsMutationVariables = Exact<{
  input: PetitionSettingsInput;
}>;


export type SetPetitionSettingsMutation = { setPetitionSettings: { id: string, goal: number | null } };

export type SupporterCountQueryVariables = Exact<{
  id: string | number;
}>;


export type SupporterCountQuery = { letter: { counts: { supporters: number } } | null };

export type SetTargetingMutationVariables = Exact<{
  input: TargetingInput;
}>;


export type SetTargetingMutation = { setTargeting: { id: string, targeting: { mode: TargetingMode, areaType: string, perTargetPerHour: number } | null } };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string, emailVerified: boolean } };

export type ReauthenticateMutationVariables = Exact<{
  password?: string | null | undefined;
  code?: string | null | undefined;
}>;


export type ReauthenticateMutation = { reauthenticate: { accessToken: string, refreshToken: string, user: { id: string } } };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { sessions: Array<{ id: string, current: boolean }> };

export type InviteEndorsersMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type InviteEndorsersMutation = { inviteEndorsers: Array<{ id: string }> };

export type LetterQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterQuery = { letter: { id: string } | null };

export type LogOutMutationVariables = Exact<{
  t: string;
}>;


export type LogOutMutation = { logOut: boolean };

export type SessionMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionMethodsQuery = { sessions: Array<{ id: string, current: boolean, methods: Array<string> }> };

export type RequireTwoFactorMutationVariables = Exact<{
  id: string | number;
}>;


export type RequireTwoFactorMutation = { setOrganisationSecurity: { id: string } };

export type UpsertTargetsMutationVariables = Exact<{
  input: Array<TargetInput> | TargetInput;
}>;


export type UpsertTargetsMutation = { upsertTargets: Array<{ id: string }> };

export type LetterCountsInvitedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type LetterCountsInvitedSubscription = { letterCountsChanged: { invited: number } };

export type LetterEndorsementsQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterEndorsementsQuery = { letter: { id: string, endorsements: { totalCount: number, edges: Array<{ node: { anonymous: boolean, organisation: { name: string } } }> } } | null };

export type LetterRecipientsQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterRecipientsQuery = { letter: { recipients: Array<{ name: string, email: string | null, postalAddress: string | null }> } | null };

export type AuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditTrailQuery = { auditTrail: { events: Array<{ kind: string, organisationId: string | null }> } };

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationQuery = { organisation: { requireTwoFactor: boolean } | null };

export type SessionDevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionDevicesQuery = { sessions: Array<{ id: string, createdAt: string, lastUsedAt: string, userAgent: string, current: boolean }> };

export type SetOrganisationSecurityMutationVariables = Exact<{
  id: string | number;
  on: boolean;
}>;


export type SetOrganisationSecurityMutation = { setOrganisationSecurity: { id: string, requireTwoFactor: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TestLetterFieldsFragmentDoc = new TypedDocumentString(`
    fragment TestLetterFields on Letter {
  id
  slug
  title
  status
  visibility
  endorsementDeadline
  currentVersion {
    id
    number
    contentHash
  }
  leadOrganisations {
    id
  }
}
    `, {"fragmentName":"TestLetterFields"}) as unknown as TypedDocumentString<TestLetterFieldsFragment, unknown>;
export const DeliverLetterDocument = new TypedDocumentString(`
    mutation DeliverLetter($id: ID!) {
  deliverLetter(letterId: $id) {
    id
    status
    channel
    recipient {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DeliverLetterMutation, DeliverLetterMutationVariables>;
export const LetterDeliveriesTimelineDocument = new TypedDocumentString(`
    query LetterDeliveriesTimeline($id: ID!) {
  letter(id: $id) {
    status
    deliveries {
      id
      status
      attempts
      lastError
      messageId
      channel
      recipient {
        name
        email
      }
      events {
        status
        note
      }
      response
    }
    timeline {
      kind
      title
    }
  }
}
    `) as unknown as TypedDocumentString<LetterDeliveriesTimelineQuery, LetterDeliveriesTimelineQueryVariables>;
export const RemoveRecipientDocument = new TypedDocumentString(`
    mutation RemoveRecipient($id: ID!) {
  removeRecipient(recipientId: $id)
}
    `) as unknown as TypedDocumentString<RemoveRecipientMutation, RemoveRecipientMutationVariables>;
export const RecordDeliveryEventDocument = new TypedDocumentString(`
    mutation RecordDeliveryEvent($input: DeliveryEventInput!) {
  recordDeliveryEvent(input: $input) {
    status
    events {
      status
      note
    }
  }
}
    `) as unknown as TypedDocumentString<RecordDeliveryEventMutation, RecordDeliveryEventMutationVariables>;
export const RecordResponseDocument = new TypedDocumentString(`
    mutation RecordResponse($input: ResponseInput!) {
  recordResponse(input: $input) {
    status
    response
  }
}
    `) as unknown as TypedDocumentString<RecordResponseMutation, RecordResponseMutationVariables>;
export const DeliveryChangedDocument = new TypedDocumentString(`
    subscription DeliveryChanged($id: ID!) {
  deliveryChanged(letterId: $id) {
    status
    recipient {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryChangedSubscription, DeliveryChangedSubscriptionVariables>;
export const LetterSupportersByAreaDocument = new TypedDocumentString(`
    query LetterSupportersByArea($id: ID!) {
  letter(id: $id) {
    supportersByArea {
      areaCode
      areaName
      count
    }
  }
}
    `) as unknown as TypedDocumentString<LetterSupportersByAreaQuery, LetterSupportersByAreaQueryVariables>;
export const WithdrawSignatureDocument = new TypedDocumentString(`
    mutation WithdrawSignature($t: String!) {
  withdrawSignature(token: $t)
}
    `) as unknown as TypedDocumentString<WithdrawSignatureMutation, WithdrawSignatureMutationVariables>;
export const LetterTargetDeliveriesDocument = new TypedDocumentString(`
    query LetterTargetDeliveries($id: ID!) {
  letter(id: $id) {
    targetDeliveries {
      target {
        name
        email
        area {
          code
          name
        }
      }
      constituents
      pending
      sending
      sent
      failed
      attempts
      addressFailedAt
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<LetterTargetDeliveriesQuery, LetterTargetDeliveriesQueryVariables>;
export const SignByInvitationInviteDocument = new TypedDocumentString(`
    mutation SignByInvitationInvite($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationInviteMutation, SignByInvitationInviteMutationVariables>;
export const SignByInvitationSignDocument = new TypedDocumentString(`
    mutation SignByInvitationSign($input: SignByInvitationInput!) {
  signByInvitation(input: $input) {
    id
    status
    contentHash
    displayName
    anonymous
    signedBy
    organisation {
      id
      name
      verifiedDomain
    }
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationSignMutation, SignByInvitationSignMutationVariables>;
export const SignByInvitationByLinkDocument = new TypedDocumentString(`
    query SignByInvitationByLink($token: String!) {
  endorsementByLink(token: $token) {
    id
    status
    contentHash
    anonymous
    signerName
    signedBy
    letter {
      id
      title
      currentVersion {
        contentHash
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationByLinkQuery, SignByInvitationByLinkQueryVariables>;
export const SignByInvitationReconfirmDocument = new TypedDocumentString(`
    mutation SignByInvitationReconfirm($token: String!, $contentHash: String!, $anonymous: Boolean) {
  reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {
    id
    status
    contentHash
    anonymous
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationReconfirmMutation, SignByInvitationReconfirmMutationVariables>;
export const SignByInvitationWithdrawDocument = new TypedDocumentString(`
    mutation SignByInvitationWithdraw($token: String!, $reason: String) {
  withdrawByLink(token: $token, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationWithdrawMutation, SignByInvitationWithdrawMutationVariables>;
export const SignByInvitationSignatoriesDocument = new TypedDocumentString(`
    query SignByInvitationSignatories($id: ID!) {
  letter(id: $id) {
    signatories(first: 50) {
      totalCount
      anonymousCount
      edges {
        node {
          displayName
          verified
          contentHash
          organisation {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationSignatoriesQuery, SignByInvitationSignatoriesQueryVariables>;
export const SignByInvitationLeadViewDocument = new TypedDocumentString(`
    query SignByInvitationLeadView($id: ID!) {
  letter(id: $id) {
    endorsements(first: 50) {
      edges {
        node {
          id
          status
          signedBy
          signerName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationLeadViewQuery, SignByInvitationLeadViewQueryVariables>;
export const SignByInvitationSignUpDocument = new TypedDocumentString(`
    mutation SignByInvitationSignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<SignByInvitationSignUpMutation, SignByInvitationSignUpMutationVariables>;
export const SignByInvitationVerifyDocument = new TypedDocumentString(`
    mutation SignByInvitationVerify($token: String!) {
  verifyEmail(token: $token) {
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationVerifyMutation, SignByInvitationVerifyMutationVariables>;
export const SignByInvitationLogInDocument = new TypedDocumentString(`
    mutation SignByInvitationLogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationLogInMutation, SignByInvitationLogInMutationVariables>;
export const SignByInvitationMyMembershipsDocument = new TypedDocumentString(`
    query SignByInvitationMyMemberships {
  me {
    memberships {
      role
      organisation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationMyMembershipsQuery, SignByInvitationMyMembershipsQueryVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
    refreshToken
    user {
      id
      emailVerified
      twoFactorEnabled
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($t: String!) {
  refreshSession(refreshToken: $t) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const StartTwoFactorSetupDocument = new TypedDocumentString(`
    mutation StartTwoFactorSetup {
  startTwoFactorSetup {
    secret
    otpauthUrl
  }
}
    `) as unknown as TypedDocumentString<StartTwoFactorSetupMutation, StartTwoFactorSetupMutationVariables>;
export const ConfirmTwoFactorDocument = new TypedDocumentString(`
    mutation ConfirmTwoFactor($code: String!) {
  confirmTwoFactor(code: $code)
}
    `) as unknown as TypedDocumentString<ConfirmTwoFactorMutation, ConfirmTwoFactorMutationVariables>;
export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($code: String!) {
  disableTwoFactor(code: $code)
}
    `) as unknown as TypedDocumentString<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!, $code: String) {
  resetPassword(token: $token, password: $password, code: $code)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $password: String!) {
  changePassword(currentPassword: $current, password: $password)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($email: String!) {
  changeEmail(email: $email)
}
    `) as unknown as TypedDocumentString<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    id
    email
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const EdgeLogInDocument = new TypedDocumentString(`
    mutation EdgeLogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<EdgeLogInMutation, EdgeLogInMutationVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const CreateLetterDocument = new TypedDocumentString(`
    mutation CreateLetter($input: CreateLetterInput!) {
  createLetter(input: $input) {
    id
    slug
    currentVersion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateLetterMutation, CreateLetterMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const FactoryLogInDocument = new TypedDocumentString(`
    mutation FactoryLogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
    refreshToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryLogInMutation, FactoryLogInMutationVariables>;
export const FactoryCreateOrganisationDocument = new TypedDocumentString(`
    mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateOrganisationMutation, FactoryCreateOrganisationMutationVariables>;
export const FactoryCreateLetterDocument = new TypedDocumentString(`
    mutation FactoryCreateLetter($input: CreateLetterInput!) {
  createLetter(input: $input) {
    ...TestLetterFields
  }
}
    fragment TestLetterFields on Letter {
  id
  slug
  title
  status
  visibility
  endorsementDeadline
  currentVersion {
    id
    number
    contentHash
  }
  leadOrganisations {
    id
  }
}`) as unknown as TypedDocumentString<FactoryCreateLetterMutation, FactoryCreateLetterMutationVariables>;
export const EndorseLetterDocument = new TypedDocumentString(`
    mutation EndorseLetter($input: EndorseInput!) {
  endorseLetter(input: $input) {
    id
    status
    contentHash
    displayName
    anonymous
    signedAt
    receipt
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EndorseLetterMutation, EndorseLetterMutationVariables>;
export const FactoryOpenLetterDocument = new TypedDocumentString(`
    mutation FactoryOpenLetter($letterId: ID!) {
  openLetter(letterId: $letterId) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryOpenLetterMutation, FactoryOpenLetterMutationVariables>;
export const ReviseLetterDocument = new TypedDocumentString(`
    mutation ReviseLetter($input: ReviseLetterInput!) {
  reviseLetter(input: $input) {
    id
    number
    contentHash
  }
}
    `) as unknown as TypedDocumentString<ReviseLetterMutation, ReviseLetterMutationVariables>;
export const FactoryAddRecipientDocument = new TypedDocumentString(`
    mutation FactoryAddRecipient($input: AddRecipientInput!) {
  addRecipient(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FactoryAddRecipientMutation, FactoryAddRecipientMutationVariables>;
export const FactoryDeliverLetterDocument = new TypedDocumentString(`
    mutation FactoryDeliverLetter($letterId: ID!) {
  deliverLetter(letterId: $letterId) {
    id
    messageId
  }
}
    `) as unknown as TypedDocumentString<FactoryDeliverLetterMutation, FactoryDeliverLetterMutationVariables>;
export const SignPetitionDocument = new TypedDocumentString(`
    mutation SignPetition($input: SignPetitionInput!) {
  signPetition(input: $input)
}
    `) as unknown as TypedDocumentString<SignPetitionMutation, SignPetitionMutationVariables>;
export const ConfirmSignatureDocument = new TypedDocumentString(`
    mutation ConfirmSignature($token: String!) {
  confirmSignature(token: $token) {
    id
    status
    name
    confirmedAt
  }
}
    `) as unknown as TypedDocumentString<ConfirmSignatureMutation, ConfirmSignatureMutationVariables>;
export const SetPetitionSettingsDocument = new TypedDocumentString(`
    mutation SetPetitionSettings($input: PetitionSettingsInput!) {
  setPetitionSettings(input: $input) {
    id
    goal
  }
}
    `) as unknown as TypedDocumentString<SetPetitionSettingsMutation, SetPetitionSettingsMutationVariables>;
export const SupporterCountDocument = new TypedDocumentString(`
    query SupporterCount($id: ID!) {
  letter(id: $id) {
    counts {
      supporters
    }
  }
}
    `) as unknown as TypedDocumentString<SupporterCountQuery, SupporterCountQueryVariables>;
export const SetTargetingDocument = new TypedDocumentString(`
    mutation SetTargeting($input: TargetingInput!) {
  setTargeting(input: $input) {
    id
    targeting {
      mode
      areaType
      perTargetPerHour
    }
  }
}
    `) as unknown as TypedDocumentString<SetTargetingMutation, SetTargetingMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    id
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ReauthenticateDocument = new TypedDocumentString(`
    mutation Reauthenticate($password: String, $code: String) {
  reauthenticate(password: $password, code: $code) {
    accessToken
    refreshToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReauthenticateMutation, ReauthenticateMutationVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions {
  sessions {
    id
    current
  }
}
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const InviteEndorsersDocument = new TypedDocumentString(`
    mutation InviteEndorsers($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InviteEndorsersMutation, InviteEndorsersMutationVariables>;
export const LetterDocument = new TypedDocumentString(`
    query Letter($id: ID!) {
  letter(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LetterQuery, LetterQueryVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut($t: String!) {
  logOut(refreshToken: $t)
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const SessionMethodsDocument = new TypedDocumentString(`
    query SessionMethods {
  sessions {
    id
    current
    methods
  }
}
    `) as unknown as TypedDocumentString<SessionMethodsQuery, SessionMethodsQueryVariables>;
export const RequireTwoFactorDocument = new TypedDocumentString(`
    mutation RequireTwoFactor($id: ID!) {
  setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequireTwoFactorMutation, RequireTwoFactorMutationVariables>;
export const UpsertTargetsDocument = new TypedDocumentString(`
    mutation UpsertTargets($input: [TargetInput!]!) {
  upsertTargets(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpsertTargetsMutation, UpsertTargetsMutationVariables>;
export const LetterCountsInvitedDocument = new TypedDocumentString(`
    subscription LetterCountsInvited($id: ID!) {
  letterCountsChanged(letterId: $id) {
    invited
  }
}
    `) as unknown as TypedDocumentString<LetterCountsInvitedSubscription, LetterCountsInvitedSubscriptionVariables>;
export const LetterEndorsementsDocument = new TypedDocumentString(`
    query LetterEndorsements($id: ID!) {
  letter(id: $id) {
    id
    endorsements {
      totalCount
      edges {
        node {
          anonymous
          organisation {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LetterEndorsementsQuery, LetterEndorsementsQueryVariables>;
export const LetterRecipientsDocument = new TypedDocumentString(`
    query LetterRecipients($id: ID!) {
  letter(id: $id) {
    recipients {
      name
      email
      postalAddress
    }
  }
}
    `) as unknown as TypedDocumentString<LetterRecipientsQuery, LetterRecipientsQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($id: ID!) {
  auditTrail(letterId: $id) {
    events {
      kind
      organisationId
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const OrganisationDocument = new TypedDocumentString(`
    query Organisation($id: ID!) {
  organisation(id: $id) {
    requireTwoFactor
  }
}
    `) as unknown as TypedDocumentString<OrganisationQuery, OrganisationQueryVariables>;
export const SessionDevicesDocument = new TypedDocumentString(`
    query SessionDevices {
  sessions {
    id
    createdAt
    lastUsedAt
    userAgent
    current
  }
}
    `) as unknown as TypedDocumentString<SessionDevicesQuery, SessionDevicesQueryVariables>;
export const SetOrganisationSecurityDocument = new TypedDocumentString(`
    mutation SetOrganisationSecurity($id: ID!, $on: Boolean!) {
  setOrganisationSecurity(organisationId: $id, requireTwoFactor: $on) {
    id
    requireTwoFactor
  }
}
    `) as unknown as TypedDocumentString<SetOrganisationSecurityMutation, SetOrganisationSecurityMutationVariables>;