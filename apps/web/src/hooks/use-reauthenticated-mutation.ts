import { useCallback, useRef, useState } from 'react';
import {
  useMutation,
  type AnyVariables,
  type OperationResult,
  type TypedDocumentNode,
  type UseMutationState,
} from 'urql';
import { session, setSession } from '../auth';
import { errorCode } from '../errors';
import { graphql } from '../gql';

const Reauthenticate = graphql(`
  mutation Reauthenticate($password: String, $code: String) {
    reauthenticate(password: $password, code: $code) {
      accessToken
      refreshToken
      user {
        id
        name
      }
    }
  }
`);

export interface ReauthenticationPrompt {
  /** Confirms with the password (and a code with two-factor on), then runs the waiting operation again. */
  confirm(password: string, code: string): Promise<void>;
  cancel(): void;
  result: UseMutationState<unknown, AnyVariables>;
}

/**
 * A mutation that, when the API answers REAUTHENTICATION_REQUIRED, keeps its variables and opens a
 * prompt (`prompt` not null); once the person confirms who they are, the session takes the new
 * tokens and the same operation is sent again.
 */
export function useReauthenticatedMutation<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
): [
  UseMutationState<Data, Variables>,
  (variables: Variables) => Promise<OperationResult<Data, Variables>>,
  ReauthenticationPrompt | null,
] {
  const [result, execute] = useMutation(document);
  const [reauthResult, reauthenticate] = useMutation(Reauthenticate);
  const [waiting, setWaiting] = useState(false);
  const pending = useRef<Variables | null>(null);

  const run = useCallback(
    async (variables: Variables) => {
      const outcome = await execute(variables);
      if (errorCode(outcome.error) === 'REAUTHENTICATION_REQUIRED') {
        pending.current = variables;
        setWaiting(true);
      }
      return outcome;
    },
    [execute],
  );

  const confirm = useCallback(
    async (password: string, code: string) => {
      const answer = await reauthenticate({ password, code: code || null });
      const payload = answer.data?.reauthenticate;
      const known = session();
      if (!payload || !known) return;
      setSession({ ...known, accessToken: payload.accessToken, refreshToken: payload.refreshToken });
      setWaiting(false);
      const variables = pending.current;
      pending.current = null;
      if (variables) await run(variables);
    },
    [reauthenticate, run],
  );

  const cancel = useCallback(() => {
    pending.current = null;
    setWaiting(false);
  }, []);

  return [result, run, waiting ? { confirm, cancel, result: reauthResult } : null];
}
