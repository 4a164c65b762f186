import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useMutation } from 'urql';
import type { LetterVisibility } from '../../../gql/graphql';
import { CreateLetter } from '../graphql';

/**
 * The new letter's fields, and createLetter, which opens the draft once it is saved. Until one is
 * chosen, the lead is the first organisation the person may draft for.
 */
export function useNewLetterForm(leads: { organisation: { id: string } }[]) {
  const [, navigate] = useLocation();
  const [result, create] = useMutation(CreateLetter);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [lead, setLead] = useState('');
  const [visibility, setVisibility] = useState<LetterVisibility>('PUBLIC');
  const [deadline, setDeadline] = useState('');
  /** The embargo (a datetime-local value, the reader's own time): a PUBLIC letter only. */
  const [publishAt, setPublishAt] = useState('');
  const leadId = lead || leads[0]?.organisation.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await create({
      input: {
        title,
        body,
        leadOrganisationId: leadId,
        visibility,
        endorsementDeadline: deadline ? new Date(deadline).toISOString() : null,
        publishAt: visibility === 'PUBLIC' && publishAt ? new Date(publishAt).toISOString() : null,
      },
    });
    const created = response.data?.createLetter;
    if (created) navigate(`/letters/${created.slug}`);
  }

  return {
    leadId,
    setLead,
    title,
    setTitle,
    body,
    setBody,
    visibility,
    setVisibility,
    deadline,
    setDeadline,
    publishAt,
    setPublishAt,
    result,
    submit,
  };
}
