import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { AddComment, CommentsQuery, ResolveComment, type WorkspaceLetter } from '../graphql';

/** The drafters' discussion of a letter: the comments, the one being written, and marking one resolved. */
export function useComments(letter: WorkspaceLetter) {
  const [list, refetch] = useQuery({ query: CommentsQuery, variables: { slug: letter.slug } });
  const [added, addComment] = useMutation(AddComment);
  const [, resolve] = useMutation(ResolveComment);
  const [body, setBody] = useState('');
  const [paragraph, setParagraph] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await addComment({
      input: { versionId: letter.currentVersion.id, body, paragraph: paragraph ? Number(paragraph) : null },
    });
    if (response.data) {
      setBody('');
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return { comments: list.data?.letter?.comments, resolve, body, setBody, paragraph, setParagraph, added, submit };
}
