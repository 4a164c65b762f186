import { useState } from 'react';
import type { WorkspaceLetter } from '../graphql';

type Endorsement = WorkspaceLetter['myEndorsements'][number];

/** What a signatory enters to sign for an organisation, starting from its last endorsement if any. */
export function useSignForm(organisation: { name: string }, endorsement: Endorsement | undefined) {
  const [form, setForm] = useState({
    signerName: endorsement?.signerName ?? '',
    signerTitle: endorsement?.signerTitle ?? '',
    displayName: endorsement?.displayName ?? organisation.name,
    anonymous: endorsement?.anonymous ?? false,
    acceptMinorEdits: endorsement?.acceptMinorEdits ?? false,
  });
  const set = (key: 'signerName' | 'signerTitle' | 'displayName') => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const check = (key: 'anonymous' | 'acceptMinorEdits') => (event: { target: { checked: boolean } }) =>
    setForm({ ...form, [key]: event.target.checked });
  return { form, set, check };
}
