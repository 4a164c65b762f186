import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

/** A new account's name, address and password, and signUp, which mails a link to confirm the address. */
export function useSignUp() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signUp] = useMutation(SignUp);

  function submit(event: FormEvent) {
    event.preventDefault();
    void signUp({ input: { name, email, password } });
  }

  return { name, setName, email, setEmail, password, setPassword, result, submit };
}
