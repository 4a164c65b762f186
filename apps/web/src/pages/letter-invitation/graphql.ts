import { graphql } from '../../gql';
import type { InvitationByLinkQuery } from '../../gql/graphql';

export const SigningOrganisations = graphql(`
  query SigningOrganisations {
    me {
      ...MyMemberships
    }
  }
`);

export const AcceptLetterInvitation = graphql(`
  mutation AcceptLetterInvitation($token: String!, $organisationId: ID!) {
    acceptInvitation(token: $token, organisationId: $organisationId) {
      id
      status
      letter {
        id
        slug
        title
      }
    }
  }
`);

export const DeclineLetterInvitation = graphql(`
  mutation DeclineLetterInvitation($token: String!, $reason: String) {
    declineInvitation(token: $token, reason: $reason) {
      id
      status
    }
  }
`);

/** What the invitation mail's link opens, with no account: the invitation and the letter as it stands. */
export const InvitationByLink = graphql(`
  query InvitationByLink($token: String!) {
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
        ...GuestLetterFields
      }
    }
  }
`);

export type InvitationView = NonNullable<InvitationByLinkQuery['invitationByLink']>;

/** The changes between the version the guest read and the one that replaced it (STALE_VERSION). */
export const InvitationDiff = graphql(`
  query InvitationDiff($token: String!, $from: Int!, $to: Int!) {
    invitationByLink(token: $token) {
      id
      letter {
        id
        diff(fromVersion: $from, toVersion: $to)
      }
    }
  }
`);

export const SignByInvitation = graphql(`
  mutation SignByInvitation($input: SignByInvitationInput!) {
    signByInvitation(input: $input) {
      id
      status
      contentHash
      displayName
      anonymous
      acceptMinorEdits
      signedAt
      receipt
    }
  }
`);
