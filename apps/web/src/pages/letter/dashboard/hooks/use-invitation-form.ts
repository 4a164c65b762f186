import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { InviteEndorsers } from '../graphql';

type Organisation = { id: string; name: string };

/**
 * The organisations chosen to invite, and one more by email, with a message; inviteEndorsers sends
 * them all and, once sent, the list starts afresh (the message stays for the next ones).
 */
export function useInvitationForm(letterId: string) {
  const [chosen, setChosen] = useState<Organisation[]>([]);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [sent, invite] = useMutation(InviteEndorsers);
  const invitees = [
    ...chosen.map((o) => ({ organisationId: o.id })),
    ...(email ? [{ email, name: name || null }] : []),
  ];

  const choose = (org: Organisation) =>
    setChosen((list) => (list.some((o) => o.id === org.id) ? list : [...list, org]));
  const unchoose = (id: string) => setChosen(chosen.filter((c) => c.id !== id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await invite({ input: { letterId, invitees, message: message || null } });
    if (response.data) {
      setChosen([]);
      setEmail('');
      setName('');
    }
  }

  return { chosen, choose, unchoose, email, setEmail, name, setName, message, setMessage, invitees, sent, submit };
}
