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

export type RecipientRole =
  | 'CC'
  | 'TO';

export type SignUpInput = {
  email: string;
  name: string;
  password: string;
};

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

export type FactoryAddRecipientMutationVariables = Exact<{
  input: AddRecipientInput;
}>;


export type FactoryAddRecipientMutation = { addRecipient: { id: string } };

export type FactoryDeliverLetterMutationVariables = Exact<{
  letterId: string | number;
}>;


export type FactoryDeliverLetterMutation = { deliverLetter: Array<{ id: string, messageId: string | null }> };

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