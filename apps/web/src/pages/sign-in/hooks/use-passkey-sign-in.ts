import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useMutation } from 'urql';
import { setSession } from '../../../auth';
import { graphql } from '../../../gql';
import { nextPath } from '../next-path';

const StartPasskeyLogIn = graphql(`
  mutation StartPasskeyLogIn {
    startPasskeyLogIn
  }
`);

const FinishPasskeyLogIn = graphql(`
  mutation FinishPasskeyLogIn($response: String!) {
    finishPasskeyLogIn(response: $response) {
      accessToken
      refreshToken
      user {
        id
        name
      }
    }
  }
`);

/**
 * "Sign in with a passkey": no address typed, so any passkey of this site the browser holds may
 * answer (a discoverable credential); the API then says whose it is.
 */
export function usePasskeySignIn() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const [startResult, start] = useMutation(StartPasskeyLogIn);
  const [finishResult, finish] = useMutation(FinishPasskeyLogIn);
  const [browserFailed, setBrowserFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function signIn() {
    setBrowserFailed(false);
    setBusy(true);
    try {
      const started = await start({});
      const options = started.data?.startPasskeyLogIn;
      if (!options) return;
      let response: unknown;
      try {
        const { startAuthentication } = await import('@simplewebauthn/browser');
        response = await startAuthentication({ optionsJSON: JSON.parse(options) });
      } catch {
        setBrowserFailed(true);
        return;
      }
      const done = await finish({ response: JSON.stringify(response) });
      const payload = done.data?.finishPasskeyLogIn;
      if (!payload) return;
      setSession({
        accessToken: payload.accessToken,
        refreshToken: payload.refreshToken,
        userId: payload.user.id,
        name: payload.user.name,
      });
      navigate(nextPath(search));
    } finally {
      setBusy(false);
    }
  }

  return { signIn, busy, error: startResult.error ?? finishResult.error, browserFailed };
}
