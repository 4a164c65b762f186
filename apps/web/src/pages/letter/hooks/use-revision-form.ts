import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Revise, type WorkspaceLetter } from '../graphql';

/** The text being edited (from the current version), its note and whether the edit is minor, and reviseLetter. */
export function useRevisionForm(letter: WorkspaceLetter) {
  const [title, setTitle] = useState(letter.currentVersion.title);
  const [body, setBody] = useState(letter.currentVersion.body);
  const [note, setNote] = useState('');
  const [material, setMaterial] = useState(true);
  const [result, revise] = useMutation(Revise);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await revise({ input: { letterId: letter.id, title, body, note: note || null, material } });
    if (response.data) setNote('');
  }

  return { title, setTitle, body, setBody, note, setNote, material, setMaterial, result, submit };
}
