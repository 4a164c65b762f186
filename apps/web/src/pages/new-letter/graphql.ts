import { graphql } from '../../gql';

export const MyOrganisations = graphql(`
  query MyOrganisations {
    me {
      ...MyMemberships
    }
  }
`);

export const CreateLetter = graphql(`
  mutation CreateLetter($input: CreateLetterInput!) {
    createLetter(input: $input) {
      id
      slug
    }
  }
`);
