import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { DeliveryChannel, RecipientRole } from '../../../../gql/graphql';
import { AddRecipient } from '../graphql';

const EMPTY = { name: '', title: '', organisation: '', email: '', postalAddress: '' };

/** A new recipient's details, how the letter reaches them and how they are addressed; `onAdded` runs once added. */
export function useRecipientForm(letterId: string, onAdded: () => void) {
  const [form, setForm] = useState(EMPTY);
  const [role, setRole] = useState<RecipientRole>('TO');
  const [channel, setChannel] = useState<DeliveryChannel>('EMAIL');
  const [added, add] = useMutation(AddRecipient);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      letterId,
      name: form.name,
      title: form.title || null,
      organisation: form.organisation || null,
      email: form.email || null,
      postalAddress: form.postalAddress || null,
      role,
      channel,
    };
    const response = await add({ input });
    if (response.data) {
      setForm(EMPTY);
      onAdded();
    }
  }

  return { form, set, role, setRole, channel, setChannel, added, submit };
}
