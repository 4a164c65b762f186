import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { PostUpdate } from '../graphql';

/** A timeline update being written, and postUpdate, which publishes it on the letter's timeline. */
export function useTimelineUpdateForm(letterId: string) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [posted, post] = useMutation(PostUpdate);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await post({ input: { letterId, title, body } });
    if (response.data) {
      setTitle('');
      setBody('');
    }
  }

  return { title, setTitle, body, setBody, posted, submit };
}
