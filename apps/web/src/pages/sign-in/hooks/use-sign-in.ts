import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useMutation } from 'urql';
import { setSession } from '../../../auth';
import { errorCode } from '../../../errors';
import { graphql } from '../../../gql';
import { nextPath } from '../next-path';

const LogIn = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
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
 * The sign-in form: address, password and, once the API asks for it, the two-factor code. Signed in,
 * the session is kept and the person goes where `?next=` says.
 */
export function useSignIn() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [result, logIn] = useMutation(LogIn);
  const needsCode = errorCode(result.error) === 'TWO_FACTOR_REQUIRED' || code !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await logIn({ input: { email, password, ...(code ? { code } : {}) } });
    const payload = response.data?.logIn;
    if (!payload) return;
    setSession({
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      userId: payload.user.id,
      name: payload.user.name,
    });
    navigate(nextPath(search));
  }

  return { email, setEmail, password, setPassword, code, setCode, needsCode, result, submit };
}
