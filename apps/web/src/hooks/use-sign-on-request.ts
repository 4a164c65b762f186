import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useSigningFields } from './use-signing-fields';

const RequestToSign = graphql(`
  mutation RequestToSign($input: RequestToSignInput!) {
    requestToSign(input: $input)
  }
`);

/**
 * What an organisation enters to sign a letter by open sign-on (the shared signing fields and an
 * email), and requestToSign sending it. The server answers true whatever it decided (it tells no one
 * whether an address asked before): `sentTo` is then the address the page says to check.
 */
export function useSignOnRequest(letterId: string, contentHash: string | null) {
  const fields = useSigningFields({ withEmail: true });
  const [requested, request] = useMutation(RequestToSign);
  const [sentTo, setSentTo] = useState<string | null>(null);
  /** Whether the server's refusal was put beside a field, so the form need not say it again. */
  const [placed, setPlaced] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPlaced(false);
    if (!fields.validate(event)) return;
    const formElement = event.currentTarget;
    const email = fields.form.email.trim();
    // The hash of the text the page shows: if the letter changed since, nothing is asked (STALE_VERSION).
    const response = await request({ input: { letterId, email, contentHash, ...fields.signingInput() } });
    if (response.data?.requestToSign) setSentTo(email);
    else setPlaced(fields.placeServerError(response.error, formElement));
  }

  return { fields, requested, sentTo, placed, submit };
}
