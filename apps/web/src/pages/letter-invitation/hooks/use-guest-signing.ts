import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorCode } from '../../../errors';
import { useSigningFields } from '../../../hooks/use-signing-fields';
import { SignByInvitation, type InvitationView } from '../graphql';

/**
 * What a guest enters to sign from an invitation mail (the shared signing fields, starting from
 * the invitation's name), and signByInvitation bound to the hash shown. On STALE_VERSION the
 * version read is kept, so the page can show what changed, and `onStale` reads the letter again:
 * the next press signs the new text.
 */
export function useGuestSigning(token: string, invitation: InvitationView, onStale: () => void) {
  const fields = useSigningFields({ organisationName: invitation.name ?? '' });
  /** The version the guest read before the text changed under them, while they have not signed the new one. */
  const [changedFrom, setChangedFrom] = useState<number | null>(null);
  const [signed, sign] = useMutation(SignByInvitation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!fields.validate(event)) return;
    const version = invitation.letter.currentVersion;
    const response = await sign({ input: { token, contentHash: version.contentHash, ...fields.signingInput() } });
    if (errorCode(response.error) === 'STALE_VERSION') {
      setChangedFrom((from) => from ?? version.number);
      onStale();
    }
  }

  return { fields, changedFrom, signed, submit };
}
