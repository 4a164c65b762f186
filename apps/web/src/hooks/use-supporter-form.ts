import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { PetitionFormFragment } from '../gql/graphql';

const SignPetition = graphql(`
  mutation SignPetition($input: SignPetitionInput!) {
    signPetition(input: $input)
  }
`);

/** What a supporter enters on a letter's petition form, and signPetition sending it. */
export function useSupporterForm(letter: PetitionFormFragment) {
  const [form, setForm] = useState({ name: '', email: '', country: '', postcode: '', comment: '' });
  const [ageConfirmed, setAgeConfirmed] = useState(false);
  const [consent, setConsent] = useState(false);
  const [showName, setShowName] = useState(true);
  const [result, sign] = useMutation(SignPetition);
  const petition = letter.petition;

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    void sign({
      input: {
        letterId: letter.id,
        name: form.name,
        email: form.email,
        country: form.country || null,
        postcode: form.postcode || null,
        comment: form.comment || null,
        ageConfirmed: petition?.minimumAge ? ageConfirmed : null,
        consent,
        showName: petition?.supporterNames === 'LISTED' ? showName : null,
      },
    });
  }

  return { form, set, ageConfirmed, setAgeConfirmed, consent, setConsent, showName, setShowName, result, submit };
}
