import { graphql } from '../../gql';
import type { EndorsementByLinkQuery } from '../../gql/graphql';

/** What the manage link opens (changing nothing): the guest's endorsement and the letter as it stands. */
export const EndorsementByLink = graphql(`
  query EndorsementByLink($token: String!) {
    endorsementByLink(token: $token) {
      id
      status
      contentHash
      displayName
      anonymous
      acceptMinorEdits
      signerName
      signerTitle
      signedAt
      withdrawnAt
      receipt
      organisation {
        id
        name
      }
      signedVersion {
        id
        number
      }
      letter {
        ...GuestLetterFields
      }
    }
  }
`);

export type ManagedEndorsement = NonNullable<EndorsementByLinkQuery['endorsementByLink']>;

/** The changes between the version signed and the current one, read with the manage link's token. */
export const ManageDiff = graphql(`
  query ManageDiff($token: String!, $from: Int!, $to: Int!) {
    endorsementByLink(token: $token) {
      id
      letter {
        id
        diff(fromVersion: $from, toVersion: $to)
      }
    }
  }
`);

export const ReconfirmByLink = graphql(`
  mutation ReconfirmByLink($token: String!, $contentHash: String!, $anonymous: Boolean) {
    reconfirmByLink(token: $token, contentHash: $contentHash, anonymous: $anonymous) {
      id
      status
      contentHash
      displayName
      anonymous
      acceptMinorEdits
      signedAt
      receipt
      signedVersion {
        id
        number
      }
    }
  }
`);

export const WithdrawByLink = graphql(`
  mutation WithdrawByLink($token: String!, $reason: String) {
    withdrawByLink(token: $token, reason: $reason) {
      id
      status
      withdrawnAt
    }
  }
`);
