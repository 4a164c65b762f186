import { graphql } from '../../gql';

export const ApiKeysQuery = graphql(`
  query OrganisationApiKeysPanel($id: ID!) {
    organisation(id: $id) {
      id
      apiKeys {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKeyPanel($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      token
      apiKey {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKeyPanel($apiKeyId: ID!) {
    revokeApiKey(apiKeyId: $apiKeyId)
  }
`);
