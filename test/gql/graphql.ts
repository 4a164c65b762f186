/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddCoLeadInput = {
  letterId: string | number;
  organisationId: string | number;
};

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

export type ChangeMemberRoleInput = {
  membershipId: string | number;
  role: OrganisationRole;
};

export type CommentInput = {
  body: string;
  /** The paragraph (1-based) the comment is about */
  paragraph?: number | null | undefined;
  versionId: string | number;
};

export type CreateApiKeyInput = {
  /** What the key is for ("Action Network"), at most 100 characters */
  name: string;
  organisationId: string | number;
};

export type CreateLetterInput = {
  /** Markdown */
  body: string;
  deliverBy?: string | null | undefined;
  endorsementDeadline?: string | null | undefined;
  /** The language of the original, a BCP 47 tag (stored canonical: zh-hans is zh-Hans); "en" when omitted */
  language?: string | null | undefined;
  leadOrganisationId: string | number;
  /** Embargo: a PUBLIC letter stays, for the public, a PRIVATE one until then, and then publishes by itself; must be in the future */
  publishAt?: string | null | undefined;
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

export type CreateWebhookInput = {
  events: Array<WebhookEvent>;
  /** Only this letter's events, when given */
  letterId?: string | number | null | undefined;
  organisationId: string | number;
  url: string;
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
  /** How the signatory block names it; the organisation's name by default (another name waits for a lead) */
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

export type InvalidateSignaturesInput = {
  /** The domain and its subdomains */
  emailDomain?: string | null | undefined;
  from?: string | null | undefined;
  /** An address, or a network such as 203.0.113.0/24 */
  ipAddress?: string | null | undefined;
  letterId: string | number;
  to?: string | null | undefined;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING';

export type InviteEndorsersInput = {
  invitees: Array<InviteeInput>;
  letterId: string | number;
  message?: string | null | undefined;
};

export type InviteMemberInput = {
  email: string;
  organisationId: string | number;
  role: OrganisationRole;
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

export type MembershipInvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

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

export type PostUpdateInput = {
  body: string;
  letterId: string | number;
  /** When it happened; now when omitted */
  occurredAt?: string | null | undefined;
  title: string;
};

export type RecipientRole =
  | 'CC'
  | 'TO';

export type RequestToSignInput = {
  /** Stay signed across minor edits (typo fixes: at most 5 words, no number; contract stage 6), each mailed with a link to object; omitted, the current setting stands */
  acceptMinorEdits?: boolean | null | undefined;
  /** Sign without being named to anyone but the lead organisations; omitted, the current setting stands */
  anonymous?: boolean | null | undefined;
  /** "I am authorised to sign for this organisation": must be true */
  authorised: boolean;
  comment?: string | null | undefined;
  /** The content hash of the text the form showed (as signByInvitation takes it): STALE_VERSION when the letter changed since. Without it, the request binds to the text as it stands */
  contentHash?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code, or a region name */
  country?: string | null | undefined;
  /** How the signatory block names it; the organisation's name by default (another name waits for a lead) */
  displayName?: string | null | undefined;
  /** Where the confirmation link goes: the signature is made from this address */
  email: string;
  letterId: string | number;
  /** The organisation signing, created without members */
  organisationName: string;
  signerName: string;
  signerTitle: string;
  /** The organisation's website: an address at its domain (or a subdomain) signs verified (and, by open sign-on with autoApproveVerified, is approved at once) */
  website?: string | null | undefined;
};

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

export type SaveTranslationInput = {
  /** Markdown */
  body: string;
  /** A BCP 47 language tag, stored canonical (zh-hans: zh-Hans); not the original's language */
  language: string;
  letterId: string | number;
  title: string;
  /** Who translated it, as credited; omitted, none */
  translator?: string | null | undefined;
};

export type SignByInvitationInput = {
  /** Stay signed across minor edits (typo fixes: at most 5 words, no number; contract stage 6), each mailed with a link to object; omitted, the current setting stands */
  acceptMinorEdits?: boolean | null | undefined;
  /** Sign without being named to anyone but the lead organisations; omitted, the current setting stands */
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
  /** The organisation signing, created without members */
  organisationName: string;
  signerName: string;
  signerTitle: string;
  /** The token of the invitation mail's link: the proof of the mailbox it was sent to */
  token: string;
  /** The organisation's website: an address at its domain (or a subdomain) signs verified (and, by open sign-on with autoApproveVerified, is approved at once) */
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

export type SignatoryOrder =
  | 'ALPHABETICAL'
  | 'LEADS_FIRST'
  | 'SIGNED_AT';

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

/** DRAFT: saved, not yet approved (leads only). APPROVED: approved by a lead, shown beside the original. OUTDATED: the original was revised materially since; saved again, it is a DRAFT on the current version. */
export type TranslationStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'OUTDATED';

export type WebhookEvent =
  | 'DELIVERY_CHANGED'
  | 'ENDORSEMENT_NEEDS_RECONFIRMATION'
  | 'ENDORSEMENT_SIGNED'
  | 'ENDORSEMENT_WITHDRAWN'
  | 'LETTER_CLOSED'
  | 'LETTER_DELIVERED'
  | 'LETTER_OPENED'
  | 'SUPPORTER_CONFIRMED';

export type WithdrawInput = {
  endorsementId: string | number;
  reason?: string | null | undefined;
};

export type AbuseInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type AbuseInviteMemberMutation = { inviteMember: { id: string } };

export type AbuseInviteEndorsersMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type AbuseInviteEndorsersMutation = { inviteEndorsers: Array<{ id: string }> };

export type AbuseResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type AbuseResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type AbuseLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AbuseLogInMutation = { logIn: { accessToken: string } };

export type AbuseMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AbuseMeQuery = { me: { emailVerified: boolean } };

export type AbuseOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AbuseOrganisationsQuery = { organisations: { totalCount: number } };

export type AbuseVerifyEmailMutationVariables = Exact<{
  t: string;
}>;


export type AbuseVerifyEmailMutation = { verifyEmail: { id: string } };

export type AccountsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMeQuery = { me: { id: string, email: string, name: string, emailVerified: boolean, memberships: Array<{ id: string }> } };

export type AccountsLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AccountsLogInMutation = { logIn: { accessToken: string, refreshToken: string, user: { id: string, email: string } } };

export type AccountsLogInUnverifiedMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AccountsLogInUnverifiedMutation = { logIn: { user: { emailVerified: boolean } } };

export type AccountsRefreshSessionMutationVariables = Exact<{
  t: string;
}>;


export type AccountsRefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string, user: { id: string } } };

export type AccountsVerifyEmailMutationVariables = Exact<{
  t: string;
}>;


export type AccountsVerifyEmailMutation = { verifyEmail: { email: string, emailVerified: boolean } };

export type AccountsLogOutMutationVariables = Exact<{
  t: string;
}>;


export type AccountsLogOutMutation = { logOut: boolean };

export type EndorsementsCountsChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type EndorsementsCountsChangedSubscription = { letterCountsChanged: { signed: number, anonymous: number, needsReconfirmation: number } };

export type OrganisationApiKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationApiKeysQuery = { organisation: { id: string, apiKeys: Array<{ id: string, name: string, lastUsedAt: string | null }>, members: Array<{ id: string }> } | null };

export type KeyInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type KeyInviteMemberMutation = { inviteMember: { id: string } };

export type KeySetSecurityMutationVariables = Exact<{
  id: string | number;
}>;


export type KeySetSecurityMutation = { setOrganisationSecurity: { id: string } };

export type KeyMeQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyMeQuery = { me: { id: string } };

export type KeyLetterQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyLetterQuery = { letter: { id: string, title: string, recipients: Array<{ name: string }> } | null };

export type KeyCreateLetterMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type KeyCreateLetterMutation = { createLetter: { id: string } };

export type BackupLetterAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type BackupLetterAuditQuery = { letter: { endorsements: { totalCount: number, edges: Array<{ node: { id: string, organisation: { id: string } } }> } } | null, auditTrail: { verified: boolean, events: Array<{ kind: string, organisationId: string | null }> } };

export type BackupVerifyReceiptQueryVariables = Exact<{
  r: string;
}>;


export type BackupVerifyReceiptQuery = { verifyReceipt: { valid: boolean, current: boolean } };

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

export type DeliveryRetryDeliveryQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryRetryDeliveryQuery = { letter: { deliveries: Array<{ id: string, status: DeliveryStatus, attempts: number, messageId: string | null, nextAttemptAt: string | null, lastError: string | null }> } | null };

export type DeliveryRetryRetryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryRetryRetryMutation = { retryDelivery: { id: string, status: DeliveryStatus, messageId: string | null, nextAttemptAt: string | null } };

export type EdgesOrganisationBySlugQueryVariables = Exact<{
  v?: string | null | undefined;
}>;


export type EdgesOrganisationBySlugQuery = { organisation: { id: string } | null };

export type EdgesOrganisationsBySearchQueryVariables = Exact<{
  v?: string | null | undefined;
}>;


export type EdgesOrganisationsBySearchQuery = { organisations: { totalCount: number } };

export type EdgesOrganisationsByCountryQueryVariables = Exact<{
  v?: string | null | undefined;
}>;


export type EdgesOrganisationsByCountryQuery = { organisations: { totalCount: number } };

export type EdgesLetterBySlugQueryVariables = Exact<{
  v?: string | null | undefined;
}>;


export type EdgesLetterBySlugQuery = { letter: { id: string } | null };

export type EdgesRemoveMemberMutationVariables = Exact<{
  v: string | number;
}>;


export type EdgesRemoveMemberMutation = { removeMember: boolean };

export type EdgesVerifyEmailMutationVariables = Exact<{
  v: string;
}>;


export type EdgesVerifyEmailMutation = { verifyEmail: { id: string } };

export type EdgesInviteEndorsersMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type EdgesInviteEndorsersMutation = { inviteEndorsers: Array<{ id: string }> };

export type EdgesCreateOrganisationNameMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type EdgesCreateOrganisationNameMutation = { createOrganisation: { name: string } };

export type EdgesCreateLetterBodyMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type EdgesCreateLetterBodyMutation = { createLetter: { currentVersion: { body: string } } };

export type EditionLetterEditionQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type EditionLetterEditionQuery = { letter: { id: string, edition: { id: string, contentHash: string, editionHash: string, deliveredAt: string, unnamedCount: number, supporterCount: number, verifyUrl: string, signatories: Array<{ displayName: string, lead: boolean }> } | null } | null };

export type EmbargoLetterQueryVariables = Exact<{
  slug: string;
}>;


export type EmbargoLetterQuery = { letter: { id: string, title: string, publishAt: string | null, timeline: Array<{ title: string }> } | null };

export type EmbargoLettersQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbargoLettersQuery = { letters: { edges: Array<{ node: { title: string } }> } };

export type EmbargoSetPublicationMutationVariables = Exact<{
  letterId: string | number;
  publishAt?: string | null | undefined;
}>;


export type EmbargoSetPublicationMutation = { setPublication: { id: string, publishAt: string | null } };

export type EmbargoCountsChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type EmbargoCountsChangedSubscription = { letterCountsChanged: { signed: number } };

export type EmbargoEditionQueryVariables = Exact<{
  slug: string;
}>;


export type EmbargoEditionQuery = { letter: { edition: { id: string } | null } | null };

export type EmbargoInviteMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type EmbargoInviteMutation = { inviteEndorsers: Array<{ id: string }> };

export type EmbargoSignByInvitationMutationVariables = Exact<{
  input: SignByInvitationInput;
}>;


export type EmbargoSignByInvitationMutation = { signByInvitation: { status: EndorsementStatus } };

export type EndorsementRulesVerifyQueryVariables = Exact<{
  r: string;
}>;


export type EndorsementRulesVerifyQuery = { verifyReceipt: { valid: boolean, letterId: string | null, organisationName: string | null, contentHash: string | null, signedAt: string | null } };

export type EndorsementRulesAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type EndorsementRulesAuditQuery = { auditTrail: { verified: boolean, events: Array<{ seq: number, kind: string, organisationId: string | null, hash: string, prevHash: string }> } };

export type EndorsementRulesWithdrawMutationVariables = Exact<{
  i: WithdrawInput;
}>;


export type EndorsementRulesWithdrawMutation = { withdrawEndorsement: { status: EndorsementStatus } };

export type EndorsementRulesLetterVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type EndorsementRulesLetterVersionsQuery = { letter: { status: LetterStatus, versions: Array<{ number: number }> } | null };

export type EndorsementRulesInviteEndorsersMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type EndorsementRulesInviteEndorsersMutation = { inviteEndorsers: Array<{ id: string }> };

export type EndorsementRulesCommentMutationVariables = Exact<{
  input: CommentInput;
}>;


export type EndorsementRulesCommentMutation = { commentOnLetter: { id: string } };

export type EndorsementRulesLetterEndorsementsQueryVariables = Exact<{
  id: string | number;
}>;


export type EndorsementRulesLetterEndorsementsQuery = { letter: { endorsements: { edges: Array<{ node: { status: EndorsementStatus, signedVersion: { number: number } } }> } } | null };

export type EndorsementsCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type EndorsementsCountsQuery = { letter: { counts: { signed: number, anonymous: number, needsReconfirmation: number, withdrawn: number, declined: number, invited: number, supporters: number } } | null };

export type EndorsementsSignatoriesQueryVariables = Exact<{
  id: string | number;
  order?: SignatoryOrder | null | undefined;
  country?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EndorsementsSignatoriesQuery = { letter: { signatories: { totalCount: number, anonymousCount: number, edges: Array<{ cursor: string, node: { displayName: string, country: string | null, organisationSlug: string, lead: boolean, signedAt: string, organisation: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type EndorsementsAddCoLeadMutationVariables = Exact<{
  i: AddCoLeadInput;
}>;


export type EndorsementsAddCoLeadMutation = { addCoLead: { id: string } };

export type EndorsementsAcceptCoLeadMutationVariables = Exact<{
  l: string | number;
  o: string | number;
}>;


export type EndorsementsAcceptCoLeadMutation = { acceptCoLead: { id: string } };

export type EndorsementsInviteOrganisationsMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type EndorsementsInviteOrganisationsMutation = { inviteEndorsers: Array<{ id: string, status: InvitationStatus, organisation: { id: string } | null }> };

export type EndorsementsInviteByEmailMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type EndorsementsInviteByEmailMutation = { inviteEndorsers: Array<{ id: string }> };

export type EndorsementsAcceptInvitationMutationVariables = Exact<{
  t: string;
  o: string | number;
}>;


export type EndorsementsAcceptInvitationMutation = { acceptInvitation: { status: InvitationStatus, organisation: { id: string } | null } };

export type EndorsementsCurrentHashQueryVariables = Exact<{
  id: string | number;
}>;


export type EndorsementsCurrentHashQuery = { letter: { currentVersion: { contentHash: string } } | null };

export type EndorsementsDeclineMutationVariables = Exact<{
  t: string;
}>;


export type EndorsementsDeclineMutation = { declineInvitation: { status: InvitationStatus } };

export type EndorsementsWithdrawMutationVariables = Exact<{
  i: WithdrawInput;
}>;


export type EndorsementsWithdrawMutation = { withdrawEndorsement: { status: EndorsementStatus } };

export type EndorsementsSignedEndorsementsQueryVariables = Exact<{
  id: string | number;
}>;


export type EndorsementsSignedEndorsementsQuery = { letter: { endorsements: { totalCount: number } } | null };

export type EndorsementsEndorsementsQueryVariables = Exact<{
  id: string | number;
}>;


export type EndorsementsEndorsementsQuery = { letter: { endorsements: { totalCount: number } } | null };

export type HardeningIntrospectionQueryVariables = Exact<{ [key: string]: never; }>;


export type HardeningIntrospectionQuery = { __schema: { queryType: { name: string | null } } };

export type HardeningTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type HardeningTypenameQuery = { __typename: 'Query' };

export type HardeningLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type HardeningLogInMutation = { logIn: { accessToken: string } };

export type HiddenErrorsCommentMutationVariables = Exact<{
  input: CommentInput;
}>;


export type HiddenErrorsCommentMutation = { commentOnLetter: { id: string } };

export type HiddenErrorsResolveMutationVariables = Exact<{
  id: string | number;
}>;


export type HiddenErrorsResolveMutation = { resolveComment: { resolved: boolean } };

export type LeadsOnlyFieldsRecipientFragment = { e2: string | null, p2: string | null };

export type LeadsOnlyFieldsLetterFragment = { recipients: Array<{ e2: string | null, p2: string | null }>, petition: { blockedEmailDomains: Array<string> | null, blockedIpRanges: Array<string> | null } | null };

export type LeadsOnlyFieldsProbeQueryVariables = Exact<{
  slug: string;
}>;


export type LeadsOnlyFieldsProbeQuery = { letter: { a: Array<{ email: string | null, postalAddress: string | null }>, b: Array<{ email: string | null }>, deliveries: Array<{ id: string }>, targetDeliveries: Array<{ constituents: number }>, recipients: Array<{ e2: string | null, p2: string | null }>, petition: { blockedEmailDomains: Array<string> | null, blockedIpRanges: Array<string> | null } | null } | null, letters: { edges: Array<{ node: { id: string, recipients: Array<{ email: string | null, postalAddress: string | null }>, petition: { blockedEmailDomains: Array<string> | null, blockedIpRanges: Array<string> | null } | null } }> } };

export type LettersReviseMutationVariables = Exact<{
  input: ReviseLetterInput;
}>;


export type LettersReviseMutation = { reviseLetter: { id: string, number: number, contentHash: string, material: boolean, note: string | null } };

export type LettersOpenMutationVariables = Exact<{
  id: string | number;
}>;


export type LettersOpenMutation = { openLetter: { id: string, status: LetterStatus } };

export type LettersCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type LettersCloseMutation = { closeLetter: { id: string, status: LetterStatus } };

export type LettersCommentMutationVariables = Exact<{
  input: CommentInput;
}>;


export type LettersCommentMutation = { commentOnLetter: { id: string, paragraph: number | null, resolved: boolean, author: { name: string, email: string }, version: { number: number } } };

export type LettersVersionsAndDiffQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersVersionsAndDiffQuery = { letter: { diff: string, versions: Array<{ number: number }>, currentVersion: { number: number } } | null };

export type LettersPrivateLetterQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersPrivateLetterQuery = { letter: { id: string, title: string } | null };

export type LettersPrivateVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersPrivateVersionsQuery = { letter: { versions: Array<{ body: string }> } | null };

export type LettersPrivateCommentsQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersPrivateCommentsQuery = { letter: { comments: Array<{ body: string }> } | null };

export type LettersPrivateDiffQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersPrivateDiffQuery = { letter: { diff: string } | null };

export type LettersAddCoLeadMutationVariables = Exact<{
  input: AddCoLeadInput;
}>;


export type LettersAddCoLeadMutation = { addCoLead: { id: string } };

export type LettersCountQueryVariables = Exact<{ [key: string]: never; }>;


export type LettersCountQuery = { letters: { totalCount: number } };

export type LettersAcceptCoLeadMutationVariables = Exact<{
  l: string | number;
  o: string | number;
}>;


export type LettersAcceptCoLeadMutation = { acceptCoLead: { leadOrganisations: Array<{ id: string }> } };

export type LettersCommentAuthorsQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersCommentAuthorsQuery = { letter: { comments: Array<{ body: string, author: { name: string, email: string } }> } | null };

export type LettersResolveCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type LettersResolveCommentMutation = { resolveComment: { resolved: boolean } };

export type LettersCommentListsQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersCommentListsQuery = { letter: { open: Array<{ body: string }>, done: Array<{ body: string }>, all: Array<{ body: string }> } | null };

export type LettersAnonymousReadQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersAnonymousReadQuery = { letter: { status: LetterStatus, versions: Array<{ number: number }>, comments: Array<{ id: string }>, timeline: Array<{ kind: string }> } | null };

export type LettersEarlyDiffQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersEarlyDiffQuery = { letter: { diff: string } | null };

export type LettersOpenListQueryVariables = Exact<{ [key: string]: never; }>;


export type LettersOpenListQuery = { letters: { edges: Array<{ node: { id: string } }> } };

export type LettersTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type LettersTimelineQuery = { letter: { timeline: Array<{ kind: string }> } | null };

export type LettersCreateMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type LettersCreateMutation = { createLetter: { id: string } };

export type LimitsProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsProbeQuery = { __typename: 'Query' };

export type LimitsCreateMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type LimitsCreateMutation = { createLetter: { id: string } };

export type LimitsReviseMutationVariables = Exact<{
  input: ReviseLetterInput;
}>;


export type LimitsReviseMutation = { reviseLetter: { number: number } };

export type LimitsDiffQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsDiffQuery = { letter: { diff: string } | null };

export type LimitsCommentMutationVariables = Exact<{
  input: CommentInput;
}>;


export type LimitsCommentMutation = { commentOnLetter: { id: string } };

export type LimitsListsQueryVariables = Exact<{
  id: string | number;
  n?: number | null | undefined;
}>;


export type LimitsListsQuery = { letter: { versions: Array<{ number: number }>, all: Array<{ number: number }>, comments: Array<{ body: string }>, allComments: Array<{ body: string }>, timeline: Array<{ kind: string }> } | null };

export type LimitsCurrentHashQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsCurrentHashQuery = { letter: { currentVersion: { contentHash: string } } | null };

export type MailLanguageInviteMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type MailLanguageInviteMutation = { inviteEndorsers: Array<{ id: string }> };

export type MailLanguageSetOpenMutationVariables = Exact<{
  letterId: string | number;
}>;


export type MailLanguageSetOpenMutation = { setOpenSignOn: { openSignOn: boolean } };

export type MailLanguageRequestToSignMutationVariables = Exact<{
  input: RequestToSignInput;
}>;


export type MailLanguageRequestToSignMutation = { requestToSign: boolean };

export type MailLanguageConfirmSignOnMutationVariables = Exact<{
  token: string;
}>;


export type MailLanguageConfirmSignOnMutation = { confirmSignOn: { status: EndorsementStatus } };

export type MailLanguageSignPetitionMutationVariables = Exact<{
  input: SignPetitionInput;
}>;


export type MailLanguageSignPetitionMutation = { signPetition: boolean };

export type MailLanguageSignByInvitationMutationVariables = Exact<{
  input: SignByInvitationInput;
}>;


export type MailLanguageSignByInvitationMutation = { signByInvitation: { id: string, status: EndorsementStatus } };

export type MailOutboxVerifyEmailMutationVariables = Exact<{
  t: string;
}>;


export type MailOutboxVerifyEmailMutation = { verifyEmail: { email: string, emailVerified: boolean } };

export type MembershipInvitationsInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type MembershipInvitationsInviteMutation = { inviteMember: { id: string, email: string, role: OrganisationRole, status: MembershipInvitationStatus } };

export type MembershipInvitationsAcceptMutationVariables = Exact<{
  t: string;
}>;


export type MembershipInvitationsAcceptMutation = { acceptMembershipInvitation: { id: string, role: OrganisationRole } };

export type MembershipInvitationsMembersQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type MembershipInvitationsMembersQuery = { organisation: { members: Array<{ id: string, role: OrganisationRole, user: { id: string } }> } | null };

export type MembershipInvitationsListQueryVariables = Exact<{
  id: string | number;
}>;


export type MembershipInvitationsListQuery = { membershipInvitations: Array<{ id: string, email: string, role: OrganisationRole, status: MembershipInvitationStatus, expiresAt: string, invitedBy: { id: string } | null }> };

export type MembershipInvitationsRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type MembershipInvitationsRevokeMutation = { revokeMembershipInvitation: boolean };

export type MembershipInvitationsRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type MembershipInvitationsRemoveMutation = { removeMember: boolean };

export type MembershipInvitationsChangeRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type MembershipInvitationsChangeRoleMutation = { changeMemberRole: { id: string, role: OrganisationRole } };

export type OpenSignOnSetMutationVariables = Exact<{
  letterId: string | number;
  open: boolean;
  autoApproveVerified?: boolean | null | undefined;
}>;


export type OpenSignOnSetMutation = { setOpenSignOn: { id: string, openSignOn: boolean, autoApproveVerified: boolean | null } };

export type OpenSignOnRequestMutationVariables = Exact<{
  input: RequestToSignInput;
}>;


export type OpenSignOnRequestMutation = { requestToSign: boolean };

export type OpenSignOnConfirmMutationVariables = Exact<{
  token: string;
}>;


export type OpenSignOnConfirmMutation = { confirmSignOn: { id: string, status: EndorsementStatus, contentHash: string, displayName: string, anonymous: boolean, signedBy: string | null, organisation: { id: string, name: string, verifiedDomain: string | null } } };

export type OpenSignOnLetterQueryVariables = Exact<{
  id: string | number;
}>;


export type OpenSignOnLetterQuery = { letter: { openSignOn: boolean, autoApproveVerified: boolean | null, counts: { signed: number, anonymous: number, needsReconfirmation: number, withdrawn: number }, signatories: { totalCount: number, anonymousCount: number, edges: Array<{ node: { displayName: string, verified: boolean, organisation: { id: string } } }> } } | null };

export type OpenSignOnQueueQueryVariables = Exact<{
  id: string | number;
}>;


export type OpenSignOnQueueQuery = { letter: { endorsements: { totalCount: number, edges: Array<{ node: { id: string, status: EndorsementStatus, signedBy: string | null, signerName: string, organisation: { name: string } } }> } } | null };

export type OpenSignOnApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenSignOnApproveMutation = { approveEndorsement: { id: string, status: EndorsementStatus } };

export type OpenSignOnRejectMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenSignOnRejectMutation = { rejectEndorsement: { id: string, status: EndorsementStatus } };

export type OpenSignOnByLinkQueryVariables = Exact<{
  token: string;
}>;


export type OpenSignOnByLinkQuery = { endorsementByLink: { id: string, status: EndorsementStatus, contentHash: string } };

export type OpenSignOnReconfirmMutationVariables = Exact<{
  token: string;
  contentHash: string;
}>;


export type OpenSignOnReconfirmMutation = { reconfirmByLink: { id: string, status: EndorsementStatus, contentHash: string } };

export type OpenSignOnRequestByLinkQueryVariables = Exact<{
  token: string;
}>;


export type OpenSignOnRequestByLinkQuery = { signOnRequestByLink: { email: string, organisationName: string, signerName: string, anonymous: boolean, contentHash: string, letter: { slug: string, currentVersion: { contentHash: string } } } };

export type OpenSignOnWithdrawMutationVariables = Exact<{
  token: string;
}>;


export type OpenSignOnWithdrawMutation = { withdrawByLink: { id: string, status: EndorsementStatus } };

export type OrganisationsOrganisationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OrganisationsOrganisationQuery = { organisation: { id: string, name: string, country: string | null, members: Array<{ id: string, role: OrganisationRole, user: { id: string, email: string } }> } | null };

export type OrganisationsInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type OrganisationsInviteMutation = { inviteMember: { id: string, email: string, role: OrganisationRole, organisation: { id: string } } };

export type OrganisationsAcceptMutationVariables = Exact<{
  t: string;
}>;


export type OrganisationsAcceptMutation = { acceptMembershipInvitation: { id: string, role: OrganisationRole, user: { id: string }, organisation: { id: string } } };

export type OrganisationsChangeRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type OrganisationsChangeRoleMutation = { changeMemberRole: { id: string, role: OrganisationRole } };

export type OrganisationsRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type OrganisationsRemoveMutation = { removeMember: boolean };

export type OrganisationsMyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsMyMembershipsQuery = { me: { memberships: Array<{ organisation: { id: string } }> } };

export type OrganisationsListQueryVariables = Exact<{
  search?: string | null | undefined;
  country?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationsListQuery = { organisations: { totalCount: number, edges: Array<{ cursor: string, node: { name: string, country: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OsdiLetterSignersQueryVariables = Exact<{
  id: string | number;
}>;


export type OsdiLetterSignersQuery = { letter: { id: string, signatories: { anonymousCount: number, edges: Array<{ node: { displayName: string } }> }, endorsements: { edges: Array<{ node: { id: string, displayName: string, signerName: string, anonymous: boolean } }> } } | null };

export type OsdiOutsiderSignatoriesQueryVariables = Exact<{
  id: string | number;
}>;


export type OsdiOutsiderSignatoriesQuery = { letter: { signatories: { anonymousCount: number, edges: Array<{ node: { displayName: string } }> } } | null };

export type StartPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeyRegistrationMutation = { startPasskeyRegistration: string };

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  response: string;
  name?: string | null | undefined;
}>;


export type FinishPasskeyRegistrationMutation = { finishPasskeyRegistration: { id: string, name: string, createdAt: string, lastUsedAt: string | null } };

export type StartPasskeyLogInMutationVariables = Exact<{
  email?: string | null | undefined;
}>;


export type StartPasskeyLogInMutation = { startPasskeyLogIn: string };

export type FinishPasskeyLogInMutationVariables = Exact<{
  response: string;
}>;


export type FinishPasskeyLogInMutation = { finishPasskeyLogIn: { accessToken: string, refreshToken: string, user: { id: string } } };

export type RemovePasskeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePasskeyMutation = { removePasskey: boolean };

export type MyPasskeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPasskeysQuery = { me: { id: string, passkeys: Array<{ id: string, name: string, lastUsedAt: string | null }> }, sessions: Array<{ current: boolean, methods: Array<string> }> };

export type RequirePhishingResistantMutationVariables = Exact<{
  id: string | number;
  on?: boolean | null | undefined;
}>;


export type RequirePhishingResistantMutation = { setOrganisationSecurity: { id: string, requireTwoFactor: boolean, requirePhishingResistant: boolean } };

export type LeadEndorsementsQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadEndorsementsQuery = { letter: { endorsements: { totalCount: number, edges: Array<{ node: { displayName: string, anonymous: boolean } }> } } | null };

export type PetitionCountCrowdedPageQueryVariables = Exact<{
  slug: string;
}>;


export type PetitionCountCrowdedPageQuery = { letter: { title: string, counts: { signed: number, supporters: number }, signatories: { totalCount: number } } | null };

export type PetitionCountCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type PetitionCountCloseMutation = { closeLetter: { id: string } };

export type PetitionCountStatusQueryVariables = Exact<{
  s: string;
}>;


export type PetitionCountStatusQuery = { letter: { status: LetterStatus } | null };

export type PetitionScaleSupportersByCountryQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionScaleSupportersByCountryQuery = { letter: { supportersByCountry: Array<{ country: string, count: number }> } | null };

export type PetitionWithdrawSignatureMutationVariables = Exact<{
  t: string;
}>;


export type PetitionWithdrawSignatureMutation = { withdrawSignature: boolean };

export type PetitionEraseSupporterDataMutationVariables = Exact<{
  t: string;
}>;


export type PetitionEraseSupporterDataMutation = { eraseSupporterData: boolean };

export type PetitionInvalidateSignaturesMutationVariables = Exact<{
  input: InvalidateSignaturesInput;
}>;


export type PetitionInvalidateSignaturesMutation = { invalidateSignatures: number };

export type PetitionCloseLetterMutationVariables = Exact<{
  id: string | number;
}>;


export type PetitionCloseLetterMutation = { closeLetter: { id: string } };

export type PetitionViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionViewQuery = { letter: { goal: number | null, counts: { supporters: number }, supportersByCountry: Array<{ country: string, count: number }>, supporters: { totalCount: number, edges: Array<{ node: { name: string } }> }, timeline: Array<{ kind: string, title: string }>, petition: { consentText: string | null, minimumAge: number | null } | null } | null };

export type PetitionSupporterNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionSupporterNamesQuery = { letter: { supporters: { edges: Array<{ node: { name: string } }> } } | null };

export type PetitionEditionQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionEditionQuery = { letter: { edition: { supporterCount: number } | null } | null };

export type PetitionCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionCountsQuery = { letter: { counts: { supporters: number }, supportersByCountry: Array<{ country: string, count: number }> } | null };

export type RepresentativesImportRepresentativesQueryVariables = Exact<{
  postcode: string;
  areaType?: string | null | undefined;
}>;


export type RepresentativesImportRepresentativesQuery = { representatives: Array<{ id: string, name: string, title: string | null, email: string | null, party: string | null, area: { code: string, name: string, type: string } | null }> };

export type RepresentativesLookupUpsertTargetsMutationVariables = Exact<{
  input: Array<TargetInput> | TargetInput;
}>;


export type RepresentativesLookupUpsertTargetsMutation = { upsertTargets: Array<{ id: string, name: string, title: string | null, email: string | null, party: string | null, area: { code: string, name: string, type: string } | null }> };

export type RepresentativesLookupRepresentativesQueryVariables = Exact<{
  postcode: string;
  areaType?: string | null | undefined;
}>;


export type RepresentativesLookupRepresentativesQuery = { representatives: Array<{ id: string, name: string, title: string | null, email: string | null, party: string | null, area: { code: string, name: string, type: string } | null }> };

export type RepresentativesLookupTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type RepresentativesLookupTypenameQuery = { __typename: 'Query' };

export type RepresentativesLookupLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type RepresentativesLookupLogInMutation = { logIn: { accessToken: string } };

export type RepresentativesSafetyUpsertTargetsMutationVariables = Exact<{
  input: Array<TargetInput> | TargetInput;
}>;


export type RepresentativesSafetyUpsertTargetsMutation = { upsertTargets: Array<{ email: string | null }> };

export type RepresentativesSafetyRepresentativesQueryVariables = Exact<{
  postcode: string;
  areaType?: string | null | undefined;
}>;


export type RepresentativesSafetyRepresentativesQuery = { representatives: Array<{ id: string, name: string, title: string | null, email: string | null, party: string | null, area: { code: string, name: string, type: string } | null }> };

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

export type ResilienceLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type ResilienceLogInMutation = { logIn: { accessToken: string } };

export type ResilienceCreateLetterMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type ResilienceCreateLetterMutation = { createLetter: { id: string, currentVersion: { contentHash: string } } };

export type ResilienceEndorseMutationVariables = Exact<{
  input: EndorseInput;
}>;


export type ResilienceEndorseMutation = { endorseLetter: { id: string, status: EndorsementStatus } };

export type ResilienceReadLetterQueryVariables = Exact<{
  id: string | number;
}>;


export type ResilienceReadLetterQuery = { letter: { id: string, title: string, status: LetterStatus } | null };

export type ResilienceLetterCountsChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ResilienceLetterCountsChangedSubscription = { letterCountsChanged: { signed: number } };

export type ResponseBudgetVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseBudgetVersionsQuery = { letter: { versions: Array<{ body: string }> } | null };

export type ResponseBudgetCurrentVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseBudgetCurrentVersionQuery = { letter: { currentVersion: { body: string } } | null };

export type RoleMatrixLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type RoleMatrixLogInMutation = { logIn: { refreshToken: string } };

export type RoleMatrixReauthenticateMutationVariables = Exact<{
  password?: string | null | undefined;
}>;


export type RoleMatrixReauthenticateMutation = { reauthenticate: { accessToken: string } };

export type RoleMatrixStartPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type RoleMatrixStartPasskeyRegistrationMutation = { startPasskeyRegistration: string };

export type RoleMatrixFinishPasskeyRegistrationMutationVariables = Exact<{
  response: string;
}>;


export type RoleMatrixFinishPasskeyRegistrationMutation = { finishPasskeyRegistration: { id: string } };

export type RoleMatrixStartPasskeyLogInMutationVariables = Exact<{ [key: string]: never; }>;


export type RoleMatrixStartPasskeyLogInMutation = { startPasskeyLogIn: string };

export type RoleMatrixCommentMutationVariables = Exact<{
  input: CommentInput;
}>;


export type RoleMatrixCommentMutation = { commentOnLetter: { id: string } };

export type RoleMatrixSignByInvitationMutationVariables = Exact<{
  input: SignByInvitationInput;
}>;


export type RoleMatrixSignByInvitationMutation = { signByInvitation: { id: string } };

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

export type SignByInvitationInvitationQueryVariables = Exact<{
  token: string;
}>;


export type SignByInvitationInvitationQuery = { invitationByLink: { id: string, status: InvitationStatus, email: string | null, name: string | null, organisation: { id: string, name: string } | null, letter: { id: string, title: string, status: LetterStatus, endorsementDeadline: string | null, currentVersion: { number: number, contentHash: string, body: string }, leadOrganisations: Array<{ name: string }>, signatories: { totalCount: number, anonymousCount: number, edges: Array<{ node: { displayName: string } }> } } } };

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

export type SignByInvitationDirectoryQueryVariables = Exact<{
  search: string;
  id: string | number;
}>;


export type SignByInvitationDirectoryQuery = { organisations: { totalCount: number }, organisation: { id: string } | null };

export type SignByInvitationWithdrawByAccountMutationVariables = Exact<{
  input: WithdrawInput;
}>;


export type SignByInvitationWithdrawByAccountMutation = { withdrawEndorsement: { status: EndorsementStatus } };

export type SignByInvitationRejectMutationVariables = Exact<{
  id: string | number;
}>;


export type SignByInvitationRejectMutation = { rejectEndorsement: { status: EndorsementStatus } };

export type SignByInvitationMyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignByInvitationMyMembershipsQuery = { me: { memberships: Array<{ role: OrganisationRole, organisation: { id: string } }> } };

export type SubscriptionsAccessInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type SubscriptionsAccessInviteMutation = { inviteMember: { id: string } };

export type SubscriptionsAccessMembersQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type SubscriptionsAccessMembersQuery = { organisation: { members: Array<{ id: string, user: { id: string } }> } | null };

export type SubscriptionsAccessRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsAccessRemoveMutation = { removeMember: boolean };

export type SubscriptionsAccessDeliveryChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsAccessDeliveryChangedSubscription = { deliveryChanged: { status: DeliveryStatus, recipient: { name: string } } };

export type SubscriptionsAccessCountsChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsAccessCountsChangedSubscription = { letterCountsChanged: { invited: number } };

export type SubscriptionsAccessEventMutationVariables = Exact<{
  input: DeliveryEventInput;
}>;


export type SubscriptionsAccessEventMutation = { recordDeliveryEvent: { status: DeliveryStatus } };

export type SubscriptionsAccessInviteEndorsersMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type SubscriptionsAccessInviteEndorsersMutation = { inviteEndorsers: Array<{ id: string }> };

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

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string, name: string, organisationId: string, createdAt: string, lastUsedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  apiKeyId: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: boolean };

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

export type WebhooksCreateMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type WebhooksCreateMutation = { createWebhook: { secret: string, webhook: { id: string, url: string, events: Array<WebhookEvent>, letterId: string | null, enabled: boolean, publicKey: string } } };

export type TimelinePostUpdateMutationVariables = Exact<{
  input: PostUpdateInput;
}>;


export type TimelinePostUpdateMutation = { postUpdate: { id: string, kind: string, title: string, body: string | null, occurredAt: string } };

export type TimelineTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type TimelineTimelineQuery = { letter: { timeline: Array<{ kind: string, title: string, body: string | null, occurredAt: string }> } | null };

export type TranslationPdfsSaveMutationVariables = Exact<{
  input: SaveTranslationInput;
}>;


export type TranslationPdfsSaveMutation = { saveTranslation: { id: string, status: TranslationStatus } };

export type TranslationPdfsApproveMutationVariables = Exact<{
  translationId: string | number;
}>;


export type TranslationPdfsApproveMutation = { approveTranslation: { id: string, status: TranslationStatus } };

export type TranslationPdfsEditionQueryVariables = Exact<{
  id: string | number;
}>;


export type TranslationPdfsEditionQuery = { letter: { currentVersion: { contentHash: string }, edition: { id: string, contentHash: string, editionHash: string, translations: Array<{ language: string, contentHash: string, pdfUrl: string }> } | null } | null };

export type TranslationsSaveMutationVariables = Exact<{
  input: SaveTranslationInput;
}>;


export type TranslationsSaveMutation = { saveTranslation: { id: string, language: string, title: string, body: string, contentHash: string, translator: string | null, status: TranslationStatus, basedOnVersion: number, approvedAt: string | null, updatedAt: string } };

export type TranslationsApproveMutationVariables = Exact<{
  translationId: string | number;
}>;


export type TranslationsApproveMutation = { approveTranslation: { id: string, status: TranslationStatus, basedOnVersion: number, approvedAt: string | null } };

export type TranslationsDeleteMutationVariables = Exact<{
  translationId: string | number;
}>;


export type TranslationsDeleteMutation = { deleteTranslation: boolean };

export type TranslationsReadQueryVariables = Exact<{
  id: string | number;
  status?: TranslationStatus | null | undefined;
  language: string;
}>;


export type TranslationsReadQuery = { letter: { language: string, translations: Array<{ id: string, language: string, title: string, status: TranslationStatus, contentHash: string, basedOnVersion: number }>, translation: { id: string, language: string, title: string, body: string, translator: string | null, status: TranslationStatus } | null } | null };

export type TranslationsDiffQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;


export type TranslationsDiffQuery = { letter: { diff: string } | null };

export type TranslationsEditionQueryVariables = Exact<{
  id: string | number;
}>;


export type TranslationsEditionQuery = { letter: { slug: string, edition: { id: string, contentHash: string, editionHash: string, unnamedCount: number, supporterCount: number, signatories: Array<{ displayName: string }>, translations: Array<{ language: string, contentHash: string, pdfUrl: string }> } | null } | null };

export type TranslationsCreateLetterMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type TranslationsCreateLetterMutation = { createLetter: { id: string } };

export type TranslationsRaceReviseMutationVariables = Exact<{
  input: ReviseLetterInput;
}>;


export type TranslationsRaceReviseMutation = { reviseLetter: { number: number } };

export type TrustAccessInviteMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type TrustAccessInviteMutation = { inviteEndorsers: Array<{ id: string, status: InvitationStatus }> };

export type TrustAccessReadQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessReadQuery = { letter: { id: string, currentVersion: { body: string } } | null };

export type TrustAccessVerifyReceiptQueryVariables = Exact<{
  r: string;
}>;


export type TrustAccessVerifyReceiptQuery = { verifyReceipt: { valid: boolean, current: boolean, contentHash: string | null } };

export type TrustAccessCommentMutationVariables = Exact<{
  input: CommentInput;
}>;


export type TrustAccessCommentMutation = { commentOnLetter: { id: string } };

export type TrustAccessLeadViewQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessLeadViewQuery = { letter: { recipients: Array<{ email: string | null }>, endorsements: { edges: Array<{ node: { anonymous: boolean, organisation: { name: string } } }> } } | null };

export type TrustAccessDeclineMutationVariables = Exact<{
  t: string;
}>;


export type TrustAccessDeclineMutation = { declineInvitation: { status: InvitationStatus } };

export type TrustAccessDeclineAndReadMutationVariables = Exact<{
  t: string;
}>;


export type TrustAccessDeclineAndReadMutation = { declineInvitation: { status: InvitationStatus, letter: { currentVersion: { body: string } } } };

export type TrustAccessLetterIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessLetterIdQuery = { letter: { id: string } | null };

export type TrustAccessAcceptMutationVariables = Exact<{
  t: string;
  o: string | number;
}>;


export type TrustAccessAcceptMutation = { acceptInvitation: { status: InvitationStatus } };

export type TrustAccessWithdrawMutationVariables = Exact<{
  input: WithdrawInput;
}>;


export type TrustAccessWithdrawMutation = { withdrawEndorsement: { status: EndorsementStatus } };

export type TrustAccessVerifyDomainMutationVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessVerifyDomainMutation = { verifyOrganisationDomain: { verifiedDomain: string | null } };

export type TrustAccessCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type TrustAccessCreateOrganisationMutation = { createOrganisation: { id: string } };

export type TrustAccessRejectMutationVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessRejectMutation = { rejectEndorsement: { status: EndorsementStatus } };

export type TrustAccessCommentsQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessCommentsQuery = { letter: { comments: Array<{ id: string }> } | null };

export type TrustAccessSignatoriesQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessSignatoriesQuery = { letter: { counts: { signed: number }, signatories: { edges: Array<{ node: { displayName: string, verified: boolean } }> } } | null };

export type TrustAccessAuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessAuditTrailQuery = { auditTrail: { verified: boolean, headHash: string, checkpoint: string, events: Array<{ hash: string }> } };

export type TrustAccessAuditHeadQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustAccessAuditHeadQuery = { auditTrail: { headHash: string } };

export type TrustSigningSignatoriesQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustSigningSignatoriesQuery = { letter: { counts: { signed: number, anonymous: number }, signatories: { totalCount: number, anonymousCount: number, edges: Array<{ node: { displayName: string, organisationSlug: string } }> } } | null };

export type TrustSigningWithdrawEndorsementMutationVariables = Exact<{
  input: WithdrawInput;
}>;


export type TrustSigningWithdrawEndorsementMutation = { withdrawEndorsement: { status: EndorsementStatus } };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string, emailVerified: boolean } };

export type Trust3BadgeSignatoriesQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3BadgeSignatoriesQuery = { letter: { counts: { signed: number }, signatories: { edges: Array<{ node: { displayName: string, verified: boolean, verifiedDomain: string | null } }> } } | null };

export type Trust3BadgeEndorsementsQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3BadgeEndorsementsQuery = { letter: { endorsements: { edges: Array<{ node: { id: string, status: EndorsementStatus, displayName: string, organisation: { name: string, verifiedDomain: string | null } } }> } } | null };

export type Trust3BadgeApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type Trust3BadgeApproveMutation = { approveEndorsement: { id: string, status: EndorsementStatus, displayName: string } };

export type Trust3BadgeVerifyDomainMutationVariables = Exact<{
  id: string | number;
}>;


export type Trust3BadgeVerifyDomainMutation = { verifyOrganisationDomain: { verifiedDomain: string | null } };

export type Trust3BadgeEditionQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3BadgeEditionQuery = { letter: { edition: { id: string, signatories: Array<{ displayName: string, verified: boolean, verifiedDomain: string | null }> } | null } | null };

export type Trust3BadgeCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type Trust3BadgeCreateOrganisationMutation = { createOrganisation: { id: string } };

export type Trust3BadgeAddCoLeadMutationVariables = Exact<{
  input: AddCoLeadInput;
}>;


export type Trust3BadgeAddCoLeadMutation = { addCoLead: { id: string } };

export type Trust3BadgeAcceptCoLeadMutationVariables = Exact<{
  l: string | number;
  o: string | number;
}>;


export type Trust3BadgeAcceptCoLeadMutation = { acceptCoLead: { id: string } };

export type Trust3BudgetTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type Trust3BudgetTypenameQuery = { __typename: 'Query' };

export type Trust3BudgetTwoTimelinesQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3BudgetTwoTimelinesQuery = { letter: { a: Array<{ body: string | null }>, b: Array<{ body: string | null }> } | null };

export type Trust3BudgetSmallPagesQueryVariables = Exact<{
  id: string | number;
  n?: number | null | undefined;
}>;


export type Trust3BudgetSmallPagesQuery = { letter: { t0: Array<{ id: string, kind: string, title: string, body: string | null, occurredAt: string }>, t1: Array<{ id: string, kind: string, title: string, body: string | null, occurredAt: string }>, t2: Array<{ id: string, kind: string, title: string, body: string | null, occurredAt: string }> } | null };

export type Trust3BudgetTimelinePageQueryVariables = Exact<{
  id: string | number;
  n?: number | null | undefined;
}>;


export type Trust3BudgetTimelinePageQuery = { letter: { timeline: Array<{ id: string }> } | null };

export type Trust3InvitationsInviteMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type Trust3InvitationsInviteMutation = { inviteEndorsers: Array<{ id: string }> };

export type Trust3KeysVerifyReceiptQueryVariables = Exact<{
  r: string;
}>;


export type Trust3KeysVerifyReceiptQuery = { verifyReceipt: { valid: boolean, organisationName: string | null } };

export type Trust3KeysCheckpointQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3KeysCheckpointQuery = { auditTrail: { checkpoint: string } };

export type Trust3MinorEditsReviseMutationVariables = Exact<{
  input: ReviseLetterInput;
}>;


export type Trust3MinorEditsReviseMutation = { reviseLetter: { number: number, contentHash: string } };

export type Trust3MinorEditsObjectMutationVariables = Exact<{
  token: string;
}>;


export type Trust3MinorEditsObjectMutation = { objectToMinorEdit: boolean };

export type Trust3MinorEditsConfirmSignatureMutationVariables = Exact<{
  t: string;
}>;


export type Trust3MinorEditsConfirmSignatureMutation = { confirmSignature: { id: string } };

export type Trust3MinorEditsCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3MinorEditsCountsQuery = { letter: { counts: { signed: number, needsReconfirmation: number } } | null };

export type Trust3MinorEditsAuditTrailQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3MinorEditsAuditTrailQuery = { auditTrail: { verified: boolean, events: Array<{ kind: string, organisationId: string | null }> } };

export type Trust3MinorEditsEditionQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3MinorEditsEditionQuery = { letter: { edition: { id: string, contentHash: string, editionHash: string, unnamedCount: number, supporterCount: number, signatories: Array<{ displayName: string, signedVersion: number | null, contentHash: string }>, minorEdits: Array<{ version: number, contentHash: string, diff: string }> } | null } | null };

export type ReauthenticateMutationVariables = Exact<{
  password?: string | null | undefined;
  code?: string | null | undefined;
}>;


export type ReauthenticateMutation = { reauthenticate: { accessToken: string, refreshToken: string, user: { id: string } } };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { sessions: Array<{ id: string, current: boolean }> };

export type Trust3RelaysInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type Trust3RelaysInviteMutation = { inviteMember: { id: string } };

export type Trust3RenderProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type Trust3RenderProbeQuery = { __typename: 'Query' };

export type Trust3RenderEditionIdQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type Trust3RenderEditionIdQuery = { letter: { edition: { id: string } | null } | null };

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

export type Trust3SupportersPublicViewQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3SupportersPublicViewQuery = { letter: { counts: { supporters: number, supportersAwaitingReconfirmation: number }, supporters: { totalCount: number, edges: Array<{ node: { name: string, country: string | null, area: string | null, signedAt: string } }> }, supportersByCountry: Array<{ country: string, count: number }> } | null };

export type Trust3SupportersInCountryQueryVariables = Exact<{
  id: string | number;
}>;


export type Trust3SupportersInCountryQuery = { letter: { supporters: { totalCount: number } } | null };

export type Trust3SupportersWithdrawSignatureMutationVariables = Exact<{
  t: string;
}>;


export type Trust3SupportersWithdrawSignatureMutation = { withdrawSignature: boolean };

export type Trust3SupportersEraseSupporterDataMutationVariables = Exact<{
  t: string;
}>;


export type Trust3SupportersEraseSupporterDataMutation = { eraseSupporterData: boolean };

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

export type WebCoalitionRefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type WebCoalitionRefreshSessionMutation = { refreshSession: { accessToken: string } };

export type WebFieldsMyEndorsementsQueryVariables = Exact<{
  slug: string;
}>;


export type WebFieldsMyEndorsementsQuery = { letter: { myEndorsements: Array<{ status: EndorsementStatus, anonymous: boolean, organisation: { name: string } }> } | null };

export type WebFieldsCoLeadRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type WebFieldsCoLeadRequestsQuery = { organisation: { coLeadRequests: Array<{ letterId: string, slug: string, title: string }> } | null };

export type WebFieldsAddCoLeadMutationVariables = Exact<{
  input: AddCoLeadInput;
}>;


export type WebFieldsAddCoLeadMutation = { addCoLead: { id: string } };

export type WebFieldsAcceptCoLeadMutationVariables = Exact<{
  l: string | number;
  o: string | number;
}>;


export type WebFieldsAcceptCoLeadMutation = { acceptCoLead: { id: string } };

export type WebGuestSigningInviteMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type WebGuestSigningInviteMutation = { inviteEndorsers: Array<{ id: string }> };

export type WebPagesUpsertTargetsMutationVariables = Exact<{
  input: Array<TargetInput> | TargetInput;
}>;


export type WebPagesUpsertTargetsMutation = { upsertTargets: Array<{ id: string }> };

export type WebPagesInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type WebPagesInviteMemberMutation = { inviteMember: { id: string } };

export type WebPagesInviteEndorsersMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type WebPagesInviteEndorsersMutation = { inviteEndorsers: Array<{ id: string }> };

export type WebTranslationsCreateMutationVariables = Exact<{
  input: CreateLetterInput;
}>;


export type WebTranslationsCreateMutation = { createLetter: { id: string, slug: string, currentVersion: { contentHash: string } } };

export type WebTranslationsOpenMutationVariables = Exact<{
  letterId: string | number;
}>;


export type WebTranslationsOpenMutation = { openLetter: { id: string } };

export type WebTranslationsSaveMutationVariables = Exact<{
  input: SaveTranslationInput;
}>;


export type WebTranslationsSaveMutation = { saveTranslation: { id: string, status: TranslationStatus } };

export type WebTranslationsApproveMutationVariables = Exact<{
  translationId: string | number;
}>;


export type WebTranslationsApproveMutation = { approveTranslation: { id: string, status: TranslationStatus } };

export type WebTranslationsSetOpenMutationVariables = Exact<{
  letterId: string | number;
}>;


export type WebTranslationsSetOpenMutation = { setOpenSignOn: { id: string } };

export type WebTranslationsRequestMutationVariables = Exact<{
  input: RequestToSignInput;
}>;


export type WebTranslationsRequestMutation = { requestToSign: boolean };

export type WebTranslationsInviteMutationVariables = Exact<{
  input: InviteEndorsersInput;
}>;


export type WebTranslationsInviteMutation = { inviteEndorsers: Array<{ id: string }> };

export type WebhookAttacksRedeliverMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type WebhookAttacksRedeliverMutation = { redeliverWebhook: { id: string, status: string } };

export type WebhooksRotateMutationVariables = Exact<{
  webhookId: string | number;
}>;


export type WebhooksRotateMutation = { rotateWebhookSecret: { secret: string, webhook: { id: string, publicKey: string } } };

export type WebhooksDeleteMutationVariables = Exact<{
  webhookId: string | number;
}>;


export type WebhooksDeleteMutation = { deleteWebhook: boolean };

export type WebhooksRedeliverMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type WebhooksRedeliverMutation = { redeliverWebhook: { id: string, event: WebhookEvent, status: string, attempts: number } };

export type WebhooksEraseSupporterMutationVariables = Exact<{
  token: string;
}>;


export type WebhooksEraseSupporterMutation = { eraseSupporterData: boolean };

export type WebhooksOfOrganisationQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type WebhooksOfOrganisationQuery = { organisation: { webhooks: Array<{ id: string, url: string, enabled: boolean, events: Array<WebhookEvent>, deliveries: Array<{ id: string, event: WebhookEvent, status: string, attempts: number, lastStatusCode: number | null, nextAttemptAt: string | null, createdAt: string }> }> } | null };

export type WebhooksWithdrawMutationVariables = Exact<{
  input: WithdrawInput;
}>;


export type WebhooksWithdrawMutation = { withdrawEndorsement: { id: string, status: EndorsementStatus } };

export type WebhooksCloseMutationVariables = Exact<{
  letterId: string | number;
}>;


export type WebhooksCloseMutation = { closeLetter: { id: string, status: LetterStatus } };

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
export const LeadsOnlyFieldsRecipientFragmentDoc = new TypedDocumentString(`
    fragment LeadsOnlyFieldsRecipient on Recipient {
  e2: email
  p2: postalAddress
}
    `, {"fragmentName":"LeadsOnlyFieldsRecipient"}) as unknown as TypedDocumentString<LeadsOnlyFieldsRecipientFragment, unknown>;
export const LeadsOnlyFieldsLetterFragmentDoc = new TypedDocumentString(`
    fragment LeadsOnlyFieldsLetter on Letter {
  recipients {
    ...LeadsOnlyFieldsRecipient
  }
  petition {
    ... on PetitionSettings {
      blockedEmailDomains
      blockedIpRanges
    }
  }
}
    fragment LeadsOnlyFieldsRecipient on Recipient {
  e2: email
  p2: postalAddress
}`, {"fragmentName":"LeadsOnlyFieldsLetter"}) as unknown as TypedDocumentString<LeadsOnlyFieldsLetterFragment, unknown>;
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
export const AbuseInviteMemberDocument = new TypedDocumentString(`
    mutation AbuseInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbuseInviteMemberMutation, AbuseInviteMemberMutationVariables>;
export const AbuseInviteEndorsersDocument = new TypedDocumentString(`
    mutation AbuseInviteEndorsers($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbuseInviteEndorsersMutation, AbuseInviteEndorsersMutationVariables>;
export const AbuseResendVerificationEmailDocument = new TypedDocumentString(`
    mutation AbuseResendVerificationEmail {
  resendVerificationEmail
}
    `) as unknown as TypedDocumentString<AbuseResendVerificationEmailMutation, AbuseResendVerificationEmailMutationVariables>;
export const AbuseLogInDocument = new TypedDocumentString(`
    mutation AbuseLogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<AbuseLogInMutation, AbuseLogInMutationVariables>;
export const AbuseMeDocument = new TypedDocumentString(`
    query AbuseMe {
  me {
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<AbuseMeQuery, AbuseMeQueryVariables>;
export const AbuseOrganisationsDocument = new TypedDocumentString(`
    query AbuseOrganisations {
  organisations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AbuseOrganisationsQuery, AbuseOrganisationsQueryVariables>;
export const AbuseVerifyEmailDocument = new TypedDocumentString(`
    mutation AbuseVerifyEmail($t: String!) {
  verifyEmail(token: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbuseVerifyEmailMutation, AbuseVerifyEmailMutationVariables>;
export const AccountsMeDocument = new TypedDocumentString(`
    query AccountsMe {
  me {
    id
    email
    name
    emailVerified
    memberships {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsMeQuery, AccountsMeQueryVariables>;
export const AccountsLogInDocument = new TypedDocumentString(`
    mutation AccountsLogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
    refreshToken
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsLogInMutation, AccountsLogInMutationVariables>;
export const AccountsLogInUnverifiedDocument = new TypedDocumentString(`
    mutation AccountsLogInUnverified($input: LogInInput!) {
  logIn(input: $input) {
    user {
      emailVerified
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsLogInUnverifiedMutation, AccountsLogInUnverifiedMutationVariables>;
export const AccountsRefreshSessionDocument = new TypedDocumentString(`
    mutation AccountsRefreshSession($t: String!) {
  refreshSession(refreshToken: $t) {
    accessToken
    refreshToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsRefreshSessionMutation, AccountsRefreshSessionMutationVariables>;
export const AccountsVerifyEmailDocument = new TypedDocumentString(`
    mutation AccountsVerifyEmail($t: String!) {
  verifyEmail(token: $t) {
    email
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<AccountsVerifyEmailMutation, AccountsVerifyEmailMutationVariables>;
export const AccountsLogOutDocument = new TypedDocumentString(`
    mutation AccountsLogOut($t: String!) {
  logOut(refreshToken: $t)
}
    `) as unknown as TypedDocumentString<AccountsLogOutMutation, AccountsLogOutMutationVariables>;
export const EndorsementsCountsChangedDocument = new TypedDocumentString(`
    subscription EndorsementsCountsChanged($id: ID!) {
  letterCountsChanged(letterId: $id) {
    signed
    anonymous
    needsReconfirmation
  }
}
    `) as unknown as TypedDocumentString<EndorsementsCountsChangedSubscription, EndorsementsCountsChangedSubscriptionVariables>;
export const OrganisationApiKeysDocument = new TypedDocumentString(`
    query OrganisationApiKeys($id: ID!) {
  organisation(id: $id) {
    id
    apiKeys {
      id
      name
      lastUsedAt
    }
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationApiKeysQuery, OrganisationApiKeysQueryVariables>;
export const KeyInviteMemberDocument = new TypedDocumentString(`
    mutation KeyInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyInviteMemberMutation, KeyInviteMemberMutationVariables>;
export const KeySetSecurityDocument = new TypedDocumentString(`
    mutation KeySetSecurity($id: ID!) {
  setOrganisationSecurity(organisationId: $id, requireTwoFactor: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeySetSecurityMutation, KeySetSecurityMutationVariables>;
export const KeyMeDocument = new TypedDocumentString(`
    query KeyMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyMeQuery, KeyMeQueryVariables>;
export const KeyLetterDocument = new TypedDocumentString(`
    query KeyLetter($id: ID!) {
  letter(id: $id) {
    id
    title
    recipients {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<KeyLetterQuery, KeyLetterQueryVariables>;
export const KeyCreateLetterDocument = new TypedDocumentString(`
    mutation KeyCreateLetter($input: CreateLetterInput!) {
  createLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KeyCreateLetterMutation, KeyCreateLetterMutationVariables>;
export const BackupLetterAuditDocument = new TypedDocumentString(`
    query BackupLetterAudit($id: ID!) {
  letter(id: $id) {
    endorsements(first: 100) {
      totalCount
      edges {
        node {
          id
          organisation {
            id
          }
        }
      }
    }
  }
  auditTrail(letterId: $id) {
    verified
    events {
      kind
      organisationId
    }
  }
}
    `) as unknown as TypedDocumentString<BackupLetterAuditQuery, BackupLetterAuditQueryVariables>;
export const BackupVerifyReceiptDocument = new TypedDocumentString(`
    query BackupVerifyReceipt($r: String!) {
  verifyReceipt(receipt: $r) {
    valid
    current
  }
}
    `) as unknown as TypedDocumentString<BackupVerifyReceiptQuery, BackupVerifyReceiptQueryVariables>;
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
export const DeliveryRetryDeliveryDocument = new TypedDocumentString(`
    query DeliveryRetryDelivery($id: ID!) {
  letter(id: $id) {
    deliveries {
      id
      status
      attempts
      messageId
      nextAttemptAt
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryRetryDeliveryQuery, DeliveryRetryDeliveryQueryVariables>;
export const DeliveryRetryRetryDocument = new TypedDocumentString(`
    mutation DeliveryRetryRetry($id: ID!) {
  retryDelivery(deliveryId: $id) {
    id
    status
    messageId
    nextAttemptAt
  }
}
    `) as unknown as TypedDocumentString<DeliveryRetryRetryMutation, DeliveryRetryRetryMutationVariables>;
export const EdgesOrganisationBySlugDocument = new TypedDocumentString(`
    query EdgesOrganisationBySlug($v: String) {
  organisation(slug: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdgesOrganisationBySlugQuery, EdgesOrganisationBySlugQueryVariables>;
export const EdgesOrganisationsBySearchDocument = new TypedDocumentString(`
    query EdgesOrganisationsBySearch($v: String) {
  organisations(search: $v) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EdgesOrganisationsBySearchQuery, EdgesOrganisationsBySearchQueryVariables>;
export const EdgesOrganisationsByCountryDocument = new TypedDocumentString(`
    query EdgesOrganisationsByCountry($v: String) {
  organisations(country: $v) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EdgesOrganisationsByCountryQuery, EdgesOrganisationsByCountryQueryVariables>;
export const EdgesLetterBySlugDocument = new TypedDocumentString(`
    query EdgesLetterBySlug($v: String) {
  letter(slug: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdgesLetterBySlugQuery, EdgesLetterBySlugQueryVariables>;
export const EdgesRemoveMemberDocument = new TypedDocumentString(`
    mutation EdgesRemoveMember($v: ID!) {
  removeMember(membershipId: $v)
}
    `) as unknown as TypedDocumentString<EdgesRemoveMemberMutation, EdgesRemoveMemberMutationVariables>;
export const EdgesVerifyEmailDocument = new TypedDocumentString(`
    mutation EdgesVerifyEmail($v: String!) {
  verifyEmail(token: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdgesVerifyEmailMutation, EdgesVerifyEmailMutationVariables>;
export const EdgesInviteEndorsersDocument = new TypedDocumentString(`
    mutation EdgesInviteEndorsers($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EdgesInviteEndorsersMutation, EdgesInviteEndorsersMutationVariables>;
export const EdgesCreateOrganisationNameDocument = new TypedDocumentString(`
    mutation EdgesCreateOrganisationName($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    name
  }
}
    `) as unknown as TypedDocumentString<EdgesCreateOrganisationNameMutation, EdgesCreateOrganisationNameMutationVariables>;
export const EdgesCreateLetterBodyDocument = new TypedDocumentString(`
    mutation EdgesCreateLetterBody($input: CreateLetterInput!) {
  createLetter(input: $input) {
    currentVersion {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<EdgesCreateLetterBodyMutation, EdgesCreateLetterBodyMutationVariables>;
export const EditionLetterEditionDocument = new TypedDocumentString(`
    query EditionLetterEdition($id: ID) {
  letter(id: $id) {
    id
    edition {
      id
      contentHash
      editionHash
      deliveredAt
      signatories {
        displayName
        lead
      }
      unnamedCount
      supporterCount
      verifyUrl
    }
  }
}
    `) as unknown as TypedDocumentString<EditionLetterEditionQuery, EditionLetterEditionQueryVariables>;
export const EmbargoLetterDocument = new TypedDocumentString(`
    query EmbargoLetter($slug: String!) {
  letter(slug: $slug) {
    id
    title
    publishAt
    timeline {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<EmbargoLetterQuery, EmbargoLetterQueryVariables>;
export const EmbargoLettersDocument = new TypedDocumentString(`
    query EmbargoLetters {
  letters(first: 50) {
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbargoLettersQuery, EmbargoLettersQueryVariables>;
export const EmbargoSetPublicationDocument = new TypedDocumentString(`
    mutation EmbargoSetPublication($letterId: ID!, $publishAt: DateTime) {
  setPublication(letterId: $letterId, publishAt: $publishAt) {
    id
    publishAt
  }
}
    `) as unknown as TypedDocumentString<EmbargoSetPublicationMutation, EmbargoSetPublicationMutationVariables>;
export const EmbargoCountsChangedDocument = new TypedDocumentString(`
    subscription EmbargoCountsChanged($id: ID!) {
  letterCountsChanged(letterId: $id) {
    signed
  }
}
    `) as unknown as TypedDocumentString<EmbargoCountsChangedSubscription, EmbargoCountsChangedSubscriptionVariables>;
export const EmbargoEditionDocument = new TypedDocumentString(`
    query EmbargoEdition($slug: String!) {
  letter(slug: $slug) {
    edition {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EmbargoEditionQuery, EmbargoEditionQueryVariables>;
export const EmbargoInviteDocument = new TypedDocumentString(`
    mutation EmbargoInvite($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmbargoInviteMutation, EmbargoInviteMutationVariables>;
export const EmbargoSignByInvitationDocument = new TypedDocumentString(`
    mutation EmbargoSignByInvitation($input: SignByInvitationInput!) {
  signByInvitation(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<EmbargoSignByInvitationMutation, EmbargoSignByInvitationMutationVariables>;
export const EndorsementRulesVerifyDocument = new TypedDocumentString(`
    query EndorsementRulesVerify($r: String!) {
  verifyReceipt(receipt: $r) {
    valid
    letterId
    organisationName
    contentHash
    signedAt
  }
}
    `) as unknown as TypedDocumentString<EndorsementRulesVerifyQuery, EndorsementRulesVerifyQueryVariables>;
export const EndorsementRulesAuditDocument = new TypedDocumentString(`
    query EndorsementRulesAudit($id: ID!) {
  auditTrail(letterId: $id) {
    verified
    events {
      seq
      kind
      organisationId
      hash
      prevHash
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementRulesAuditQuery, EndorsementRulesAuditQueryVariables>;
export const EndorsementRulesWithdrawDocument = new TypedDocumentString(`
    mutation EndorsementRulesWithdraw($i: WithdrawInput!) {
  withdrawEndorsement(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<EndorsementRulesWithdrawMutation, EndorsementRulesWithdrawMutationVariables>;
export const EndorsementRulesLetterVersionsDocument = new TypedDocumentString(`
    query EndorsementRulesLetterVersions($id: ID!) {
  letter(id: $id) {
    status
    versions {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementRulesLetterVersionsQuery, EndorsementRulesLetterVersionsQueryVariables>;
export const EndorsementRulesInviteEndorsersDocument = new TypedDocumentString(`
    mutation EndorsementRulesInviteEndorsers($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndorsementRulesInviteEndorsersMutation, EndorsementRulesInviteEndorsersMutationVariables>;
export const EndorsementRulesCommentDocument = new TypedDocumentString(`
    mutation EndorsementRulesComment($input: CommentInput!) {
  commentOnLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndorsementRulesCommentMutation, EndorsementRulesCommentMutationVariables>;
export const EndorsementRulesLetterEndorsementsDocument = new TypedDocumentString(`
    query EndorsementRulesLetterEndorsements($id: ID!) {
  letter(id: $id) {
    endorsements {
      edges {
        node {
          status
          signedVersion {
            number
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementRulesLetterEndorsementsQuery, EndorsementRulesLetterEndorsementsQueryVariables>;
export const EndorsementsCountsDocument = new TypedDocumentString(`
    query EndorsementsCounts($id: ID!) {
  letter(id: $id) {
    counts {
      signed
      anonymous
      needsReconfirmation
      withdrawn
      declined
      invited
      supporters
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementsCountsQuery, EndorsementsCountsQueryVariables>;
export const EndorsementsSignatoriesDocument = new TypedDocumentString(`
    query EndorsementsSignatories($id: ID!, $order: SignatoryOrder, $country: String, $first: Int, $after: String) {
  letter(id: $id) {
    signatories(order: $order, country: $country, first: $first, after: $after) {
      totalCount
      anonymousCount
      edges {
        cursor
        node {
          displayName
          country
          organisationSlug
          lead
          signedAt
          organisation {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementsSignatoriesQuery, EndorsementsSignatoriesQueryVariables>;
export const EndorsementsAddCoLeadDocument = new TypedDocumentString(`
    mutation EndorsementsAddCoLead($i: AddCoLeadInput!) {
  addCoLead(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndorsementsAddCoLeadMutation, EndorsementsAddCoLeadMutationVariables>;
export const EndorsementsAcceptCoLeadDocument = new TypedDocumentString(`
    mutation EndorsementsAcceptCoLead($l: ID!, $o: ID!) {
  acceptCoLead(letterId: $l, organisationId: $o) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndorsementsAcceptCoLeadMutation, EndorsementsAcceptCoLeadMutationVariables>;
export const EndorsementsInviteOrganisationsDocument = new TypedDocumentString(`
    mutation EndorsementsInviteOrganisations($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
    status
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementsInviteOrganisationsMutation, EndorsementsInviteOrganisationsMutationVariables>;
export const EndorsementsInviteByEmailDocument = new TypedDocumentString(`
    mutation EndorsementsInviteByEmail($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndorsementsInviteByEmailMutation, EndorsementsInviteByEmailMutationVariables>;
export const EndorsementsAcceptInvitationDocument = new TypedDocumentString(`
    mutation EndorsementsAcceptInvitation($t: String!, $o: ID!) {
  acceptInvitation(token: $t, organisationId: $o) {
    status
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementsAcceptInvitationMutation, EndorsementsAcceptInvitationMutationVariables>;
export const EndorsementsCurrentHashDocument = new TypedDocumentString(`
    query EndorsementsCurrentHash($id: ID!) {
  letter(id: $id) {
    currentVersion {
      contentHash
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementsCurrentHashQuery, EndorsementsCurrentHashQueryVariables>;
export const EndorsementsDeclineDocument = new TypedDocumentString(`
    mutation EndorsementsDecline($t: String!) {
  declineInvitation(token: $t, reason: "Not our mandate") {
    status
  }
}
    `) as unknown as TypedDocumentString<EndorsementsDeclineMutation, EndorsementsDeclineMutationVariables>;
export const EndorsementsWithdrawDocument = new TypedDocumentString(`
    mutation EndorsementsWithdraw($i: WithdrawInput!) {
  withdrawEndorsement(input: $i) {
    status
  }
}
    `) as unknown as TypedDocumentString<EndorsementsWithdrawMutation, EndorsementsWithdrawMutationVariables>;
export const EndorsementsSignedEndorsementsDocument = new TypedDocumentString(`
    query EndorsementsSignedEndorsements($id: ID!) {
  letter(id: $id) {
    endorsements(status: SIGNED, first: 100) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementsSignedEndorsementsQuery, EndorsementsSignedEndorsementsQueryVariables>;
export const EndorsementsEndorsementsDocument = new TypedDocumentString(`
    query EndorsementsEndorsements($id: ID!) {
  letter(id: $id) {
    endorsements {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<EndorsementsEndorsementsQuery, EndorsementsEndorsementsQueryVariables>;
export const HardeningIntrospectionDocument = new TypedDocumentString(`
    query HardeningIntrospection {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HardeningIntrospectionQuery, HardeningIntrospectionQueryVariables>;
export const HardeningTypenameDocument = new TypedDocumentString(`
    query HardeningTypename {
  __typename
}
    `) as unknown as TypedDocumentString<HardeningTypenameQuery, HardeningTypenameQueryVariables>;
export const HardeningLogInDocument = new TypedDocumentString(`
    mutation HardeningLogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<HardeningLogInMutation, HardeningLogInMutationVariables>;
export const HiddenErrorsCommentDocument = new TypedDocumentString(`
    mutation HiddenErrorsComment($input: CommentInput!) {
  commentOnLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HiddenErrorsCommentMutation, HiddenErrorsCommentMutationVariables>;
export const HiddenErrorsResolveDocument = new TypedDocumentString(`
    mutation HiddenErrorsResolve($id: ID!) {
  resolveComment(commentId: $id) {
    resolved
  }
}
    `) as unknown as TypedDocumentString<HiddenErrorsResolveMutation, HiddenErrorsResolveMutationVariables>;
export const LeadsOnlyFieldsProbeDocument = new TypedDocumentString(`
    query LeadsOnlyFieldsProbe($slug: String!) {
  letter(slug: $slug) {
    a: recipients {
      email
      postalAddress
    }
    b: recipients {
      ... on Recipient {
        email
      }
    }
    ...LeadsOnlyFieldsLetter
    deliveries {
      id
    }
    targetDeliveries {
      constituents
    }
  }
  letters(first: 50) {
    edges {
      node {
        id
        recipients {
          email
          postalAddress
        }
        petition {
          blockedEmailDomains
          blockedIpRanges
        }
      }
    }
  }
}
    fragment LeadsOnlyFieldsRecipient on Recipient {
  e2: email
  p2: postalAddress
}
fragment LeadsOnlyFieldsLetter on Letter {
  recipients {
    ...LeadsOnlyFieldsRecipient
  }
  petition {
    ... on PetitionSettings {
      blockedEmailDomains
      blockedIpRanges
    }
  }
}`) as unknown as TypedDocumentString<LeadsOnlyFieldsProbeQuery, LeadsOnlyFieldsProbeQueryVariables>;
export const LettersReviseDocument = new TypedDocumentString(`
    mutation LettersRevise($input: ReviseLetterInput!) {
  reviseLetter(input: $input) {
    id
    number
    contentHash
    material
    note
  }
}
    `) as unknown as TypedDocumentString<LettersReviseMutation, LettersReviseMutationVariables>;
export const LettersOpenDocument = new TypedDocumentString(`
    mutation LettersOpen($id: ID!) {
  openLetter(letterId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LettersOpenMutation, LettersOpenMutationVariables>;
export const LettersCloseDocument = new TypedDocumentString(`
    mutation LettersClose($id: ID!) {
  closeLetter(letterId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LettersCloseMutation, LettersCloseMutationVariables>;
export const LettersCommentDocument = new TypedDocumentString(`
    mutation LettersComment($input: CommentInput!) {
  commentOnLetter(input: $input) {
    id
    paragraph
    resolved
    author {
      name
      email
    }
    version {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<LettersCommentMutation, LettersCommentMutationVariables>;
export const LettersVersionsAndDiffDocument = new TypedDocumentString(`
    query LettersVersionsAndDiff($id: ID!) {
  letter(id: $id) {
    versions {
      number
    }
    currentVersion {
      number
    }
    diff(fromVersion: 1, toVersion: 4)
  }
}
    `) as unknown as TypedDocumentString<LettersVersionsAndDiffQuery, LettersVersionsAndDiffQueryVariables>;
export const LettersPrivateLetterDocument = new TypedDocumentString(`
    query LettersPrivateLetter($id: ID!) {
  letter(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<LettersPrivateLetterQuery, LettersPrivateLetterQueryVariables>;
export const LettersPrivateVersionsDocument = new TypedDocumentString(`
    query LettersPrivateVersions($id: ID!) {
  letter(id: $id) {
    versions {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<LettersPrivateVersionsQuery, LettersPrivateVersionsQueryVariables>;
export const LettersPrivateCommentsDocument = new TypedDocumentString(`
    query LettersPrivateComments($id: ID!) {
  letter(id: $id) {
    comments {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<LettersPrivateCommentsQuery, LettersPrivateCommentsQueryVariables>;
export const LettersPrivateDiffDocument = new TypedDocumentString(`
    query LettersPrivateDiff($id: ID!) {
  letter(id: $id) {
    diff(fromVersion: 1, toVersion: 1)
  }
}
    `) as unknown as TypedDocumentString<LettersPrivateDiffQuery, LettersPrivateDiffQueryVariables>;
export const LettersAddCoLeadDocument = new TypedDocumentString(`
    mutation LettersAddCoLead($input: AddCoLeadInput!) {
  addCoLead(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LettersAddCoLeadMutation, LettersAddCoLeadMutationVariables>;
export const LettersCountDocument = new TypedDocumentString(`
    query LettersCount {
  letters {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LettersCountQuery, LettersCountQueryVariables>;
export const LettersAcceptCoLeadDocument = new TypedDocumentString(`
    mutation LettersAcceptCoLead($l: ID!, $o: ID!) {
  acceptCoLead(letterId: $l, organisationId: $o) {
    leadOrganisations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LettersAcceptCoLeadMutation, LettersAcceptCoLeadMutationVariables>;
export const LettersCommentAuthorsDocument = new TypedDocumentString(`
    query LettersCommentAuthors($id: ID!) {
  letter(id: $id) {
    comments {
      body
      author {
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LettersCommentAuthorsQuery, LettersCommentAuthorsQueryVariables>;
export const LettersResolveCommentDocument = new TypedDocumentString(`
    mutation LettersResolveComment($id: ID!) {
  resolveComment(commentId: $id) {
    resolved
  }
}
    `) as unknown as TypedDocumentString<LettersResolveCommentMutation, LettersResolveCommentMutationVariables>;
export const LettersCommentListsDocument = new TypedDocumentString(`
    query LettersCommentLists($id: ID!) {
  letter(id: $id) {
    open: comments(resolved: false) {
      body
    }
    done: comments(resolved: true) {
      body
    }
    all: comments {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<LettersCommentListsQuery, LettersCommentListsQueryVariables>;
export const LettersAnonymousReadDocument = new TypedDocumentString(`
    query LettersAnonymousRead($id: ID!) {
  letter(id: $id) {
    status
    versions {
      number
    }
    comments {
      id
    }
    timeline {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<LettersAnonymousReadQuery, LettersAnonymousReadQueryVariables>;
export const LettersEarlyDiffDocument = new TypedDocumentString(`
    query LettersEarlyDiff($id: ID!) {
  letter(id: $id) {
    diff(fromVersion: 1, toVersion: 2)
  }
}
    `) as unknown as TypedDocumentString<LettersEarlyDiffQuery, LettersEarlyDiffQueryVariables>;
export const LettersOpenListDocument = new TypedDocumentString(`
    query LettersOpenList {
  letters(status: OPEN) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LettersOpenListQuery, LettersOpenListQueryVariables>;
export const LettersTimelineDocument = new TypedDocumentString(`
    query LettersTimeline($id: ID!) {
  letter(id: $id) {
    timeline {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<LettersTimelineQuery, LettersTimelineQueryVariables>;
export const LettersCreateDocument = new TypedDocumentString(`
    mutation LettersCreate($input: CreateLetterInput!) {
  createLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LettersCreateMutation, LettersCreateMutationVariables>;
export const LimitsProbeDocument = new TypedDocumentString(`
    query LimitsProbe {
  __typename
}
    `) as unknown as TypedDocumentString<LimitsProbeQuery, LimitsProbeQueryVariables>;
export const LimitsCreateDocument = new TypedDocumentString(`
    mutation LimitsCreate($input: CreateLetterInput!) {
  createLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateMutation, LimitsCreateMutationVariables>;
export const LimitsReviseDocument = new TypedDocumentString(`
    mutation LimitsRevise($input: ReviseLetterInput!) {
  reviseLetter(input: $input) {
    number
  }
}
    `) as unknown as TypedDocumentString<LimitsReviseMutation, LimitsReviseMutationVariables>;
export const LimitsDiffDocument = new TypedDocumentString(`
    query LimitsDiff($id: ID!) {
  letter(id: $id) {
    diff(fromVersion: 1, toVersion: 2)
  }
}
    `) as unknown as TypedDocumentString<LimitsDiffQuery, LimitsDiffQueryVariables>;
export const LimitsCommentDocument = new TypedDocumentString(`
    mutation LimitsComment($input: CommentInput!) {
  commentOnLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsCommentMutation, LimitsCommentMutationVariables>;
export const LimitsListsDocument = new TypedDocumentString(`
    query LimitsLists($id: ID!, $n: Int) {
  letter(id: $id) {
    versions(first: $n) {
      number
    }
    all: versions {
      number
    }
    comments(first: $n) {
      body
    }
    allComments: comments {
      body
    }
    timeline(first: $n) {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsListsQuery, LimitsListsQueryVariables>;
export const LimitsCurrentHashDocument = new TypedDocumentString(`
    query LimitsCurrentHash($id: ID!) {
  letter(id: $id) {
    currentVersion {
      contentHash
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCurrentHashQuery, LimitsCurrentHashQueryVariables>;
export const MailLanguageInviteDocument = new TypedDocumentString(`
    mutation MailLanguageInvite($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MailLanguageInviteMutation, MailLanguageInviteMutationVariables>;
export const MailLanguageSetOpenDocument = new TypedDocumentString(`
    mutation MailLanguageSetOpen($letterId: ID!) {
  setOpenSignOn(letterId: $letterId, open: true) {
    openSignOn
  }
}
    `) as unknown as TypedDocumentString<MailLanguageSetOpenMutation, MailLanguageSetOpenMutationVariables>;
export const MailLanguageRequestToSignDocument = new TypedDocumentString(`
    mutation MailLanguageRequestToSign($input: RequestToSignInput!) {
  requestToSign(input: $input)
}
    `) as unknown as TypedDocumentString<MailLanguageRequestToSignMutation, MailLanguageRequestToSignMutationVariables>;
export const MailLanguageConfirmSignOnDocument = new TypedDocumentString(`
    mutation MailLanguageConfirmSignOn($token: String!) {
  confirmSignOn(token: $token) {
    status
  }
}
    `) as unknown as TypedDocumentString<MailLanguageConfirmSignOnMutation, MailLanguageConfirmSignOnMutationVariables>;
export const MailLanguageSignPetitionDocument = new TypedDocumentString(`
    mutation MailLanguageSignPetition($input: SignPetitionInput!) {
  signPetition(input: $input)
}
    `) as unknown as TypedDocumentString<MailLanguageSignPetitionMutation, MailLanguageSignPetitionMutationVariables>;
export const MailLanguageSignByInvitationDocument = new TypedDocumentString(`
    mutation MailLanguageSignByInvitation($input: SignByInvitationInput!) {
  signByInvitation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MailLanguageSignByInvitationMutation, MailLanguageSignByInvitationMutationVariables>;
export const MailOutboxVerifyEmailDocument = new TypedDocumentString(`
    mutation MailOutboxVerifyEmail($t: String!) {
  verifyEmail(token: $t) {
    email
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<MailOutboxVerifyEmailMutation, MailOutboxVerifyEmailMutationVariables>;
export const MembershipInvitationsInviteDocument = new TypedDocumentString(`
    mutation MembershipInvitationsInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
    email
    role
    status
  }
}
    `) as unknown as TypedDocumentString<MembershipInvitationsInviteMutation, MembershipInvitationsInviteMutationVariables>;
export const MembershipInvitationsAcceptDocument = new TypedDocumentString(`
    mutation MembershipInvitationsAccept($t: String!) {
  acceptMembershipInvitation(token: $t) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<MembershipInvitationsAcceptMutation, MembershipInvitationsAcceptMutationVariables>;
export const MembershipInvitationsMembersDocument = new TypedDocumentString(`
    query MembershipInvitationsMembers($id: ID) {
  organisation(id: $id) {
    members {
      id
      role
      user {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipInvitationsMembersQuery, MembershipInvitationsMembersQueryVariables>;
export const MembershipInvitationsListDocument = new TypedDocumentString(`
    query MembershipInvitationsList($id: ID!) {
  membershipInvitations(organisationId: $id) {
    id
    email
    role
    status
    expiresAt
    invitedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipInvitationsListQuery, MembershipInvitationsListQueryVariables>;
export const MembershipInvitationsRevokeDocument = new TypedDocumentString(`
    mutation MembershipInvitationsRevoke($id: ID!) {
  revokeMembershipInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<MembershipInvitationsRevokeMutation, MembershipInvitationsRevokeMutationVariables>;
export const MembershipInvitationsRemoveDocument = new TypedDocumentString(`
    mutation MembershipInvitationsRemove($id: ID!) {
  removeMember(membershipId: $id)
}
    `) as unknown as TypedDocumentString<MembershipInvitationsRemoveMutation, MembershipInvitationsRemoveMutationVariables>;
export const MembershipInvitationsChangeRoleDocument = new TypedDocumentString(`
    mutation MembershipInvitationsChangeRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<MembershipInvitationsChangeRoleMutation, MembershipInvitationsChangeRoleMutationVariables>;
export const OpenSignOnSetDocument = new TypedDocumentString(`
    mutation OpenSignOnSet($letterId: ID!, $open: Boolean!, $autoApproveVerified: Boolean) {
  setOpenSignOn(
    letterId: $letterId
    open: $open
    autoApproveVerified: $autoApproveVerified
  ) {
    id
    openSignOn
    autoApproveVerified
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnSetMutation, OpenSignOnSetMutationVariables>;
export const OpenSignOnRequestDocument = new TypedDocumentString(`
    mutation OpenSignOnRequest($input: RequestToSignInput!) {
  requestToSign(input: $input)
}
    `) as unknown as TypedDocumentString<OpenSignOnRequestMutation, OpenSignOnRequestMutationVariables>;
export const OpenSignOnConfirmDocument = new TypedDocumentString(`
    mutation OpenSignOnConfirm($token: String!) {
  confirmSignOn(token: $token) {
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
    `) as unknown as TypedDocumentString<OpenSignOnConfirmMutation, OpenSignOnConfirmMutationVariables>;
export const OpenSignOnLetterDocument = new TypedDocumentString(`
    query OpenSignOnLetter($id: ID!) {
  letter(id: $id) {
    openSignOn
    autoApproveVerified
    counts {
      signed
      anonymous
      needsReconfirmation
      withdrawn
    }
    signatories(first: 50) {
      totalCount
      anonymousCount
      edges {
        node {
          displayName
          verified
          organisation {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnLetterQuery, OpenSignOnLetterQueryVariables>;
export const OpenSignOnQueueDocument = new TypedDocumentString(`
    query OpenSignOnQueue($id: ID!) {
  letter(id: $id) {
    endorsements(status: PENDING_APPROVAL, first: 50) {
      totalCount
      edges {
        node {
          id
          status
          signedBy
          signerName
          organisation {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnQueueQuery, OpenSignOnQueueQueryVariables>;
export const OpenSignOnApproveDocument = new TypedDocumentString(`
    mutation OpenSignOnApprove($id: ID!) {
  approveEndorsement(endorsementId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnApproveMutation, OpenSignOnApproveMutationVariables>;
export const OpenSignOnRejectDocument = new TypedDocumentString(`
    mutation OpenSignOnReject($id: ID!) {
  rejectEndorsement(endorsementId: $id, reason: "not a coalition member") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnRejectMutation, OpenSignOnRejectMutationVariables>;
export const OpenSignOnByLinkDocument = new TypedDocumentString(`
    query OpenSignOnByLink($token: String!) {
  endorsementByLink(token: $token) {
    id
    status
    contentHash
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnByLinkQuery, OpenSignOnByLinkQueryVariables>;
export const OpenSignOnReconfirmDocument = new TypedDocumentString(`
    mutation OpenSignOnReconfirm($token: String!, $contentHash: String!) {
  reconfirmByLink(token: $token, contentHash: $contentHash) {
    id
    status
    contentHash
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnReconfirmMutation, OpenSignOnReconfirmMutationVariables>;
export const OpenSignOnRequestByLinkDocument = new TypedDocumentString(`
    query OpenSignOnRequestByLink($token: String!) {
  signOnRequestByLink(token: $token) {
    email
    organisationName
    signerName
    anonymous
    contentHash
    letter {
      slug
      currentVersion {
        contentHash
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnRequestByLinkQuery, OpenSignOnRequestByLinkQueryVariables>;
export const OpenSignOnWithdrawDocument = new TypedDocumentString(`
    mutation OpenSignOnWithdraw($token: String!) {
  withdrawByLink(token: $token) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenSignOnWithdrawMutation, OpenSignOnWithdrawMutationVariables>;
export const OrganisationsOrganisationDocument = new TypedDocumentString(`
    query OrganisationsOrganisation($id: ID) {
  organisation(id: $id) {
    id
    name
    country
    members {
      id
      role
      user {
        id
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsOrganisationQuery, OrganisationsOrganisationQueryVariables>;
export const OrganisationsInviteDocument = new TypedDocumentString(`
    mutation OrganisationsInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
    email
    role
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsInviteMutation, OrganisationsInviteMutationVariables>;
export const OrganisationsAcceptDocument = new TypedDocumentString(`
    mutation OrganisationsAccept($t: String!) {
  acceptMembershipInvitation(token: $t) {
    id
    role
    user {
      id
    }
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsAcceptMutation, OrganisationsAcceptMutationVariables>;
export const OrganisationsChangeRoleDocument = new TypedDocumentString(`
    mutation OrganisationsChangeRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<OrganisationsChangeRoleMutation, OrganisationsChangeRoleMutationVariables>;
export const OrganisationsRemoveDocument = new TypedDocumentString(`
    mutation OrganisationsRemove($id: ID!) {
  removeMember(membershipId: $id)
}
    `) as unknown as TypedDocumentString<OrganisationsRemoveMutation, OrganisationsRemoveMutationVariables>;
export const OrganisationsMyMembershipsDocument = new TypedDocumentString(`
    query OrganisationsMyMemberships {
  me {
    memberships {
      organisation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsMyMembershipsQuery, OrganisationsMyMembershipsQueryVariables>;
export const OrganisationsListDocument = new TypedDocumentString(`
    query OrganisationsList($search: String, $country: String, $first: Int, $after: String) {
  organisations(search: $search, country: $country, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        name
        country
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsListQuery, OrganisationsListQueryVariables>;
export const OsdiLetterSignersDocument = new TypedDocumentString(`
    query OsdiLetterSigners($id: ID!) {
  letter(id: $id) {
    id
    signatories(first: 50) {
      anonymousCount
      edges {
        node {
          displayName
        }
      }
    }
    endorsements(first: 50) {
      edges {
        node {
          id
          displayName
          signerName
          anonymous
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OsdiLetterSignersQuery, OsdiLetterSignersQueryVariables>;
export const OsdiOutsiderSignatoriesDocument = new TypedDocumentString(`
    query OsdiOutsiderSignatories($id: ID!) {
  letter(id: $id) {
    signatories(first: 50) {
      anonymousCount
      edges {
        node {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OsdiOutsiderSignatoriesQuery, OsdiOutsiderSignatoriesQueryVariables>;
export const StartPasskeyRegistrationDocument = new TypedDocumentString(`
    mutation StartPasskeyRegistration {
  startPasskeyRegistration
}
    `) as unknown as TypedDocumentString<StartPasskeyRegistrationMutation, StartPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = new TypedDocumentString(`
    mutation FinishPasskeyRegistration($response: String!, $name: String) {
  finishPasskeyRegistration(response: $response, name: $name) {
    id
    name
    createdAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const StartPasskeyLogInDocument = new TypedDocumentString(`
    mutation StartPasskeyLogIn($email: String) {
  startPasskeyLogIn(email: $email)
}
    `) as unknown as TypedDocumentString<StartPasskeyLogInMutation, StartPasskeyLogInMutationVariables>;
export const FinishPasskeyLogInDocument = new TypedDocumentString(`
    mutation FinishPasskeyLogIn($response: String!) {
  finishPasskeyLogIn(response: $response) {
    accessToken
    refreshToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FinishPasskeyLogInMutation, FinishPasskeyLogInMutationVariables>;
export const RemovePasskeyDocument = new TypedDocumentString(`
    mutation RemovePasskey($id: ID!) {
  removePasskey(passkeyId: $id)
}
    `) as unknown as TypedDocumentString<RemovePasskeyMutation, RemovePasskeyMutationVariables>;
export const MyPasskeysDocument = new TypedDocumentString(`
    query MyPasskeys {
  me {
    id
    passkeys {
      id
      name
      lastUsedAt
    }
  }
  sessions {
    current
    methods
  }
}
    `) as unknown as TypedDocumentString<MyPasskeysQuery, MyPasskeysQueryVariables>;
export const RequirePhishingResistantDocument = new TypedDocumentString(`
    mutation RequirePhishingResistant($id: ID!, $on: Boolean) {
  setOrganisationSecurity(organisationId: $id, requirePhishingResistant: $on) {
    id
    requireTwoFactor
    requirePhishingResistant
  }
}
    `) as unknown as TypedDocumentString<RequirePhishingResistantMutation, RequirePhishingResistantMutationVariables>;
export const LeadEndorsementsDocument = new TypedDocumentString(`
    query LeadEndorsements($id: ID!) {
  letter(id: $id) {
    endorsements {
      totalCount
      edges {
        node {
          displayName
          anonymous
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeadEndorsementsQuery, LeadEndorsementsQueryVariables>;
export const PetitionCountCrowdedPageDocument = new TypedDocumentString(`
    query PetitionCountCrowdedPage($slug: String!) {
  letter(slug: $slug) {
    title
    counts {
      signed
      supporters
    }
    signatories(first: 20) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<PetitionCountCrowdedPageQuery, PetitionCountCrowdedPageQueryVariables>;
export const PetitionCountCloseDocument = new TypedDocumentString(`
    mutation PetitionCountClose($id: ID!) {
  closeLetter(letterId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PetitionCountCloseMutation, PetitionCountCloseMutationVariables>;
export const PetitionCountStatusDocument = new TypedDocumentString(`
    query PetitionCountStatus($s: String!) {
  letter(slug: $s) {
    status
  }
}
    `) as unknown as TypedDocumentString<PetitionCountStatusQuery, PetitionCountStatusQueryVariables>;
export const PetitionScaleSupportersByCountryDocument = new TypedDocumentString(`
    query PetitionScaleSupportersByCountry($id: ID!) {
  letter(id: $id) {
    supportersByCountry {
      country
      count
    }
  }
}
    `) as unknown as TypedDocumentString<PetitionScaleSupportersByCountryQuery, PetitionScaleSupportersByCountryQueryVariables>;
export const PetitionWithdrawSignatureDocument = new TypedDocumentString(`
    mutation PetitionWithdrawSignature($t: String!) {
  withdrawSignature(token: $t)
}
    `) as unknown as TypedDocumentString<PetitionWithdrawSignatureMutation, PetitionWithdrawSignatureMutationVariables>;
export const PetitionEraseSupporterDataDocument = new TypedDocumentString(`
    mutation PetitionEraseSupporterData($t: String!) {
  eraseSupporterData(token: $t)
}
    `) as unknown as TypedDocumentString<PetitionEraseSupporterDataMutation, PetitionEraseSupporterDataMutationVariables>;
export const PetitionInvalidateSignaturesDocument = new TypedDocumentString(`
    mutation PetitionInvalidateSignatures($input: InvalidateSignaturesInput!) {
  invalidateSignatures(input: $input)
}
    `) as unknown as TypedDocumentString<PetitionInvalidateSignaturesMutation, PetitionInvalidateSignaturesMutationVariables>;
export const PetitionCloseLetterDocument = new TypedDocumentString(`
    mutation PetitionCloseLetter($id: ID!) {
  closeLetter(letterId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PetitionCloseLetterMutation, PetitionCloseLetterMutationVariables>;
export const PetitionViewDocument = new TypedDocumentString(`
    query PetitionView($id: ID!) {
  letter(id: $id) {
    goal
    counts {
      supporters
    }
    supportersByCountry {
      country
      count
    }
    supporters(first: 100) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
    timeline(first: 100) {
      kind
      title
    }
    petition {
      consentText
      minimumAge
    }
  }
}
    `) as unknown as TypedDocumentString<PetitionViewQuery, PetitionViewQueryVariables>;
export const PetitionSupporterNamesDocument = new TypedDocumentString(`
    query PetitionSupporterNames($id: ID!) {
  letter(id: $id) {
    supporters {
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PetitionSupporterNamesQuery, PetitionSupporterNamesQueryVariables>;
export const PetitionEditionDocument = new TypedDocumentString(`
    query PetitionEdition($id: ID!) {
  letter(id: $id) {
    edition {
      supporterCount
    }
  }
}
    `) as unknown as TypedDocumentString<PetitionEditionQuery, PetitionEditionQueryVariables>;
export const PetitionCountsDocument = new TypedDocumentString(`
    query PetitionCounts($id: ID!) {
  letter(id: $id) {
    counts {
      supporters
    }
    supportersByCountry {
      country
      count
    }
  }
}
    `) as unknown as TypedDocumentString<PetitionCountsQuery, PetitionCountsQueryVariables>;
export const RepresentativesImportRepresentativesDocument = new TypedDocumentString(`
    query RepresentativesImportRepresentatives($postcode: String!, $areaType: String) {
  representatives(postcode: $postcode, areaType: $areaType) {
    id
    name
    title
    email
    party
    area {
      code
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<RepresentativesImportRepresentativesQuery, RepresentativesImportRepresentativesQueryVariables>;
export const RepresentativesLookupUpsertTargetsDocument = new TypedDocumentString(`
    mutation RepresentativesLookupUpsertTargets($input: [TargetInput!]!) {
  upsertTargets(input: $input) {
    id
    name
    title
    email
    party
    area {
      code
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<RepresentativesLookupUpsertTargetsMutation, RepresentativesLookupUpsertTargetsMutationVariables>;
export const RepresentativesLookupRepresentativesDocument = new TypedDocumentString(`
    query RepresentativesLookupRepresentatives($postcode: String!, $areaType: String) {
  representatives(postcode: $postcode, areaType: $areaType) {
    id
    name
    title
    email
    party
    area {
      code
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<RepresentativesLookupRepresentativesQuery, RepresentativesLookupRepresentativesQueryVariables>;
export const RepresentativesLookupTypenameDocument = new TypedDocumentString(`
    query RepresentativesLookupTypename {
  __typename
}
    `) as unknown as TypedDocumentString<RepresentativesLookupTypenameQuery, RepresentativesLookupTypenameQueryVariables>;
export const RepresentativesLookupLogInDocument = new TypedDocumentString(`
    mutation RepresentativesLookupLogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<RepresentativesLookupLogInMutation, RepresentativesLookupLogInMutationVariables>;
export const RepresentativesSafetyUpsertTargetsDocument = new TypedDocumentString(`
    mutation RepresentativesSafetyUpsertTargets($input: [TargetInput!]!) {
  upsertTargets(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<RepresentativesSafetyUpsertTargetsMutation, RepresentativesSafetyUpsertTargetsMutationVariables>;
export const RepresentativesSafetyRepresentativesDocument = new TypedDocumentString(`
    query RepresentativesSafetyRepresentatives($postcode: String!, $areaType: String) {
  representatives(postcode: $postcode, areaType: $areaType) {
    id
    name
    title
    email
    party
    area {
      code
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<RepresentativesSafetyRepresentativesQuery, RepresentativesSafetyRepresentativesQueryVariables>;
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
export const ResilienceLogInDocument = new TypedDocumentString(`
    mutation ResilienceLogIn($input: LogInInput!) {
  logIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<ResilienceLogInMutation, ResilienceLogInMutationVariables>;
export const ResilienceCreateLetterDocument = new TypedDocumentString(`
    mutation ResilienceCreateLetter($input: CreateLetterInput!) {
  createLetter(input: $input) {
    id
    currentVersion {
      contentHash
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceCreateLetterMutation, ResilienceCreateLetterMutationVariables>;
export const ResilienceEndorseDocument = new TypedDocumentString(`
    mutation ResilienceEndorse($input: EndorseInput!) {
  endorseLetter(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResilienceEndorseMutation, ResilienceEndorseMutationVariables>;
export const ResilienceReadLetterDocument = new TypedDocumentString(`
    query ResilienceReadLetter($id: ID!) {
  letter(id: $id) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<ResilienceReadLetterQuery, ResilienceReadLetterQueryVariables>;
export const ResilienceLetterCountsChangedDocument = new TypedDocumentString(`
    subscription ResilienceLetterCountsChanged($id: ID!) {
  letterCountsChanged(letterId: $id) {
    signed
  }
}
    `) as unknown as TypedDocumentString<ResilienceLetterCountsChangedSubscription, ResilienceLetterCountsChangedSubscriptionVariables>;
export const ResponseBudgetVersionsDocument = new TypedDocumentString(`
    query ResponseBudgetVersions($id: ID!) {
  letter(id: $id) {
    versions(first: 100) {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseBudgetVersionsQuery, ResponseBudgetVersionsQueryVariables>;
export const ResponseBudgetCurrentVersionDocument = new TypedDocumentString(`
    query ResponseBudgetCurrentVersion($id: ID!) {
  letter(id: $id) {
    currentVersion {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseBudgetCurrentVersionQuery, ResponseBudgetCurrentVersionQueryVariables>;
export const RoleMatrixLogInDocument = new TypedDocumentString(`
    mutation RoleMatrixLogIn($input: LogInInput!) {
  logIn(input: $input) {
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RoleMatrixLogInMutation, RoleMatrixLogInMutationVariables>;
export const RoleMatrixReauthenticateDocument = new TypedDocumentString(`
    mutation RoleMatrixReauthenticate($password: String) {
  reauthenticate(password: $password) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<RoleMatrixReauthenticateMutation, RoleMatrixReauthenticateMutationVariables>;
export const RoleMatrixStartPasskeyRegistrationDocument = new TypedDocumentString(`
    mutation RoleMatrixStartPasskeyRegistration {
  startPasskeyRegistration
}
    `) as unknown as TypedDocumentString<RoleMatrixStartPasskeyRegistrationMutation, RoleMatrixStartPasskeyRegistrationMutationVariables>;
export const RoleMatrixFinishPasskeyRegistrationDocument = new TypedDocumentString(`
    mutation RoleMatrixFinishPasskeyRegistration($response: String!) {
  finishPasskeyRegistration(response: $response) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoleMatrixFinishPasskeyRegistrationMutation, RoleMatrixFinishPasskeyRegistrationMutationVariables>;
export const RoleMatrixStartPasskeyLogInDocument = new TypedDocumentString(`
    mutation RoleMatrixStartPasskeyLogIn {
  startPasskeyLogIn
}
    `) as unknown as TypedDocumentString<RoleMatrixStartPasskeyLogInMutation, RoleMatrixStartPasskeyLogInMutationVariables>;
export const RoleMatrixCommentDocument = new TypedDocumentString(`
    mutation RoleMatrixComment($input: CommentInput!) {
  commentOnLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoleMatrixCommentMutation, RoleMatrixCommentMutationVariables>;
export const RoleMatrixSignByInvitationDocument = new TypedDocumentString(`
    mutation RoleMatrixSignByInvitation($input: SignByInvitationInput!) {
  signByInvitation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoleMatrixSignByInvitationMutation, RoleMatrixSignByInvitationMutationVariables>;
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
export const SignByInvitationInvitationDocument = new TypedDocumentString(`
    query SignByInvitationInvitation($token: String!) {
  invitationByLink(token: $token) {
    id
    status
    email
    name
    organisation {
      id
      name
    }
    letter {
      id
      title
      status
      endorsementDeadline
      currentVersion {
        number
        contentHash
        body
      }
      leadOrganisations {
        name
      }
      signatories(first: 50) {
        totalCount
        anonymousCount
        edges {
          node {
            displayName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationInvitationQuery, SignByInvitationInvitationQueryVariables>;
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
export const SignByInvitationDirectoryDocument = new TypedDocumentString(`
    query SignByInvitationDirectory($search: String!, $id: ID!) {
  organisations(search: $search) {
    totalCount
  }
  organisation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationDirectoryQuery, SignByInvitationDirectoryQueryVariables>;
export const SignByInvitationWithdrawByAccountDocument = new TypedDocumentString(`
    mutation SignByInvitationWithdrawByAccount($input: WithdrawInput!) {
  withdrawEndorsement(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationWithdrawByAccountMutation, SignByInvitationWithdrawByAccountMutationVariables>;
export const SignByInvitationRejectDocument = new TypedDocumentString(`
    mutation SignByInvitationReject($id: ID!) {
  rejectEndorsement(endorsementId: $id, reason: "not one of ours") {
    status
  }
}
    `) as unknown as TypedDocumentString<SignByInvitationRejectMutation, SignByInvitationRejectMutationVariables>;
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
export const SubscriptionsAccessInviteDocument = new TypedDocumentString(`
    mutation SubscriptionsAccessInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsAccessInviteMutation, SubscriptionsAccessInviteMutationVariables>;
export const SubscriptionsAccessMembersDocument = new TypedDocumentString(`
    query SubscriptionsAccessMembers($id: ID) {
  organisation(id: $id) {
    members {
      id
      user {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsAccessMembersQuery, SubscriptionsAccessMembersQueryVariables>;
export const SubscriptionsAccessRemoveDocument = new TypedDocumentString(`
    mutation SubscriptionsAccessRemove($id: ID!) {
  removeMember(membershipId: $id)
}
    `) as unknown as TypedDocumentString<SubscriptionsAccessRemoveMutation, SubscriptionsAccessRemoveMutationVariables>;
export const SubscriptionsAccessDeliveryChangedDocument = new TypedDocumentString(`
    subscription SubscriptionsAccessDeliveryChanged($id: ID!) {
  deliveryChanged(letterId: $id) {
    status
    recipient {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsAccessDeliveryChangedSubscription, SubscriptionsAccessDeliveryChangedSubscriptionVariables>;
export const SubscriptionsAccessCountsChangedDocument = new TypedDocumentString(`
    subscription SubscriptionsAccessCountsChanged($id: ID!) {
  letterCountsChanged(letterId: $id) {
    invited
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsAccessCountsChangedSubscription, SubscriptionsAccessCountsChangedSubscriptionVariables>;
export const SubscriptionsAccessEventDocument = new TypedDocumentString(`
    mutation SubscriptionsAccessEvent($input: DeliveryEventInput!) {
  recordDeliveryEvent(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsAccessEventMutation, SubscriptionsAccessEventMutationVariables>;
export const SubscriptionsAccessInviteEndorsersDocument = new TypedDocumentString(`
    mutation SubscriptionsAccessInviteEndorsers($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsAccessInviteEndorsersMutation, SubscriptionsAccessInviteEndorsersMutationVariables>;
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
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
      name
      organisationId
      createdAt
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($apiKeyId: ID!) {
  revokeApiKey(apiKeyId: $apiKeyId)
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
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
export const WebhooksCreateDocument = new TypedDocumentString(`
    mutation WebhooksCreate($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
      url
      events
      letterId
      enabled
      publicKey
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCreateMutation, WebhooksCreateMutationVariables>;
export const TimelinePostUpdateDocument = new TypedDocumentString(`
    mutation TimelinePostUpdate($input: PostUpdateInput!) {
  postUpdate(input: $input) {
    id
    kind
    title
    body
    occurredAt
  }
}
    `) as unknown as TypedDocumentString<TimelinePostUpdateMutation, TimelinePostUpdateMutationVariables>;
export const TimelineTimelineDocument = new TypedDocumentString(`
    query TimelineTimeline($id: ID!) {
  letter(id: $id) {
    timeline {
      kind
      title
      body
      occurredAt
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineTimelineQuery, TimelineTimelineQueryVariables>;
export const TranslationPdfsSaveDocument = new TypedDocumentString(`
    mutation TranslationPdfsSave($input: SaveTranslationInput!) {
  saveTranslation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TranslationPdfsSaveMutation, TranslationPdfsSaveMutationVariables>;
export const TranslationPdfsApproveDocument = new TypedDocumentString(`
    mutation TranslationPdfsApprove($translationId: ID!) {
  approveTranslation(translationId: $translationId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TranslationPdfsApproveMutation, TranslationPdfsApproveMutationVariables>;
export const TranslationPdfsEditionDocument = new TypedDocumentString(`
    query TranslationPdfsEdition($id: ID!) {
  letter(id: $id) {
    currentVersion {
      contentHash
    }
    edition {
      id
      contentHash
      editionHash
      translations {
        language
        contentHash
        pdfUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationPdfsEditionQuery, TranslationPdfsEditionQueryVariables>;
export const TranslationsSaveDocument = new TypedDocumentString(`
    mutation TranslationsSave($input: SaveTranslationInput!) {
  saveTranslation(input: $input) {
    id
    language
    title
    body
    contentHash
    translator
    status
    basedOnVersion
    approvedAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<TranslationsSaveMutation, TranslationsSaveMutationVariables>;
export const TranslationsApproveDocument = new TypedDocumentString(`
    mutation TranslationsApprove($translationId: ID!) {
  approveTranslation(translationId: $translationId) {
    id
    status
    basedOnVersion
    approvedAt
  }
}
    `) as unknown as TypedDocumentString<TranslationsApproveMutation, TranslationsApproveMutationVariables>;
export const TranslationsDeleteDocument = new TypedDocumentString(`
    mutation TranslationsDelete($translationId: ID!) {
  deleteTranslation(translationId: $translationId)
}
    `) as unknown as TypedDocumentString<TranslationsDeleteMutation, TranslationsDeleteMutationVariables>;
export const TranslationsReadDocument = new TypedDocumentString(`
    query TranslationsRead($id: ID!, $status: TranslationStatus, $language: String!) {
  letter(id: $id) {
    language
    translations(status: $status) {
      id
      language
      title
      status
      contentHash
      basedOnVersion
    }
    translation(language: $language) {
      id
      language
      title
      body
      translator
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsReadQuery, TranslationsReadQueryVariables>;
export const TranslationsDiffDocument = new TypedDocumentString(`
    query TranslationsDiff($id: ID!, $from: Int!, $to: Int!) {
  letter(id: $id) {
    diff(fromVersion: $from, toVersion: $to)
  }
}
    `) as unknown as TypedDocumentString<TranslationsDiffQuery, TranslationsDiffQueryVariables>;
export const TranslationsEditionDocument = new TypedDocumentString(`
    query TranslationsEdition($id: ID!) {
  letter(id: $id) {
    slug
    edition {
      id
      contentHash
      editionHash
      unnamedCount
      supporterCount
      signatories {
        displayName
      }
      translations {
        language
        contentHash
        pdfUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationsEditionQuery, TranslationsEditionQueryVariables>;
export const TranslationsCreateLetterDocument = new TypedDocumentString(`
    mutation TranslationsCreateLetter($input: CreateLetterInput!) {
  createLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TranslationsCreateLetterMutation, TranslationsCreateLetterMutationVariables>;
export const TranslationsRaceReviseDocument = new TypedDocumentString(`
    mutation TranslationsRaceRevise($input: ReviseLetterInput!) {
  reviseLetter(input: $input) {
    number
  }
}
    `) as unknown as TypedDocumentString<TranslationsRaceReviseMutation, TranslationsRaceReviseMutationVariables>;
export const TrustAccessInviteDocument = new TypedDocumentString(`
    mutation TrustAccessInvite($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TrustAccessInviteMutation, TrustAccessInviteMutationVariables>;
export const TrustAccessReadDocument = new TypedDocumentString(`
    query TrustAccessRead($id: ID!) {
  letter(id: $id) {
    id
    currentVersion {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<TrustAccessReadQuery, TrustAccessReadQueryVariables>;
export const TrustAccessVerifyReceiptDocument = new TypedDocumentString(`
    query TrustAccessVerifyReceipt($r: String!) {
  verifyReceipt(receipt: $r) {
    valid
    current
    contentHash
  }
}
    `) as unknown as TypedDocumentString<TrustAccessVerifyReceiptQuery, TrustAccessVerifyReceiptQueryVariables>;
export const TrustAccessCommentDocument = new TypedDocumentString(`
    mutation TrustAccessComment($input: CommentInput!) {
  commentOnLetter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrustAccessCommentMutation, TrustAccessCommentMutationVariables>;
export const TrustAccessLeadViewDocument = new TypedDocumentString(`
    query TrustAccessLeadView($id: ID!) {
  letter(id: $id) {
    recipients {
      email
    }
    endorsements {
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
    `) as unknown as TypedDocumentString<TrustAccessLeadViewQuery, TrustAccessLeadViewQueryVariables>;
export const TrustAccessDeclineDocument = new TypedDocumentString(`
    mutation TrustAccessDecline($t: String!) {
  declineInvitation(token: $t) {
    status
  }
}
    `) as unknown as TypedDocumentString<TrustAccessDeclineMutation, TrustAccessDeclineMutationVariables>;
export const TrustAccessDeclineAndReadDocument = new TypedDocumentString(`
    mutation TrustAccessDeclineAndRead($t: String!) {
  declineInvitation(token: $t) {
    status
    letter {
      currentVersion {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrustAccessDeclineAndReadMutation, TrustAccessDeclineAndReadMutationVariables>;
export const TrustAccessLetterIdDocument = new TypedDocumentString(`
    query TrustAccessLetterId($id: ID!) {
  letter(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrustAccessLetterIdQuery, TrustAccessLetterIdQueryVariables>;
export const TrustAccessAcceptDocument = new TypedDocumentString(`
    mutation TrustAccessAccept($t: String!, $o: ID!) {
  acceptInvitation(token: $t, organisationId: $o) {
    status
  }
}
    `) as unknown as TypedDocumentString<TrustAccessAcceptMutation, TrustAccessAcceptMutationVariables>;
export const TrustAccessWithdrawDocument = new TypedDocumentString(`
    mutation TrustAccessWithdraw($input: WithdrawInput!) {
  withdrawEndorsement(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<TrustAccessWithdrawMutation, TrustAccessWithdrawMutationVariables>;
export const TrustAccessVerifyDomainDocument = new TypedDocumentString(`
    mutation TrustAccessVerifyDomain($id: ID!) {
  verifyOrganisationDomain(organisationId: $id) {
    verifiedDomain
  }
}
    `) as unknown as TypedDocumentString<TrustAccessVerifyDomainMutation, TrustAccessVerifyDomainMutationVariables>;
export const TrustAccessCreateOrganisationDocument = new TypedDocumentString(`
    mutation TrustAccessCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrustAccessCreateOrganisationMutation, TrustAccessCreateOrganisationMutationVariables>;
export const TrustAccessRejectDocument = new TypedDocumentString(`
    mutation TrustAccessReject($id: ID!) {
  rejectEndorsement(endorsementId: $id, reason: "Not who they say") {
    status
  }
}
    `) as unknown as TypedDocumentString<TrustAccessRejectMutation, TrustAccessRejectMutationVariables>;
export const TrustAccessCommentsDocument = new TypedDocumentString(`
    query TrustAccessComments($id: ID!) {
  letter(id: $id) {
    comments {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TrustAccessCommentsQuery, TrustAccessCommentsQueryVariables>;
export const TrustAccessSignatoriesDocument = new TypedDocumentString(`
    query TrustAccessSignatories($id: ID!) {
  letter(id: $id) {
    counts {
      signed
    }
    signatories {
      edges {
        node {
          displayName
          verified
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrustAccessSignatoriesQuery, TrustAccessSignatoriesQueryVariables>;
export const TrustAccessAuditTrailDocument = new TypedDocumentString(`
    query TrustAccessAuditTrail($id: ID!) {
  auditTrail(letterId: $id) {
    verified
    headHash
    checkpoint
    events {
      hash
    }
  }
}
    `) as unknown as TypedDocumentString<TrustAccessAuditTrailQuery, TrustAccessAuditTrailQueryVariables>;
export const TrustAccessAuditHeadDocument = new TypedDocumentString(`
    query TrustAccessAuditHead($id: ID!) {
  auditTrail(letterId: $id) {
    headHash
  }
}
    `) as unknown as TypedDocumentString<TrustAccessAuditHeadQuery, TrustAccessAuditHeadQueryVariables>;
export const TrustSigningSignatoriesDocument = new TypedDocumentString(`
    query TrustSigningSignatories($id: ID!) {
  letter(id: $id) {
    counts {
      signed
      anonymous
    }
    signatories {
      totalCount
      anonymousCount
      edges {
        node {
          displayName
          organisationSlug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrustSigningSignatoriesQuery, TrustSigningSignatoriesQueryVariables>;
export const TrustSigningWithdrawEndorsementDocument = new TypedDocumentString(`
    mutation TrustSigningWithdrawEndorsement($input: WithdrawInput!) {
  withdrawEndorsement(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<TrustSigningWithdrawEndorsementMutation, TrustSigningWithdrawEndorsementMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    id
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const Trust3BadgeSignatoriesDocument = new TypedDocumentString(`
    query Trust3BadgeSignatories($id: ID!) {
  letter(id: $id) {
    counts {
      signed
    }
    signatories {
      edges {
        node {
          displayName
          verified
          verifiedDomain
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3BadgeSignatoriesQuery, Trust3BadgeSignatoriesQueryVariables>;
export const Trust3BadgeEndorsementsDocument = new TypedDocumentString(`
    query Trust3BadgeEndorsements($id: ID!) {
  letter(id: $id) {
    endorsements {
      edges {
        node {
          id
          status
          displayName
          organisation {
            name
            verifiedDomain
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3BadgeEndorsementsQuery, Trust3BadgeEndorsementsQueryVariables>;
export const Trust3BadgeApproveDocument = new TypedDocumentString(`
    mutation Trust3BadgeApprove($id: ID!) {
  approveEndorsement(endorsementId: $id) {
    id
    status
    displayName
  }
}
    `) as unknown as TypedDocumentString<Trust3BadgeApproveMutation, Trust3BadgeApproveMutationVariables>;
export const Trust3BadgeVerifyDomainDocument = new TypedDocumentString(`
    mutation Trust3BadgeVerifyDomain($id: ID!) {
  verifyOrganisationDomain(organisationId: $id) {
    verifiedDomain
  }
}
    `) as unknown as TypedDocumentString<Trust3BadgeVerifyDomainMutation, Trust3BadgeVerifyDomainMutationVariables>;
export const Trust3BadgeEditionDocument = new TypedDocumentString(`
    query Trust3BadgeEdition($id: ID!) {
  letter(id: $id) {
    edition {
      id
      signatories {
        displayName
        verified
        verifiedDomain
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3BadgeEditionQuery, Trust3BadgeEditionQueryVariables>;
export const Trust3BadgeCreateOrganisationDocument = new TypedDocumentString(`
    mutation Trust3BadgeCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<Trust3BadgeCreateOrganisationMutation, Trust3BadgeCreateOrganisationMutationVariables>;
export const Trust3BadgeAddCoLeadDocument = new TypedDocumentString(`
    mutation Trust3BadgeAddCoLead($input: AddCoLeadInput!) {
  addCoLead(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<Trust3BadgeAddCoLeadMutation, Trust3BadgeAddCoLeadMutationVariables>;
export const Trust3BadgeAcceptCoLeadDocument = new TypedDocumentString(`
    mutation Trust3BadgeAcceptCoLead($l: ID!, $o: ID!) {
  acceptCoLead(letterId: $l, organisationId: $o) {
    id
  }
}
    `) as unknown as TypedDocumentString<Trust3BadgeAcceptCoLeadMutation, Trust3BadgeAcceptCoLeadMutationVariables>;
export const Trust3BudgetTypenameDocument = new TypedDocumentString(`
    query Trust3BudgetTypename {
  __typename
}
    `) as unknown as TypedDocumentString<Trust3BudgetTypenameQuery, Trust3BudgetTypenameQueryVariables>;
export const Trust3BudgetTwoTimelinesDocument = new TypedDocumentString(`
    query Trust3BudgetTwoTimelines($id: ID!) {
  letter(id: $id) {
    a: timeline(first: 100) {
      body
    }
    b: timeline(first: 100) {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3BudgetTwoTimelinesQuery, Trust3BudgetTwoTimelinesQueryVariables>;
export const Trust3BudgetSmallPagesDocument = new TypedDocumentString(`
    query Trust3BudgetSmallPages($id: ID!, $n: Int) {
  letter(id: $id) {
    t0: timeline(first: $n) {
      id
      kind
      title
      body
      occurredAt
    }
    t1: timeline(first: $n) {
      id
      kind
      title
      body
      occurredAt
    }
    t2: timeline(first: $n) {
      id
      kind
      title
      body
      occurredAt
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3BudgetSmallPagesQuery, Trust3BudgetSmallPagesQueryVariables>;
export const Trust3BudgetTimelinePageDocument = new TypedDocumentString(`
    query Trust3BudgetTimelinePage($id: ID!, $n: Int) {
  letter(id: $id) {
    timeline(first: $n) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3BudgetTimelinePageQuery, Trust3BudgetTimelinePageQueryVariables>;
export const Trust3InvitationsInviteDocument = new TypedDocumentString(`
    mutation Trust3InvitationsInvite($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<Trust3InvitationsInviteMutation, Trust3InvitationsInviteMutationVariables>;
export const Trust3KeysVerifyReceiptDocument = new TypedDocumentString(`
    query Trust3KeysVerifyReceipt($r: String!) {
  verifyReceipt(receipt: $r) {
    valid
    organisationName
  }
}
    `) as unknown as TypedDocumentString<Trust3KeysVerifyReceiptQuery, Trust3KeysVerifyReceiptQueryVariables>;
export const Trust3KeysCheckpointDocument = new TypedDocumentString(`
    query Trust3KeysCheckpoint($id: ID!) {
  auditTrail(letterId: $id) {
    checkpoint
  }
}
    `) as unknown as TypedDocumentString<Trust3KeysCheckpointQuery, Trust3KeysCheckpointQueryVariables>;
export const Trust3MinorEditsReviseDocument = new TypedDocumentString(`
    mutation Trust3MinorEditsRevise($input: ReviseLetterInput!) {
  reviseLetter(input: $input) {
    number
    contentHash
  }
}
    `) as unknown as TypedDocumentString<Trust3MinorEditsReviseMutation, Trust3MinorEditsReviseMutationVariables>;
export const Trust3MinorEditsObjectDocument = new TypedDocumentString(`
    mutation Trust3MinorEditsObject($token: String!) {
  objectToMinorEdit(token: $token)
}
    `) as unknown as TypedDocumentString<Trust3MinorEditsObjectMutation, Trust3MinorEditsObjectMutationVariables>;
export const Trust3MinorEditsConfirmSignatureDocument = new TypedDocumentString(`
    mutation Trust3MinorEditsConfirmSignature($t: String!) {
  confirmSignature(token: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<Trust3MinorEditsConfirmSignatureMutation, Trust3MinorEditsConfirmSignatureMutationVariables>;
export const Trust3MinorEditsCountsDocument = new TypedDocumentString(`
    query Trust3MinorEditsCounts($id: ID!) {
  letter(id: $id) {
    counts {
      signed
      needsReconfirmation
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3MinorEditsCountsQuery, Trust3MinorEditsCountsQueryVariables>;
export const Trust3MinorEditsAuditTrailDocument = new TypedDocumentString(`
    query Trust3MinorEditsAuditTrail($id: ID!) {
  auditTrail(letterId: $id) {
    verified
    events {
      kind
      organisationId
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3MinorEditsAuditTrailQuery, Trust3MinorEditsAuditTrailQueryVariables>;
export const Trust3MinorEditsEditionDocument = new TypedDocumentString(`
    query Trust3MinorEditsEdition($id: ID!) {
  letter(id: $id) {
    edition {
      id
      contentHash
      editionHash
      unnamedCount
      supporterCount
      signatories {
        displayName
        signedVersion
        contentHash
      }
      minorEdits {
        version
        contentHash
        diff
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3MinorEditsEditionQuery, Trust3MinorEditsEditionQueryVariables>;
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
export const Trust3RelaysInviteDocument = new TypedDocumentString(`
    mutation Trust3RelaysInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<Trust3RelaysInviteMutation, Trust3RelaysInviteMutationVariables>;
export const Trust3RenderProbeDocument = new TypedDocumentString(`
    query Trust3RenderProbe {
  __typename
}
    `) as unknown as TypedDocumentString<Trust3RenderProbeQuery, Trust3RenderProbeQueryVariables>;
export const Trust3RenderEditionIdDocument = new TypedDocumentString(`
    query Trust3RenderEditionId($id: ID) {
  letter(id: $id) {
    edition {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3RenderEditionIdQuery, Trust3RenderEditionIdQueryVariables>;
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
export const Trust3SupportersPublicViewDocument = new TypedDocumentString(`
    query Trust3SupportersPublicView($id: ID!) {
  letter(id: $id) {
    counts {
      supporters
      supportersAwaitingReconfirmation
    }
    supporters(first: 50) {
      totalCount
      edges {
        node {
          name
          country
          area
          signedAt
        }
      }
    }
    supportersByCountry {
      country
      count
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3SupportersPublicViewQuery, Trust3SupportersPublicViewQueryVariables>;
export const Trust3SupportersInCountryDocument = new TypedDocumentString(`
    query Trust3SupportersInCountry($id: ID!) {
  letter(id: $id) {
    supporters(first: 5, country: "GB") {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<Trust3SupportersInCountryQuery, Trust3SupportersInCountryQueryVariables>;
export const Trust3SupportersWithdrawSignatureDocument = new TypedDocumentString(`
    mutation Trust3SupportersWithdrawSignature($t: String!) {
  withdrawSignature(token: $t)
}
    `) as unknown as TypedDocumentString<Trust3SupportersWithdrawSignatureMutation, Trust3SupportersWithdrawSignatureMutationVariables>;
export const Trust3SupportersEraseSupporterDataDocument = new TypedDocumentString(`
    mutation Trust3SupportersEraseSupporterData($t: String!) {
  eraseSupporterData(token: $t)
}
    `) as unknown as TypedDocumentString<Trust3SupportersEraseSupporterDataMutation, Trust3SupportersEraseSupporterDataMutationVariables>;
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
export const WebCoalitionRefreshSessionDocument = new TypedDocumentString(`
    mutation WebCoalitionRefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<WebCoalitionRefreshSessionMutation, WebCoalitionRefreshSessionMutationVariables>;
export const WebFieldsMyEndorsementsDocument = new TypedDocumentString(`
    query WebFieldsMyEndorsements($slug: String!) {
  letter(slug: $slug) {
    myEndorsements {
      status
      anonymous
      organisation {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebFieldsMyEndorsementsQuery, WebFieldsMyEndorsementsQueryVariables>;
export const WebFieldsCoLeadRequestsDocument = new TypedDocumentString(`
    query WebFieldsCoLeadRequests($id: ID!) {
  organisation(id: $id) {
    coLeadRequests {
      letterId
      slug
      title
    }
  }
}
    `) as unknown as TypedDocumentString<WebFieldsCoLeadRequestsQuery, WebFieldsCoLeadRequestsQueryVariables>;
export const WebFieldsAddCoLeadDocument = new TypedDocumentString(`
    mutation WebFieldsAddCoLead($input: AddCoLeadInput!) {
  addCoLead(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebFieldsAddCoLeadMutation, WebFieldsAddCoLeadMutationVariables>;
export const WebFieldsAcceptCoLeadDocument = new TypedDocumentString(`
    mutation WebFieldsAcceptCoLead($l: ID!, $o: ID!) {
  acceptCoLead(letterId: $l, organisationId: $o) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebFieldsAcceptCoLeadMutation, WebFieldsAcceptCoLeadMutationVariables>;
export const WebGuestSigningInviteDocument = new TypedDocumentString(`
    mutation WebGuestSigningInvite($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebGuestSigningInviteMutation, WebGuestSigningInviteMutationVariables>;
export const WebPagesUpsertTargetsDocument = new TypedDocumentString(`
    mutation WebPagesUpsertTargets($input: [TargetInput!]!) {
  upsertTargets(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebPagesUpsertTargetsMutation, WebPagesUpsertTargetsMutationVariables>;
export const WebPagesInviteMemberDocument = new TypedDocumentString(`
    mutation WebPagesInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebPagesInviteMemberMutation, WebPagesInviteMemberMutationVariables>;
export const WebPagesInviteEndorsersDocument = new TypedDocumentString(`
    mutation WebPagesInviteEndorsers($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebPagesInviteEndorsersMutation, WebPagesInviteEndorsersMutationVariables>;
export const WebTranslationsCreateDocument = new TypedDocumentString(`
    mutation WebTranslationsCreate($input: CreateLetterInput!) {
  createLetter(input: $input) {
    id
    slug
    currentVersion {
      contentHash
    }
  }
}
    `) as unknown as TypedDocumentString<WebTranslationsCreateMutation, WebTranslationsCreateMutationVariables>;
export const WebTranslationsOpenDocument = new TypedDocumentString(`
    mutation WebTranslationsOpen($letterId: ID!) {
  openLetter(letterId: $letterId) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebTranslationsOpenMutation, WebTranslationsOpenMutationVariables>;
export const WebTranslationsSaveDocument = new TypedDocumentString(`
    mutation WebTranslationsSave($input: SaveTranslationInput!) {
  saveTranslation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebTranslationsSaveMutation, WebTranslationsSaveMutationVariables>;
export const WebTranslationsApproveDocument = new TypedDocumentString(`
    mutation WebTranslationsApprove($translationId: ID!) {
  approveTranslation(translationId: $translationId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebTranslationsApproveMutation, WebTranslationsApproveMutationVariables>;
export const WebTranslationsSetOpenDocument = new TypedDocumentString(`
    mutation WebTranslationsSetOpen($letterId: ID!) {
  setOpenSignOn(letterId: $letterId, open: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebTranslationsSetOpenMutation, WebTranslationsSetOpenMutationVariables>;
export const WebTranslationsRequestDocument = new TypedDocumentString(`
    mutation WebTranslationsRequest($input: RequestToSignInput!) {
  requestToSign(input: $input)
}
    `) as unknown as TypedDocumentString<WebTranslationsRequestMutation, WebTranslationsRequestMutationVariables>;
export const WebTranslationsInviteDocument = new TypedDocumentString(`
    mutation WebTranslationsInvite($input: InviteEndorsersInput!) {
  inviteEndorsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebTranslationsInviteMutation, WebTranslationsInviteMutationVariables>;
export const WebhookAttacksRedeliverDocument = new TypedDocumentString(`
    mutation WebhookAttacksRedeliver($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebhookAttacksRedeliverMutation, WebhookAttacksRedeliverMutationVariables>;
export const WebhooksRotateDocument = new TypedDocumentString(`
    mutation WebhooksRotate($webhookId: ID!) {
  rotateWebhookSecret(webhookId: $webhookId) {
    secret
    webhook {
      id
      publicKey
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksRotateMutation, WebhooksRotateMutationVariables>;
export const WebhooksDeleteDocument = new TypedDocumentString(`
    mutation WebhooksDelete($webhookId: ID!) {
  deleteWebhook(webhookId: $webhookId)
}
    `) as unknown as TypedDocumentString<WebhooksDeleteMutation, WebhooksDeleteMutationVariables>;
export const WebhooksRedeliverDocument = new TypedDocumentString(`
    mutation WebhooksRedeliver($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
    event
    status
    attempts
  }
}
    `) as unknown as TypedDocumentString<WebhooksRedeliverMutation, WebhooksRedeliverMutationVariables>;
export const WebhooksEraseSupporterDocument = new TypedDocumentString(`
    mutation WebhooksEraseSupporter($token: String!) {
  eraseSupporterData(token: $token)
}
    `) as unknown as TypedDocumentString<WebhooksEraseSupporterMutation, WebhooksEraseSupporterMutationVariables>;
export const WebhooksOfOrganisationDocument = new TypedDocumentString(`
    query WebhooksOfOrganisation($id: ID!, $first: Int) {
  organisation(id: $id) {
    webhooks {
      id
      url
      enabled
      events
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        nextAttemptAt
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksOfOrganisationQuery, WebhooksOfOrganisationQueryVariables>;
export const WebhooksWithdrawDocument = new TypedDocumentString(`
    mutation WebhooksWithdraw($input: WithdrawInput!) {
  withdrawEndorsement(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebhooksWithdrawMutation, WebhooksWithdrawMutationVariables>;
export const WebhooksCloseDocument = new TypedDocumentString(`
    mutation WebhooksClose($letterId: ID!) {
  closeLetter(letterId: $letterId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebhooksCloseMutation, WebhooksCloseMutationVariables>;