import { graphql } from '../../gql';

export const HomeQuery = graphql(`
  query Home {
    me {
      ...MyMemberships
      name
      email
    }
    letters(first: 50) {
      edges {
        node {
          id
          slug
          title
          status
          leadOrganisations {
            id
            name
          }
        }
      }
    }
  }
`);

export const Resend = graphql(`
  mutation ResendVerification {
    resendVerificationEmail
  }
`);
