import { graphql } from '../../gql';
import type { SignOnRequestByLinkQuery } from '../../gql/graphql';

/** What the confirmation link asks to sign, read with its token (changes nothing). */
export const SignOnRequestByLink = graphql(`
  query SignOnRequestByLink($token: String!) {
    signOnRequestByLink(token: $token) {
      id
      email
      organisationName
      country
      website
      signerName
      signerTitle
      displayName
      anonymous
      acceptMinorEdits
      comment
      contentHash
      expiresAt
      letter {
        ...GuestLetterFields
      }
    }
  }
`);

export type SignOnRequestView = SignOnRequestByLinkQuery['signOnRequestByLink'];

export const ConfirmSignOn = graphql(`
  mutation ConfirmSignOn($token: String!) {
    confirmSignOn(token: $token) {
      id
      status
      contentHash
      displayName
      anonymous
      signedAt
      receipt
    }
  }
`);
