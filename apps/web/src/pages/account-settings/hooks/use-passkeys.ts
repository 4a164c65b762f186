import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useReauthenticatedMutation } from '../../../hooks/use-reauthenticated-mutation';

const MyPasskeys = graphql(`
  query MyPasskeys {
    me {
      id
      passkeys {
        id
        name
        createdAt
        lastUsedAt
      }
      memberships {
        id
        organisation {
          id
          name
          requirePhishingResistant
        }
      }
    }
    sessions {
      id
      current
      methods
    }
  }
`);

const StartPasskeyRegistration = graphql(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration
  }
`);

const FinishPasskeyRegistration = graphql(`
  mutation FinishPasskeyRegistration($response: String!, $name: String) {
    finishPasskeyRegistration(response: $response, name: $name) {
      id
      name
    }
  }
`);

const RemovePasskey = graphql(`
  mutation RemovePasskey($passkeyId: ID!) {
    removePasskey(passkeyId: $passkeyId)
  }
`);

/**
 * The person's passkeys: the list, registering one (the API may first ask to confirm who they are;
 * the browser's ceremony runs once it has handed out its options, then or after the confirmation)
 * and removing one. `strictOrganisations`: those that require a passkey sign-in of their members.
 */
export function usePasskeys() {
  const [query, refetch] = useQuery({ query: MyPasskeys, requestPolicy: 'cache-and-network' });
  const [startResult, start, startPrompt] = useReauthenticatedMutation(StartPasskeyRegistration);
  const [finishResult, finish] = useMutation(FinishPasskeyRegistration);
  const [removeResult, remove, removePrompt] = useReauthenticatedMutation(RemovePasskey);
  const [lastRemoval, removeLast] = useMutation(RemovePasskey);
  const [browserFailed, setBrowserFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const pendingName = useRef<string | null>(null);
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  const options = startResult.data?.startPasskeyRegistration;
  useEffect(() => {
    if (!options || pendingName.current === null) return;
    const name = pendingName.current;
    pendingName.current = null;
    void (async () => {
      setBusy(true);
      try {
        // Loaded when needed: most visits never create a passkey.
        const { startRegistration } = await import('@simplewebauthn/browser');
        const response = await startRegistration({ optionsJSON: JSON.parse(options) });
        const done = await finish({ response: JSON.stringify(response), name: name || null });
        if (done.data) refresh();
      } catch {
        setBrowserFailed(true);
      } finally {
        setBusy(false);
      }
    })();
    // Runs once per set of options handed out (the ref says whether a registration waits for them).
  }, [options]);

  async function register(name: string) {
    setBrowserFailed(false);
    pendingName.current = name;
    await start({});
  }

  async function removePasskey(passkeyId: string, last: boolean) {
    const done = last ? await removeLast({ passkeyId }) : await remove({ passkeyId });
    if (done.data?.removePasskey) refresh();
  }

  const me = query.data?.me;
  return {
    query,
    passkeys: me?.passkeys ?? [],
    /** Whether this session began with a passkey: an account holding one adds another only in such a session. */
    passkeySession: (query.data?.sessions ?? []).some(
      (session) => session.current && session.methods.includes('passkey'),
    ),
    strictOrganisations: (me?.memberships ?? [])
      .map((membership) => membership.organisation)
      .filter((organisation) => organisation.requirePhishingResistant),
    register,
    registering: busy || startResult.fetching || finishResult.fetching,
    registerError: startPrompt ? undefined : (startResult.error ?? finishResult.error),
    browserFailed,
    startPrompt,
    removePasskey,
    removeError: removePrompt ? undefined : removeResult.error,
    lastRemovalError: lastRemoval.error,
    removePrompt,
  };
}
