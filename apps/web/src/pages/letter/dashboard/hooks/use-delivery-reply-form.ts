import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { RecordResponse } from '../graphql';

/** A recipient's reply to a delivery, as the leads record it. */
export function useDeliveryReplyForm(deliveryId: string) {
  const [reply, setReply] = useState('');
  const [responded, respond] = useMutation(RecordResponse);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await respond({ input: { deliveryId, body: reply } });
    if (response.data) setReply('');
  }

  return { reply, setReply, responded, submit };
}
