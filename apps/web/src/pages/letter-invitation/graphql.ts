import { graphql } from '../../gql';

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
