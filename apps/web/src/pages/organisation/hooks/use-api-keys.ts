import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from '../api-keys.graphql';

/** The organisation's API keys, the one being named, and the token of the one just made (shown once). */
export function useApiKeys(organisationId: string) {
  const [list, refetch] = useQuery({
    query: ApiKeysQuery,
    variables: { id: organisationId },
    requestPolicy: 'cache-and-network',
  });
  const [name, setName] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const [created, create] = useMutation(CreateApiKeyMutation);
  const [revoked, revoke] = useMutation(RevokeApiKeyMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await create({ input: { organisationId, name } });
    if (response.data) {
      setName('');
      setToken(response.data.createApiKey.token);
      reload();
    }
  }

  async function revokeKey(apiKeyId: string) {
    const response = await revoke({ apiKeyId });
    if (response.data) reload();
  }

  return {
    keys: list.data?.organisation?.apiKeys ?? [],
    name,
    setName,
    token,
    dismissToken: () => setToken(null),
    created,
    revoked,
    submit,
    revokeKey,
  };
}
