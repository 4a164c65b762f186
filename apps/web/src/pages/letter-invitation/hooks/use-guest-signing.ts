import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorCode } from '../../../errors';
import { SignByInvitation, type InvitationView } from '../graphql';

export type GuestFieldErrors = Partial<
  Record<'organisationName' | 'signerName' | 'signerTitle' | 'authorised', string>
>;

/** "rightswatch.example" means its https site: the API takes an address with its scheme. */
function websiteOf(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/**
 * What a guest enters to sign from an invitation mail, its checks before sending, and
 * signByInvitation bound to the hash shown. On STALE_VERSION the version read is kept, so the page
 * can show what changed, and `onStale` reads the letter again: the next press signs the new text.
 */
export function useGuestSigning(token: string, invitation: InvitationView, onStale: () => void) {
  const [form, setForm] = useState({
    organisationName: invitation.name ?? '',
    country: '',
    website: '',
    signerName: '',
    signerTitle: '',
    comment: '',
  });
  const [flags, setFlags] = useState({ anonymous: false, acceptMinorEdits: false, authorised: false });
  const [errors, setErrors] = useState<GuestFieldErrors>({});
  /** The version the guest read before the text changed under them, while they have not signed the new one. */
  const [changedFrom, setChangedFrom] = useState<number | null>(null);
  const [signed, sign] = useMutation(SignByInvitation);

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const check = (key: keyof typeof flags) => (event: { target: { checked: boolean } }) =>
    setFlags({ ...flags, [key]: event.target.checked });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: GuestFieldErrors = {};
    if (!form.organisationName.trim()) found.organisationName = 'Enter the name of the organisation you sign for.';
    if (!form.signerName.trim()) found.signerName = 'Enter your name.';
    if (!form.signerTitle.trim()) found.signerTitle = 'Enter your title, such as Director.';
    if (!flags.authorised) found.authorised = 'Only someone authorised to sign for the organisation may sign.';
    setErrors(found);
    if (Object.keys(found).length) {
      // The first field to correct takes the focus (once marked), its message read with it.
      const formElement = event.currentTarget;
      setTimeout(() => formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const version = invitation.letter.currentVersion;
    const response = await sign({
      input: {
        token,
        contentHash: version.contentHash,
        organisationName: form.organisationName.trim(),
        country: form.country.trim() || null,
        website: websiteOf(form.website),
        signerName: form.signerName.trim(),
        signerTitle: form.signerTitle.trim(),
        anonymous: flags.anonymous,
        acceptMinorEdits: flags.acceptMinorEdits,
        comment: form.comment.trim() || null,
        authorised: flags.authorised,
      },
    });
    if (errorCode(response.error) === 'STALE_VERSION') {
      setChangedFrom((from) => from ?? version.number);
      onStale();
    }
  }

  return { form, set, flags, check, errors, changedFrom, signed, submit };
}
