import { graphql } from '../gql';
import type { OrganisationOwner } from './factories';
import type { TestApp } from './test-app';

export const CREATE_API_KEY = graphql(`
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
`);
export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($apiKeyId: ID!) {
    revokeApiKey(apiKeyId: $apiKeyId)
  }
`);
/** Creates a key as `owner` for their organisation; answers its token and id. */
export async function apiKeyOf(
  app: TestApp,
  owner: OrganisationOwner,
  name = 'CRM sync',
): Promise<{ token: string; id: string }> {
  const created = await app.gql(CREATE_API_KEY, { input: { organisationId: owner.organisationId, name } }, owner.token);
  const data = created.body.data?.createApiKey;
  if (!data) throw new Error(`createApiKey failed: ${created.text}`);
  return { token: data.token, id: data.apiKey.id };
}
